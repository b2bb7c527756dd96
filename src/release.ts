import type { Database } from "./db/client";
import type { Logger } from "./logger";
import { migrateDatabase } from "./db/migrate";
import { LOCKS, withAdvisoryLock } from "./db/lock";
import { isSeeded, loadSeed } from "../seeds/load";

export interface PrepareOptions {
  /** MIGRATE_ON_START: apply missing migrations (under the advisory lock on PostgreSQL). */
  migrate: boolean;
  /** SEED_ON_START: load the seed dataset into an empty database. */
  seed: boolean;
  logger: Logger;
}

/**
 * What a starting replica does to its database before serving. Both steps hold a PostgreSQL
 * advisory lock, so replicas starting together migrate once and seed once: the first does the
 * work, the others wait for it and then find nothing to do.
 */
export async function prepareDatabase(database: Database, opts: PrepareOptions): Promise<void> {
  if (opts.migrate) {
    const { applied, total } = await migrateDatabase(database);
    opts.logger.info({ migrationsApplied: applied, migrationsTotal: total }, applied > 0 ? "migrations applied" : "migrations up to date");
  }
  if (opts.seed) {
    await withAdvisoryLock(database, LOCKS.seed, async () => {
      if (await isSeeded(database.db)) return;
      const report = await loadSeed(database.db);
      opts.logger.info({ report }, "seed dataset loaded into an empty database");
    });
  }
}
