import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { InMemoryLRUCache, type KeyValueCache } from "@apollo/utils.keyvaluecache";
import type Redis from "ioredis";
import type { Db } from "../db/client";
import { connectRedis, RedisKeyValueCache, type Warn } from "./redis";
import { listenForDataChanges, localVersion, redisVersion, VERSION_CHANNEL, VERSION_KEY, type DataVersion } from "./invalidation";
import { cachePolicyPlugin, responseCachePlugin, sharedApqPlugin } from "./plugins";
import type { CachePolicyConfig } from "./policy";
import { HTTP_CACHE_HEADER, httpCacheRoute, memoryByteStore, redisByteStore, type ByteStore } from "./http-cache";
import type { Route } from "../server";
import { responseCacheMetricsPlugin } from "../http/metrics";

export { CACHE_POLICY, computePolicy, type CacheHint, type CachePolicyConfig } from "./policy";
export { notifyDataChanged, DATA_CHANNEL } from "./invalidation";
export { RedisKeyValueCache, REDIS_PREFIX } from "./redis";
export { HTTP_CACHE_HEADER } from "./http-cache";

export interface CachingOptions {
  /** RESPONSE_CACHE: cache whole responses (Cache-Control headers are sent either way). */
  responseCache: boolean;
  /** REDIS_URL: share the response cache, APQ and the data version across replicas. */
  redisUrl?: string;
  /** Drop cached answers when a data load on this database commits (LISTEN gigawatt_data_changed). */
  db?: Db;
  logger?: Warn;
  policy?: CachePolicyConfig;
  /** Size bound of the in-memory store (bytes of JSON). */
  maxMemoryBytes?: number;
}

export interface Caching<C extends BaseContext = BaseContext> {
  /** Pass to createServer({ plugins }). */
  plugins: ApolloServerPlugin<C>[];
  /** Pass to createServer({ routes }), after routes that must see requests first (CSV). */
  routes: Route[];
  /** Makes every cached answer unreachable (every replica, with Redis). */
  invalidateAll(): Promise<void>;
  close(): Promise<void>;
}

/**
 * Cache hints → Cache-Control on every response; with `responseCache`, the HTTP byte cache in
 * front of Apollo plus Apollo's response cache behind it, in memory (or Redis); with Redis, APQ
 * shared through it too (in memory, Apollo's built-in APQ
 * already works per process). Redis being down never fails a request: it is a miss.
 */
export async function createCaching<C extends BaseContext = BaseContext>(opts: CachingOptions): Promise<Caching<C>> {
  const plugins: ApolloServerPlugin<C>[] = [ApolloServerPluginCacheControlDisabled() as ApolloServerPlugin<C>, cachePolicyPlugin<C>(opts.policy)];
  const connections: Redis[] = [];
  let version: DataVersion | null = null;
  let store: KeyValueCache | null = null;
  let bytes: ByteStore | null = null;
  if (opts.redisUrl) {
    const redis = connectRedis(opts.redisUrl, opts.logger);
    const subscriber = connectRedis(opts.redisUrl, opts.logger, { enableOfflineQueue: true });
    connections.push(redis, subscriber);
    await waitReady(redis);
    store = new RedisKeyValueCache(redis);
    bytes = redisByteStore(redis);
    plugins.push(sharedApqPlugin<C>(store));
    if (opts.responseCache) version = await redisVersion(redis, subscriber, opts.logger);
  } else if (opts.responseCache) {
    const budget = opts.maxMemoryBytes ?? 64 * 2 ** 20;
    const memory = new InMemoryLRUCache<string>({ maxSize: Math.round(budget / 4) });
    const memoryBytes = memoryByteStore(budget);
    store = memory;
    bytes = memoryBytes;
    version = localVersion(() => {
      memory.clear();
      memoryBytes.clear();
    });
  }
  const routes: Route[] = [];
  if (opts.responseCache && store && version) plugins.push(responseCachePlugin<C>({ cache: store, version }), responseCacheMetricsPlugin<C>(HTTP_CACHE_HEADER));
  if (opts.responseCache && bytes && version) routes.push(httpCacheRoute({ store: bytes, version }));
  const v = version;
  const stopListening = v && opts.db ? await listenForDataChanges(opts.db, () => void v.bump().catch(() => undefined)) : null;
  return {
    plugins,
    routes,
    invalidateAll: async () => {
      await v?.bump();
    },
    close: async () => {
      await stopListening?.();
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
