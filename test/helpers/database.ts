import { randomBytes } from "node:crypto";
import { openDatabase, type Database } from "../../src/db/client";
import { migrateDatabase } from "../../src/db/migrate";
import { loadSeed } from "../../seeds/load";

export interface TestDatabase {
  database: Database;
  /** PostgreSQL only: the URL of this file's database (for a second pool or a child process). */
  url?: string;
  /** Drops what was created for this test file. */
  dispose(): Promise<void>;
}

/**
 * PGlite in memory by default; with TEST_DATABASE_URL, a fresh PostgreSQL database per test
 * file (created from that server's URL, dropped afterwards) so files never share state.
 */
export async function createTestDatabase(opts: { seed?: boolean } = {}): Promise<TestDatabase> {
  const url = process.env.TEST_DATABASE_URL;
  let database: Database;
  let drop: (() => Promise<void>) | null = null;
  let databaseUrl: string | undefined;
  if (url) {
    const name = `gw_test_${process.pid}_${randomBytes(4).toString("hex")}`;
    const { default: postgres } = await import("postgres");
    const admin = postgres(url, { max: 1, onnotice: () => undefined });
    await admin.unsafe(`create database "${name}"`);
    const target = new URL(url);
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
    database = await openDatabase({ databaseUrl, poolMax: 5 });
    drop = async () => {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    };
  } else {
    database = await openDatabase({ pgliteDataDir: "memory://" });
  }
  await migrateDatabase(database);
  if (opts.seed !== false) await loadSeed(database.db);
  return {
    database,
    url: databaseUrl,
    dispose: async () => {
      await database.close();
      if (drop) await drop();
    },
  };
}
