import path from "node:path";
import { isNotNull, asc } from "drizzle-orm";
import { openDatabase, type Database } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { companies } from "../db/tables";
import { GENERATOR_VERSION, generateSynthetic, inspectDatabase, type GenerateResult } from "../synthetic/generate";
import { resetSynthetic } from "../synthetic/reset";

export interface BenchTarget {
  kind: "postgres" | "pglite";
  /** Environment for the server child. */
  env: { DATABASE_URL?: string; PGLITE_DATA_DIR?: string };
  label: string;
}

const BENCH_DB = "gigawatt_bench";

/**
 * The bench's own database, never the app's: BENCH_DATABASE_URL as given; else the server of
 * DATABASE_URL with database `gigawatt_bench` (SCALE=1) or `gigawatt_bench_<scale>` (so --quick
 * does not replace the SCALE=1 set); else PGlite under .bench/ (one per scale).
 */
export function benchTarget(scale: number, forcePglite: boolean): BenchTarget {
  const explicit = process.env.BENCH_DATABASE_URL;
  const app = process.env.DATABASE_URL;
  if (!forcePglite && (explicit || app)) {
    const url = new URL(explicit ?? app!);
    if (!explicit) url.pathname = `/${scale === 1 ? BENCH_DB : `${BENCH_DB}_${String(scale).replace(/\W/g, "_")}`}`;
    return { kind: "postgres", env: { DATABASE_URL: url.toString() }, label: `PostgreSQL ${url.host}${url.pathname}` };
  }
  const dir = path.resolve(".bench", `pglite-scale-${scale}`);
  return { kind: "pglite", env: { PGLITE_DATA_DIR: dir }, label: `PGlite ${path.relative(process.cwd(), dir)}` };
}

/** Creates the PostgreSQL database when it does not exist yet. */
async function ensurePostgresDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const { default: postgres } = await import("postgres");
  const sql = postgres(admin.toString(), { max: 1, onnotice: () => undefined });
  try {
    const found = await sql`select 1 from pg_database where datname = ${name}`;
    if (!found.length) await sql.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await sql.end();
  }
}

export interface PreparedData {
  generated: GenerateResult | null;
  rows: Record<string, number>;
  ticker: string;
}

/** Migrates, then generates SCALE synthetic data unless that exact set (scale, seed, generator) is there. */
export async function prepareBenchData(target: BenchTarget, scale: number, seed: number, log: (s: string) => void): Promise<PreparedData> {
  if (target.kind === "postgres") await ensurePostgresDatabase(target.env.DATABASE_URL!);
  const database: Database = await openDatabase({ databaseUrl: target.env.DATABASE_URL, pgliteDataDir: target.env.PGLITE_DATA_DIR });
  try {
    await migrateDatabase(database);
    const state = await inspectDatabase(database.db);
    if (state.hasNonSynthetic) throw new Error(`${target.label} holds non-synthetic data: the bench needs a database of its own`);
    let generated: GenerateResult | null = null;
    let rows = state.meta?.rows ?? {};
    const same = state.meta && state.meta.scale === scale && state.meta.seed === seed && state.meta.generator === GENERATOR_VERSION;
    if (!same) {
      if (state.meta) {
        log(`  replacing synthetic data (scale ${state.meta.scale}, seed ${state.meta.seed}) ...`);
        await resetSynthetic(database.db);
      }
      log(`  generating SCALE=${scale} (seed ${seed}) into ${target.label} ...`);
      generated = await generateSynthetic(database.db, { scale, seed });
      rows = generated.rows;
    } else log(`  reusing SCALE=${scale} data in ${target.label}`);
    const [first] = await database.db.select({ ticker: companies.ticker }).from(companies).where(isNotNull(companies.ticker)).orderBy(asc(companies.id)).limit(1);
    return { generated, rows, ticker: first?.ticker ?? "SYN000" };
  } finally {
    await database.close();
  }
}
