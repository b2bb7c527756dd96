import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type Redis from "ioredis";
import type { Db } from "../db/client";
import type { AnswerCache } from "./types";
import { connectRedis, RedisKeyValueCache, type Warn } from "./redis";
import { listenForDataChanges, localVersion, onInvalidateHere, redisVersion, VERSION_CHANNEL, VERSION_KEY, type DataVersion } from "./invalidation";
import { sharedApqPlugin } from "./plugins";
import { memoryStore, redisStore, responseCache, type AnswerStore } from "./response-cache";

export { CACHE_POLICY, computePolicy, type CacheHint, type CachePolicyConfig } from "./policy";
export { cachePolicyPlugin } from "./plugins";
export { notifyDataChanged, DATA_CHANNEL } from "./invalidation";
export { RedisKeyValueCache, REDIS_PREFIX } from "./redis";

export interface CachingOptions {
  /** RESPONSE_CACHE: cache whole answers (Cache-Control headers are sent either way). */
  responseCache: boolean;
  /** REDIS_URL: share the response cache, APQ and the data version across replicas. */
  redisUrl?: string;
  /** Drop cached answers when a data load on this database commits (LISTEN gigawatt_data_changed). */
  db?: Db;
  logger?: Warn;
  /** Size bound of the in-memory store (bytes of answers). */
  maxMemoryBytes?: number;
}

export interface Caching<C extends BaseContext = BaseContext> {
  /** The response cache for createServer({ cache }); undefined when RESPONSE_CACHE is off. */
  cache?: AnswerCache;
  /** Pass to createServer({ plugins }): APQ shared through Redis. */
  plugins: ApolloServerPlugin<C>[];
  /** Makes every cached answer unreachable (every replica, with Redis). */
  invalidateAll(): Promise<void>;
  close(): Promise<void>;
}

/**
 * With `responseCache`, the one response cache (response-cache.ts) in memory, or in Redis when
 * REDIS_URL is set; with Redis, APQ shared through it too (in memory, Apollo's built-in APQ
 * already works per process). Redis being down never fails a request: it is a miss.
 */
export async function createCaching<C extends BaseContext = BaseContext>(opts: CachingOptions): Promise<Caching<C>> {
  const plugins: ApolloServerPlugin<C>[] = [];
  const connections: Redis[] = [];
  let version: DataVersion | null = null;
  let store: AnswerStore | null = null;
  if (opts.redisUrl) {
    const redis = connectRedis(opts.redisUrl, opts.logger);
    const subscriber = connectRedis(opts.redisUrl, opts.logger, { enableOfflineQueue: true });
    connections.push(redis, subscriber);
    await waitReady(redis);
    plugins.push(sharedApqPlugin<C>(new RedisKeyValueCache(redis)));
    if (opts.responseCache) {
      store = redisStore(redis);
      version = await redisVersion(redis, subscriber, opts.logger);
    }
  } else if (opts.responseCache) {
    const memory = memoryStore(opts.maxMemoryBytes ?? 64 * 2 ** 20);
    store = memory;
    version = localVersion(() => memory.clear());
  }
  const v = version;
  const stopListening = v && opts.db ? await listenForDataChanges(opts.db, () => void v.bump().catch(() => undefined)) : null;
  const stopLocal = v && opts.db ? onInvalidateHere(opts.db, () => v.bump()) : null;
  return {
    cache: store && v ? responseCache({ store, version: v }) : undefined,
    plugins,
    invalidateAll: async () => {
      await v?.bump();
    },
    close: async () => {
      await stopListening?.();
      stopLocal?.();
      await v?.close();
      for (const c of connections) c.disconnect();
    },
  };
}

/** Waits up to 2 s for the first connection; afterwards the cache simply misses until Redis is back. */
async function waitReady(redis: Redis): Promise<void> {
  if (redis.status === "ready") return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      redis.off("ready", done);
      resolve();
    };
    const timer = setTimeout(done, 2_000);
    redis.once("ready", done);
  });
}

/**
 * For processes without a server (the seed CLI): invalidates the shared (Redis) response cache
 * after a reload, so replicas that were not running (no LISTEN) cannot serve stale answers from
 * Redis when they start. Without Redis, caches are per process and `notifyDataChanged` inside
 * the load's transaction reaches every running server. Never throws: a reload must not fail
 * because Redis is away; the answer says whether it worked (cached answers expire within an hour).
 */
export async function invalidateSharedCaches(opts: { redisUrl?: string; timeoutMs?: number }): Promise<{ invalidated: boolean; error?: string }> {
  if (!opts.redisUrl) return { invalidated: false };
  const redis = connectRedis(opts.redisUrl, undefined, { enableOfflineQueue: true, maxRetriesPerRequest: 1, lazyConnect: true });
  try {
    const work = (async () => {
      await redis.connect();
      const next = await redis.incr(VERSION_KEY);
      await redis.publish(VERSION_CHANNEL, String(next));
    })();
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("Redis did not answer in time")), opts.timeoutMs ?? 3_000).unref());
    await Promise.race([work, timeout]);
    return { invalidated: true };
  } catch (err) {
    return { invalidated: false, error: err instanceof Error ? err.message : String(err) };
  } finally {
    redis.disconnect();
  }
}
