import { sql } from "drizzle-orm";
import type Redis from "ioredis";
import type { Db } from "../db/client";
import { REDIS_PREFIX, type Warn } from "./redis";

/**
 * Invalidation by version: every response-cache key starts with the current data version, so
 * bumping it makes every earlier answer unreachable at once (present and past `asOf` alike: a
 * backfilled fact dated before an old `asOf` changes that answer too). Old entries expire by TTL.
 */
export interface DataVersion {
  /** The version to key this request's cache entries with; null while unknown (cache bypassed). */
  current(): string | null;
  /** Invalidates every cached answer (all replicas when the version lives in Redis). */
  bump(): Promise<void>;
  close(): Promise<void>;
}

/** Per process: the in-memory cache lives and dies with it. */
export function localVersion(onBump: () => void = () => undefined): DataVersion {
  let v = 0;
  return {
    current: () => String(v),
    bump: async () => {
      v += 1;
      onBump();
    },
    close: async () => undefined,
  };
}

export const VERSION_KEY = `${REDIS_PREFIX}version`;
export const VERSION_CHANNEL = `${REDIS_PREFIX}invalidate`;

/**
 * Shared by every replica: the version is a Redis counter. Each process keeps a copy that a
 * pub/sub message updates at once, re-reads on every (re)connect and every few seconds (a missed
 * message while disconnected), and counts as unknown until first read.
 */
export async function redisVersion(redis: Redis, subscriber: Redis, logger?: Warn, pollMs = 5_000): Promise<DataVersion> {
  let v: string | null = null;
  const refresh = async () => {
    try {
      v = (await redis.get(VERSION_KEY)) ?? "0";
    } catch {
      // Keep the last known version; Redis calls fail fast and the cache misses meanwhile.
    }
  };
  redis.on("ready", () => void refresh());
  subscriber.on("message", (channel: string, message: string) => {
    if (channel === VERSION_CHANNEL) v = message;
  });
  subscriber.on("ready", () => void subscriber.subscribe(VERSION_CHANNEL).catch(() => undefined));
  await Promise.all([refresh(), subscriber.subscribe(VERSION_CHANNEL).catch(() => undefined)]);
  const timer = setInterval(() => void refresh(), pollMs);
  timer.unref();
  return {
    current: () => v,
    bump: async () => {
      const next = String(await redis.incr(VERSION_KEY));
      v = next;
      await redis.publish(VERSION_CHANNEL, next).catch((err: Error) => logger?.warn({ err: err.message }, "could not publish cache invalidation"));
    },
    close: async () => {
      clearInterval(timer);
    },
  };
}

/** The channel a data load announces itself on (NOTIFY is delivered only if its transaction commits). */
export const DATA_CHANNEL = "gigawatt_data_changed";

/**
 * Call inside the transaction that reloads data (seeds/load.ts): every server connected to the
 * database then drops its cached answers once the load commits.
 */
export async function notifyDataChanged(db: Pick<Db, "execute">, what = "reload"): Promise<void> {
  await db.execute(sql`select pg_notify(${DATA_CHANNEL}, ${what})`);
}

type PostgresJsListen = {
  listen(channel: string, onnotify: (v: string) => void, onlisten?: () => void): Promise<{ unlisten(): Promise<void> }>;
};
type PgliteListen = { listen(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>> };

/**
 * Runs `onChange` when a load commits (`notifyDataChanged`), with the notification's payload, and
 * when the listening connection comes back after a drop (a notification may have been missed; no
 * payload then). Returns the unsubscribe.
 */
export async function listenForDataChanges(db: Db, onChange: (payload?: string) => void): Promise<() => Promise<void>> {
  const client = (db as unknown as { $client?: unknown }).$client as Record<string, unknown> | undefined;
  if (typeof client === "function" && typeof (client as unknown as { begin?: unknown }).begin === "function") {
    let listening = false;
    const req = await (client as unknown as PostgresJsListen).listen(DATA_CHANNEL, (payload) => onChange(payload), () => {
      if (listening) onChange();
      listening = true;
    });
    return () => req.unlisten();
  }
  if (client && typeof client.listen === "function") {
    const unsub = await (client as unknown as PgliteListen).listen(DATA_CHANNEL, (payload) => onChange(payload));
    return async () => {
      await unsub().catch(() => undefined);
    };
  }
  return async () => undefined;
}
