import Redis, { type RedisOptions } from "ioredis";
import type { KeyValueCache, KeyValueCacheSetOptions } from "@apollo/utils.keyvaluecache";

/** Every key Gigawatt writes to Redis starts with this, so a shared Redis stays tidy. */
export const REDIS_PREFIX = "gigawatt:rc:";

export interface Warn {
  warn(obj: object, msg: string): void;
}

/**
 * A Redis connection for caching: commands fail fast while Redis is away (no offline queue, a
 * short command timeout) so a request falls back to a miss instead of waiting; ioredis keeps
 * reconnecting in the background.
 */
export function connectRedis(url: string, logger?: Warn, extra: RedisOptions = {}): Redis {
  const redis = new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    commandTimeout: 500,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(times * 200, 2_000),
    ...extra,
  });
  let lastWarn = 0;
  redis.on("error", (err: Error) => {
    // One line per 10 s at most: a Redis outage must not flood the logs.
    if (Date.now() - lastWarn > 10_000) {
      lastWarn = Date.now();
      logger?.warn({ err: err.message }, "redis unavailable; caches fall back to misses");
    }
  });
  return redis;
}

/**
 * Apollo's KeyValueCache over Redis: `gigawatt:rc:<key>`, TTL in seconds. Errors are misses
 * (get → undefined, set → dropped): the cache may never fail a request.
 */
export class RedisKeyValueCache implements KeyValueCache<string> {
  constructor(
    private readonly redis: Redis,
    private readonly prefix = REDIS_PREFIX,
  ) {}

  async get(key: string): Promise<string | undefined> {
    try {
      const value = await this.redis.get(this.prefix + key);
      return value ?? undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: string, options?: KeyValueCacheSetOptions): Promise<void> {
    try {
      const ttl = options?.ttl;
      if (ttl != null && ttl > 0) await this.redis.set(this.prefix + key, value, "EX", Math.ceil(ttl));
      else if (ttl == null) await this.redis.set(this.prefix + key, value);
    } catch {
      // A dropped write is a future miss, nothing worse.
    }
  }

  async delete(key: string): Promise<boolean> {
    try {
      return (await this.redis.del(this.prefix + key)) > 0;
    } catch {
      return false;
    }
  }
}
