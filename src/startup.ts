import type { Config } from "./config";
import type { Logger } from "./logger";
import { openDatabase, type Database } from "./db/client";
import { migrateDatabase } from "./db/migrate";
import { describeDatabaseError } from "./db/errors";
import { survivePostgresConnectionRejections, type DbTimeouts } from "./db/health";

/** Start-up failed for a reason worth one line on stderr (no stack, no SQL). */
export class StartupError extends Error {}

export type StartupConfig = Pick<
  Config,
  "DATABASE_URL" | "PGLITE_DATA_DIR" | "DB_POOL_MAX" | "DB_CONNECT_TIMEOUT_MS" | "DB_STATEMENT_TIMEOUT_MS" | "DB_QUERY_TIMEOUT_MS" | "DB_STARTUP_RETRY_MS"
> &
  Partial<Pick<Config, "MIGRATE_ON_START" | "PGLITE_SHARED_BUFFERS">>;

/** The database as an operator would name it: no password, no query string. */
export function describeTarget(config: Pick<Config, "DATABASE_URL" | "PGLITE_DATA_DIR">): string {
  if (!config.DATABASE_URL) return `PGlite ${config.PGLITE_DATA_DIR}`;
  const u = new URL(config.DATABASE_URL);
  return `PostgreSQL ${u.hostname}${u.port ? `:${u.port}` : ""}${u.pathname}`;
}

export function runtimeTimeouts(config: StartupConfig): DbTimeouts {
  return { connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS, statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS, queryTimeoutMs: config.DB_QUERY_TIMEOUT_MS };
}

/**
 * Opens the database and applies the migrations, retrying with backoff (0.25 s doubling to 5 s)
 * for up to DB_STARTUP_RETRY_MS while the database is unreachable, then throws a StartupError
 * naming the cause in one line. A failing migration is not retried. Migrations run on a pool of
 * their own without the statement timeout (an index build may take longer than a request may);
 * the returned pool carries the request-time bounds and logs outages.
 */
export async function connectWithRetry(config: StartupConfig, logger: Logger): Promise<Database> {
  const target = describeTarget(config);
  if (config.DATABASE_URL) survivePostgresConnectionRejections((err) => logger.warn({ reason: describeDatabaseError(err).reason }, "database connection dropped while it was being set up"));
  const started = Date.now();
  const deadline = started + config.DB_STARTUP_RETRY_MS;
  const runtime = runtimeTimeouts(config);
  const setup = { ...runtime, statementTimeoutMs: 0, queryTimeoutMs: 0 };
  let delay = 250;
  for (let attempt = 1; ; attempt++) {
    const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDataDir: config.PGLITE_DATA_DIR, pgliteSharedBuffers: config.PGLITE_SHARED_BUFFERS, poolMax: 2, timeouts: setup });
    try {
      // MIGRATE_ON_START=false: `npm run migrate` is the release step; still prove the database answers.
      if (config.MIGRATE_ON_START === false) await database.ping();
      else {
        const { applied, total } = await migrateDatabase(database);
        logger.info({ migrationsApplied: applied, migrationsTotal: total }, applied > 0 ? "migrations applied" : "migrations up to date");
      }
      if (database.kind === "pglite") return database;
      await database.close();
      return await openDatabase({
        databaseUrl: config.DATABASE_URL,
        poolMax: config.DB_POOL_MAX,
        timeouts: runtime,
        healthEvents: {
          onDown: (reason) => logger.error({ database: target, reason }, `database unavailable: ${reason}; answering 503 until it is back`),
          onUp: (downForMs) => logger.info({ database: target, downForMs }, "database available again"),
        },
      });
    } catch (err) {
      await database.close().catch(() => undefined);
      const d = describeDatabaseError(err);
      if (!d.transient) throw new StartupError(`${target}: ${d.unavailable ? "" : "migration failed: "}${d.reason}`);
      const left = deadline - Date.now();
      if (left <= 0) {
        const seconds = ((Date.now() - started) / 1000).toFixed(1);
        throw new StartupError(`${target}: ${d.reason}; gave up after ${attempt} attempt${attempt === 1 ? "" : "s"} in ${seconds} s (DB_STARTUP_RETRY_MS=${config.DB_STARTUP_RETRY_MS})`);
      }
      const wait = Math.min(delay, left);
      logger.warn({ database: target, attempt, retryInMs: wait }, `${target}: ${d.reason}; retrying in ${wait} ms`);
      await new Promise((r) => setTimeout(r, wait));
      delay = Math.min(delay * 2, 5_000);
    }
  }
}
