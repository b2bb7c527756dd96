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

/** Migrations recorded as applied (drizzle's own table; 0 before the first run). */
export async function appliedMigrations(database: Database): Promise<number> {
  const [table] = rowsOf<{ exists: boolean }>(await database.db.execute(sql`select to_regclass('drizzle.__drizzle_migrations') is not null as "exists"`));
  if (!table?.exists) return 0;
  const [row] = rowsOf<{ n: number }>(await database.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`));
  return Number(row?.n ?? 0);
}

/**
 * Applies the same drizzle-kit migrations on PGlite and on PostgreSQL. On PostgreSQL under an
 * advisory lock, so replicas (or `npm run migrate` and a starting replica) never race: the
 * first applies what is missing, the others then find nothing to do. Returns how many it applied.
 */
export async function migrateDatabase(database: Database): Promise<{ applied: number; total: number }> {
  const migrationsFolderPath = migrationsFolder();
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
