import path from "node:path";
import { sql } from "drizzle-orm";
import type { Database } from "./client";
import { LOCKS, withAdvisoryLock } from "./lock";

/** The drizzle-kit migrations folder, found from source (tests) and from dist (runtime). */
export function migrationsFolder(): string {
  const candidates = [path.resolve(__dirname, "../../drizzle"), path.resolve(__dirname, "../../../drizzle")];
  const fs = require("node:fs") as typeof import("node:fs");
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "meta", "_journal.json")));
  if (!found) throw new Error(`drizzle migrations not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** Rows of `db.execute`: postgres.js answers an array, PGlite `{ rows }`. */
function rowsOf<T>(result: unknown): T[] {
  return Array.isArray(result) ? (result as T[]) : ((result as { rows?: T[] }).rows ?? []);
}

/** Migrations recorded as applied and the newest one's timestamp (drizzle's own table; 0 before the first run). */
async function migrationState(database: Database): Promise<{ count: number; last: number }> {
  const [table] = rowsOf<{ exists: boolean }>(await database.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`));
  if (!table?.exists) return { count: 0, last: 0 };
  const [row] = rowsOf<{ n: number; last: string | null }>(
    await database.db.execute(sql`select count(*)::int as n, max(created_at)::text as last from drizzle.__drizzle_migrations`),
  );
  return { count: Number(row?.n ?? 0), last: Number(row?.last ?? 0) };
}

/** Migrations recorded as applied (0 before the first run). */
export async function appliedMigrations(database: Database): Promise<number> {
  return (await migrationState(database)).count;
}

/** The newest migration's timestamp in the journal (drizzle compares it with the last applied one's). */
function newestMigration(folder: string): { count: number; when: number } {
  const fs = require("node:fs") as typeof import("node:fs");
  const journal = JSON.parse(fs.readFileSync(path.join(folder, "meta", "_journal.json"), "utf8")) as { entries: Array<{ when: number }> };
  return { count: journal.entries.length, when: Math.max(0, ...journal.entries.map((e) => e.when)) };
}

/**
 * Nothing to apply — the same test drizzle's migrator makes (the last applied migration is at
 * least as new as the journal's newest), in one statement instead of its schema and table DDL
 * and a read and hash of every migration file: most of a restart's migration step on PGlite.
 */
async function upToDate(database: Database, newest: { count: number; when: number }): Promise<number | null> {
  const { count, last } = await migrationState(database);
  return count > 0 && count >= newest.count && last >= newest.when ? count : null;
}

/**
 * Applies the same drizzle-kit migrations on PGlite and on PostgreSQL. On PostgreSQL under an
 * advisory lock, so replicas (or `npm run migrate` and a starting replica) never race: the
 * first applies what is missing, the others then find nothing to do. Returns how many it applied.
 */
export async function migrateDatabase(database: Database): Promise<{ applied: number; total: number }> {
  const migrationsFolderPath = migrationsFolder();
  const newest = newestMigration(migrationsFolderPath);
  const current = await upToDate(database, newest);
  if (current !== null) return { applied: 0, total: current };
  return withAdvisoryLock(database, LOCKS.migrate, async () => {
    const before = await appliedMigrations(database);
    if (database.kind === "pglite") {
      const { migrate } = await import("drizzle-orm/pglite/migrator");
      await migrate(database.db as never, { migrationsFolder: migrationsFolderPath });
    } else {
      const { migrate } = await import("drizzle-orm/postgres-js/migrator");
      await migrate(database.db as never, { migrationsFolder: migrationsFolderPath });
    }
    const total = await appliedMigrations(database);
    return { applied: total - before, total };
  });
}
