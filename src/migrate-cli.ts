/**
 * `npm run migrate`: the release step. Applies the drizzle-kit migrations in drizzle/ to the
 * configured database (DATABASE_URL, else PGlite at PGLITE_DATA_DIR) under a PostgreSQL
 * advisory lock, so it never races a replica that is starting, then exits.
 */
import { ConfigError, loadConfig } from "./config";
import { openDatabase, type Database } from "./db/client";
import { migrateDatabase } from "./db/migrate";

async function main(): Promise<void> {
  const cfg = loadConfig();
  let database: Database | undefined;
  try {
    database = await openDatabase({ databaseUrl: cfg.DATABASE_URL, pgliteDataDir: cfg.PGLITE_DATA_DIR, poolMax: 2 });
    const { applied, total } = await migrateDatabase(database);
    console.log(`${applied} migration(s) applied; ${total} in all; ${database.kind === "postgres" ? "PostgreSQL" : "PGlite"} is up to date.`);
  } finally {
    await database?.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof ConfigError ? err.message : `Migration failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exitCode = 1;
});
