import type { Database } from "./client";

/** Advisory lock keys (any two bigints unique to Gigawatt within a database). */
export const LOCKS = {
  /** Held while migrations run: replicas starting together apply them once, one after another. */
  migrate: 7_460_101n,
  /** Held while a replica checks for and loads the seed dataset on start. */
  seed: 7_460_102n,
} as const;

type Reserved = { (strings: TemplateStringsArray, ...values: unknown[]): Promise<unknown>; release(): void };
type PostgresJs = { reserve(): Promise<Reserved> };

/**
 * Runs `fn` while holding a PostgreSQL session advisory lock on a connection of its own, so
 * other processes on the same database wait their turn; the lock goes with the connection if
 * the process dies. PGlite is one process's own database: `fn` simply runs.
 */
export async function withAdvisoryLock<T>(database: Database, key: bigint, fn: () => Promise<T>): Promise<T> {
  if (database.kind !== "postgres") return fn();
  const client = (database.db as unknown as { $client: PostgresJs }).$client;
  const conn = await client.reserve();
  try {
    await conn`select pg_advisory_lock(${key.toString()}::bigint)`;
    try {
      return await fn();
    } finally {
      await conn`select pg_advisory_unlock(${key.toString()}::bigint)`;
    }
  } finally {
    conn.release();
  }
}
