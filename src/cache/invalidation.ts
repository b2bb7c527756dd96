import type Redis from "ioredis";
import type { Db } from "../db/client";
import { listenChannel, notifyChannel } from "../db/listen";
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
  await notifyChannel(db, DATA_CHANNEL, [what]);
}

/**
 * Runs `onChange` when a load commits (`notifyDataChanged`), with the notification's payload, and
 * when the listening connection comes back after a drop (a notification may have been missed; no
 * payload then). Returns the unsubscribe.
 */
export async function listenForDataChanges(db: Db, onChange: (payload?: string) => void): Promise<() => Promise<void>> {
  const unlisten = await listenChannel(db, DATA_CHANNEL, { onPayload: (payload) => onChange(payload), onReconnect: () => onChange() });
  return unlisten ?? (async () => undefined);
}

const localInvalidators = new WeakMap<object, Set<() => Promise<void>>>();

/** Registers how this process drops its cached answers for a database (the response cache does). */
export function onInvalidateHere(db: Db, invalidate: () => Promise<void>): () => void {
  let set = localInvalidators.get(db);
  if (!set) localInvalidators.set(db, (set = new Set()));
  set.add(invalidate);
  return () => set.delete(invalidate);
}

/**
 * Drops this process's cached answers at once, without waiting for its own NOTIFY to come back:
 * the writer reads its write. Other replicas hear `notifyDataChanged` (and Redis, when shared).
 */
export async function invalidateHere(db: Db): Promise<void> {
  await Promise.all([...(localInvalidators.get(db) ?? [])].map((f) => f()));
}
