import type Redis from "ioredis";

/** A leaky bucket of cost points: `maximum` points, refilled at `restoreRate` points per second. */
export interface BucketPolicy {
  maximum: number;
  restoreRate: number;
}

export interface BucketState {
  /** Whether the points were taken (a refund — a negative cost — always is). */
  allowed: boolean;
  /** Points left after this call. */
  available: number;
  /** When refused: seconds until the bucket holds enough. */
  retryAfterSeconds: number;
}

/** Takes `cost` points from `client`'s bucket if it holds that many; a negative cost refunds. */
export interface CostBucket {
  take(client: string, cost: number, policy: BucketPolicy): Promise<BucketState>;
  close(): Promise<void>;
}

function settle(level: number, cost: number, policy: BucketPolicy): BucketState {
  if (cost > level) return { allowed: false, available: level, retryAfterSeconds: Math.max(1, Math.ceil((cost - level) / policy.restoreRate)) };
  return { allowed: true, available: Math.min(policy.maximum, level - cost), retryAfterSeconds: 0 };
}

/** One process's buckets. Full buckets are forgotten, so memory follows the active clients. */
export function memoryBucket(now: () => number = Date.now, maxClients = 100_000): CostBucket {
  const buckets = new Map<string, { level: number; at: number }>();
  return {
    async take(client, cost, policy) {
      const t = now();
      const b = buckets.get(client);
      const level = b ? Math.min(policy.maximum, b.level + ((t - b.at) / 1000) * policy.restoreRate) : policy.maximum;
      const state = settle(level, cost, policy);
      buckets.delete(client); // re-insert: the Map's order is then least recently used first
      if (state.available < policy.maximum) buckets.set(client, { level: state.available, at: t });
      if (buckets.size > maxClients) buckets.delete(buckets.keys().next().value!);
      return state;
    },
    async close() {
      buckets.clear();
    },
  };
}

/**
 * The same bucket in Redis, shared by every replica: one atomic script reads the level, refills
 * it from the time elapsed (Redis's clock, so replicas' clocks do not matter), takes or refuses,
 * and writes it back with an expiry of one full refill.
 */
const SCRIPT = `
local key = KEYS[1]
local cost = tonumber(ARGV[1])
local maximum = tonumber(ARGV[2])
local rate = tonumber(ARGV[3])
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local stored = redis.call('HMGET', key, 'level', 'at')
local level = maximum
if stored[1] then
  level = math.min(maximum, tonumber(stored[1]) + (now - tonumber(stored[2])) / 1000 * rate)
end
local allowed = 1
if cost > level then
  allowed = 0
else
  level = math.min(maximum, level - cost)
end
redis.call('HSET', key, 'level', tostring(level), 'at', tostring(now))
redis.call('PEXPIRE', key, math.ceil(maximum / rate * 1000) + 1000)
return {allowed, tostring(level)}
`;

export const RATE_LIMIT_PREFIX = "gigawatt:rl:";

export function redisBucket(redis: Redis, prefix = RATE_LIMIT_PREFIX): CostBucket {
  redis.defineCommand("gigawattTake", { numberOfKeys: 1, lua: SCRIPT });
  const run = (redis as unknown as { gigawattTake(key: string, ...args: Array<string | number>): Promise<[number, string]> }).gigawattTake.bind(redis);
  return {
    async take(client, cost, policy) {
      const [allowed, level] = await run(`${prefix}${client}`, cost, policy.maximum, policy.restoreRate);
      const available = Number(level);
      if (allowed === 1) return { allowed: true, available, retryAfterSeconds: 0 };
      return { allowed: false, available, retryAfterSeconds: Math.max(1, Math.ceil((cost - available) / policy.restoreRate)) };
    },
    async close() {
      redis.disconnect();
    },
  };
}
