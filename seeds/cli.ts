/**
 * `npm run seed`: migrate the configured database, then load the fact base (idempotent, so it is
 * safe to run again). DATABASE_URL selects PostgreSQL; otherwise PGlite at PGLITE_DATA_DIR.
 */
import { loadConfig } from "../src/config";
import { openDatabase, type Database } from "../src/db/client";
import { migrateDatabase } from "../src/db/migrate";
import { loadSeed } from "./load";
import { invalidateSharedCaches } from "../src/cache";

async function main(): Promise<void> {
  const cfg = loadConfig();
  const target = cfg.DATABASE_URL ? "PostgreSQL (DATABASE_URL)" : `PGlite at ${cfg.PGLITE_DATA_DIR}`;
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: cfg.DATABASE_URL, pgliteDataDir: cfg.PGLITE_DATA_DIR });
    await migrateDatabase(database);
    const report = await loadSeed(database.db);
    console.log(`Seeded ${target}. Rows per table:`);
    console.table(report);
    // Replicas that were not listening during the reload share their cache through Redis.
    const inv = await invalidateSharedCaches({ redisUrl: cfg.REDIS_URL });
    if (inv.error) console.warn(`Shared cache not invalidated (${inv.error}); cached answers expire within an hour.`);
  } finally {
    await database?.close();
  }
}

/** The message plus its causes: drizzle wraps driver errors ("Failed query: ...") around the real one. */
function describe(err: unknown): string {
  const parts: string[] = [];
  for (let e: unknown = err; e !== undefined && parts.length < 5; e = e instanceof Error ? e.cause : undefined) {
    parts.push(e instanceof Error ? e.message || e.name : String(e));
  }
  return parts.join("\n  caused by: ");
}

main().catch((err: unknown) => {
  console.error(`Seed failed: ${describe(err)}`);
  if (err instanceof Error && err.stack && process.env.LOG_LEVEL === "debug") console.error(err.stack);
  process.exitCode = 1;
});
