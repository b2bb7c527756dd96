import type { Config } from "../config";
import type { Viewer } from "../shared/auth";
import { connectRedis, type Warn } from "../cache/redis";
import { memoryBucket, redisBucket, type BucketPolicy, type BucketState, type CostBucket } from "./bucket";

export type RateLimitConfig = Pick<
  Config,
  "RATE_LIMIT" | "RATE_LIMIT_ANON_POINTS" | "RATE_LIMIT_ANON_RESTORE" | "RATE_LIMIT_KEY_POINTS" | "RATE_LIMIT_KEY_RESTORE" | "REDIS_URL"
>;

/** Shopify's `throttleStatus`. */
export interface ThrottleStatus {
  maximumAvailable: number;
  currentlyAvailable: number;
  restoreRate: number;
}

export interface Charge extends BucketState {
  policy: BucketPolicy;
}

export interface RateLimiter {
  policyFor(viewer: Viewer): BucketPolicy;
  /** Takes (or, negative, refunds) points. Never throws: with its store away it lets requests through. */
  take(client: string, viewer: Viewer, cost: number): Promise<Charge>;
  close(): Promise<void>;
}

/** Per-client cost budgets: anonymous callers share their IP's bucket, each API key has its own, bigger one. */
export function createRateLimiter(config: RateLimitConfig, logger?: Warn): RateLimiter {
  const bucket: CostBucket = config.REDIS_URL ? redisBucket(connectRedis(config.REDIS_URL, logger)) : memoryBucket();
  const anonymous = { maximum: config.RATE_LIMIT_ANON_POINTS, restoreRate: config.RATE_LIMIT_ANON_RESTORE };
  const keyed = { maximum: config.RATE_LIMIT_KEY_POINTS, restoreRate: config.RATE_LIMIT_KEY_RESTORE };
  let lastWarn = 0;
  return {
    policyFor: (viewer) => (viewer.keyId ? keyed : anonymous),
    async take(client, viewer, cost) {
      const policy = viewer.keyId ? keyed : anonymous;
      try {
        return { ...(await bucket.take(client, cost, policy)), policy };
      } catch (err) {
        // A rate limiter must not take the API down with it: with Redis away, requests pass.
        if (Date.now() - lastWarn > 10_000) {
          lastWarn = Date.now();
          logger?.warn({ err: err instanceof Error ? err.message : String(err) }, "rate limit store unavailable; requests are not throttled");
        }
        return { allowed: true, available: policy.maximum, retryAfterSeconds: 0, policy };
      }
    },
    close: () => bucket.close(),
  };
}

export function throttleStatus(charge: Charge): ThrottleStatus {
  return { maximumAvailable: charge.policy.maximum, currentlyAvailable: Math.floor(charge.available), restoreRate: charge.policy.restoreRate };
}

/**
 * IETF RateLimit headers (draft-ietf-httpapi-ratelimit-headers): the policy (`q` points per `w`
 * seconds to refill from empty) and what is left (`r` points, full again in `t` seconds).
 */
export function rateLimitHeaders(charge: Charge): Record<string, string> {
  const { maximum, restoreRate } = charge.policy;
  const headers: Record<string, string> = {
    "ratelimit-policy": `"cost";q=${maximum};w=${Math.max(1, Math.ceil(maximum / restoreRate))}`,
    ratelimit: `"cost";r=${Math.max(0, Math.floor(charge.available))};t=${Math.max(0, Math.ceil((maximum - charge.available) / restoreRate))}`,
  };
  if (!charge.allowed) headers["retry-after"] = String(charge.retryAfterSeconds);
  return headers;
}
