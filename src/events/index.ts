import type { Database } from "../db/client";
import { localBus, type Warn } from "./local";
import { postgresBus } from "./postgres";
import { redisBus } from "./redis";
import type { EventBus } from "./types";

export type { EventBus, FactChange } from "./types";
export { subscribeQueue, type ChangeQueue } from "./queue";

export interface EventBusOptions {
  database: Pick<Database, "db" | "kind">;
  /** REDIS_URL: fan out through Redis pub/sub (every replica delivers). */
  redisUrl?: string;
  logger?: Warn;
}

/**
 * The fact-change bus for this process: Redis pub/sub when REDIS_URL is set, else PostgreSQL
 * LISTEN/NOTIFY on a PostgreSQL database, else (PGlite, one process) in process.
 */
export type ProcessEventBus = EventBus & { transport: "redis" | "postgres" | "local"; listening(): number };

export async function createEventBus(opts: EventBusOptions): Promise<ProcessEventBus> {
  if (opts.redisUrl) return { ...(await redisBus(opts.redisUrl, opts.logger)), transport: "redis" };
  if (opts.database.kind === "postgres") return { ...(await postgresBus(opts.database.db, opts.logger)), transport: "postgres" };
  return { ...localBus(opts.logger), transport: "local" };
}
