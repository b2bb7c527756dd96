/**
 * `SCALE=0.01 node dist/src/synthetic/cli.js [--seed=N] [--allow-with-seed] [--reset]`:
 * migrates the configured database (DATABASE_URL, else PGlite at PGLITE_DATA_DIR) and fills it
 * with synthetic data. Synthetic data belongs in its own database: a database that holds the
 * seed dataset is refused unless --allow-with-seed. --reset empties a synthetic-only database first.
 */
import { loadConfig } from "../config";
import { openDatabase, type Database } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { generateSynthetic, inspectDatabase } from "./generate";
import { resetSynthetic } from "./reset";

function flag(name: string): string | boolean | undefined {
  for (const arg of process.argv.slice(2)) {
    if (arg === `--${name}`) return true;
    if (arg.startsWith(`--${name}=`)) return arg.slice(name.length + 3);
  }
  return undefined;
}

async function main(): Promise<void> {
  const cfg = loadConfig();
  const scale = Number(flag("scale") ?? process.env.SCALE ?? 1);
  const seed = Number(flag("seed") ?? process.env.SYNTHETIC_SEED ?? 42);
  if (!(scale > 0) || !Number.isInteger(seed)) throw new Error("SCALE must be > 0 and --seed an integer");
  const target = cfg.DATABASE_URL ? `PostgreSQL ${new URL(cfg.DATABASE_URL).pathname.slice(1)}` : `PGlite at ${cfg.PGLITE_DATA_DIR}`;
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: cfg.DATABASE_URL, pgliteDataDir: cfg.PGLITE_DATA_DIR });
    await migrateDatabase(database);
    const state = await inspectDatabase(database.db);
    if (flag("reset")) {
      if (state.hasNonSynthetic) throw new Error("--reset only empties a database that holds synthetic data alone");
      await resetSynthetic(database.db);
    } else if (state.meta) {
      console.log(`${target} already holds synthetic data (scale ${state.meta.scale}, seed ${state.meta.seed}); --reset to regenerate.`);
      return;
    }
    console.log(`Generating synthetic data at SCALE=${scale} (seed ${seed}) into ${target} ...`);
    let last = "";
    const result = await generateSynthetic(database.db, {
      scale,
      seed,
      allowWithSeed: flag("allow-with-seed") === true,
      onProgress: (p) => {
        if (p.table !== last) process.stdout.write(`${last ? "\n" : ""}  ${p.table}`);
        last = p.table;
        if (p.total) process.stdout.write(` ${p.rows}/${p.total}`);
      },
    });
    process.stdout.write("\n");
    console.table(result.rows);
    const total = Object.values(result.rows).reduce((a, b) => a + b, 0);
    console.log(`${total.toLocaleString("en-US")} rows in ${result.seconds.toFixed(1)} s: ${result.rowsPerSecond.toLocaleString("en-US")} rows/s`);
  } finally {
    await database?.close();
  }
}

main().catch((err: unknown) => {
  const parts: string[] = [];
  for (let e: unknown = err; e !== undefined && parts.length < 5; e = e instanceof Error ? e.cause : undefined) parts.push(e instanceof Error ? e.message : String(e));
  console.error(`Synthetic generation failed: ${parts.join("\n  caused by: ")}`);
  process.exitCode = 1;
});
