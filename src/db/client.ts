import path from "node:path";
import fs from "node:fs";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { Logger } from "drizzle-orm/logger";
import * as tables from "./tables";
import { countQuery } from "./query-counter";
import { installRowMapper } from "./row-mapper";
import { boundedConnection, boundedOptions, DatabaseHealth, guardClient, TOOL_TIMEOUTS, type DbTimeouts, type HealthEvents } from "./guard";

export type Schema = typeof tables;
/** The drizzle database, whichever driver is behind it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  /** Runs `select 1`; used by /readyz. */
  ping(): Promise<void>;
  /** PostgreSQL only: the breaker that fails fast while the database is down. */
  health?: DatabaseHealth;
  close(): Promise<void>;
}

const counter: Logger = { logQuery: () => countQuery() };

export interface DatabaseOptions {
  databaseUrl?: string;
  pgliteDataDir?: string;
  poolMax?: number;
  /** Connect, statement and query bounds (servers pass their config; tools get TOOL_TIMEOUTS). */
  timeouts?: DbTimeouts;
  /** Called when the database goes down or comes back (logging). */
  healthEvents?: HealthEvents;
  /** PGlite's shared_buffers (PGLITE_SHARED_BUFFERS); default PGLITE_SHARED_BUFFERS_DEFAULT. */
  pgliteSharedBuffers?: string;
}

/**
 * PGlite's buffer pool. PostgreSQL's default (128MB) is zeroed at every start — about 2 s of a
 * restart in PGlite's WebAssembly — while the embedded database (the seed data, tests) fits in a
 * small pool and the operating system caches its files anyway.
 */
export const PGLITE_SHARED_BUFFERS_DEFAULT = "16MB";

/** PostgreSQL through postgres.js when a URL is given; otherwise embedded PGlite. */
export async function openDatabase(opts: DatabaseOptions): Promise<Database> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl, opts.poolMax ?? 10, opts.timeouts ?? TOOL_TIMEOUTS, opts.healthEvents);
  return openPglite(opts.pgliteDataDir ?? "memory://", opts.pgliteSharedBuffers ?? PGLITE_SHARED_BUFFERS_DEFAULT);
}

async function openPostgres(url: string, max: number, timeouts: DbTimeouts, events?: HealthEvents): Promise<Database> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  // The breaker asks a connection of its own, so a busy pool never reads as an outage.
  let monitor: ReturnType<typeof postgres> | null = null;
  const health = new DatabaseHealth(
    {
      run: () => (monitor ??= postgres(url, { max: 1, onnotice: () => undefined, ...boundedOptions(url, health, timeouts) }))`select 1`,
      reset: () => {
        void monitor?.end({ timeout: 0 }).catch(() => undefined);
        monitor = null;
      },
    },
    timeouts,
    events,
  );
  const client = postgres(url, {
    max,
    onnotice: () => undefined,
    prepare: true,
    ...boundedOptions(url, health, timeouts),
    // Our statements are short OLTP-style reads; JIT compilation cost seconds on the sector aggregates.
    connection: { jit: "off", ...boundedConnection(timeouts) },
  });
  const db = drizzle(preparedByDefault(guardClient(client, health)), { schema: tables, logger: counter }) as unknown as Db;
  installRowMapper(db);
  return {
    db,
    kind: "postgres",
    health,
    ping: async () => {
      // While down, answer from the breaker at once; its recovery probe runs every 500 ms.
      if (health.state === "down" || !(await health.check())) throw new Error(health.reason ?? "database unavailable");
    },
    close: async () => {
      health.close();
      await Promise.all([client.end({ timeout: 5 }), monitor?.end({ timeout: 0 })]);
    },
  };
}

/**
 * drizzle passes `prepare: false` to postgres.js for every query not built with `.prepare(name)`,
 * so each statement was parsed and planned again (and, with parameters, sent as Parse/Describe
 * first: two round trips). Forcing `prepare: true` lets postgres.js keep one named statement per
 * SQL text on each connection (visible in `pg_prepared_statements`): parsed once, and planned
 * once when PostgreSQL's generic plan is as good as a custom one. Our SQL texts are few (values
 * are always parameters; id batches are one array parameter), so the per-connection cache stays small.
 */
function preparedByDefault<T extends { unsafe: (...args: any[]) => unknown }>(client: T): T {
  const unsafe = client.unsafe.bind(client);
  return new Proxy(client, {
    get(target, prop, receiver) {
      if (prop === "unsafe") return (query: string, params?: unknown[], options?: Record<string, unknown>) => unsafe(query, params, { ...options, prepare: true });
      return Reflect.get(target, prop, receiver);
    },
  });
}

async function openPglite(dataDir: string, sharedBuffers: string): Promise<Database> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  let target = dataDir;
  if (!dataDir.startsWith("memory://")) {
    target = path.resolve(dataDir);
    fs.mkdirSync(target, { recursive: true });
  }
  const client = await PGlite.create(target, { startParams: [...PGlite.defaultStartParams, "-c", `shared_buffers=${sharedBuffers}`] });
  const db = drizzle(client, { schema: tables, logger: counter }) as unknown as Db;
  installRowMapper(db);
  return {
    db,
    kind: "pglite",
    ping: async () => {
      await client.query("select 1");
    },
    close: () => client.close(),
  };
}
