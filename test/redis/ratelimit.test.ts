/**
 * The cost bucket in Redis: atomic under concurrency, and shared by two server processes (the
 * built server, started as a user would) so a client cannot double its budget across replicas.
 */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisBucket, RATE_LIMIT_PREFIX } from "../../src/ratelimit/bucket";

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) console.warn("test/redis/ratelimit.test.ts: skipped, REDIS_URL is not set.");
const entry = path.resolve(__dirname, "../../dist/src/index.js");

/** Starts the built server with an empty in-memory database; resolves with its URL. */
function startProcess(env: Record<string, string>): Promise<{ url: string; child: ChildProcess }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [entry], {
      env: { PATH: process.env.PATH ?? "", PORT: "0", HOST: "127.0.0.1", PGLITE_DATA_DIR: "memory://", SEED_ON_START: "false", RESPONSE_CACHE: "false", LOG_LEVEL: "info", ...env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    const timer = setTimeout(() => reject(new Error(`server did not start: ${out}`)), 170_000);
    child.stdout!.on("data", (d) => {
      out += d;
      const m = /"port":(\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ url: `http://127.0.0.1:${m[1]}`, child });
      }
    });
    child.stderr!.on("data", (d) => (out += d));
    child.on("exit", (code) => reject(new Error(`server exited ${code}: ${out}`)));
  });
}

describe.skipIf(!REDIS_URL)("rate limit in Redis", () => {
  let redis: Redis;
  beforeAll(async () => {
    redis = new Redis(REDIS_URL!);
  });
  afterAll(async () => {
    redis?.disconnect();
  });

  it("takes points atomically: 50 concurrent takes of 10 from a bucket of 100 → exactly 10 pass", async () => {
    const client = `test:${process.pid}:${Date.now()}`;
    const bucket = redisBucket(new Redis(REDIS_URL!));
    try {
      const policy = { maximum: 100, restoreRate: 0.001 };
      const results = await Promise.all(Array.from({ length: 50 }, () => bucket.take(client, 10, policy)));
      expect(results.filter((r) => r.allowed)).toHaveLength(10);
      const refused = results.find((r) => !r.allowed)!;
      expect(refused.available).toBeLessThan(10);
      expect(refused.retryAfterSeconds).toBeGreaterThanOrEqual(1);
      // A refund (negative cost) always passes and never overfills.
      const refund = await bucket.take(client, -1000, policy);
      expect(refund).toMatchObject({ allowed: true, available: 100 });
      expect(await redis.pttl(`${RATE_LIMIT_PREFIX}${client}`)).toBeGreaterThan(0);
    } finally {
      await bucket.close();
    }
  });

  it("refills at the restore rate", async () => {
    const client = `test:refill:${process.pid}:${Date.now()}`;
    const bucket = redisBucket(new Redis(REDIS_URL!));
    try {
      const policy = { maximum: 10, restoreRate: 20 };
      expect((await bucket.take(client, 10, policy)).allowed).toBe(true);
      expect((await bucket.take(client, 5, policy)).allowed).toBe(false);
      await new Promise((r) => setTimeout(r, 400)); // 20 points/s × 0.4 s = 8 points
      expect((await bucket.take(client, 5, policy)).allowed).toBe(true);
    } finally {
      await bucket.close();
    }
  });

  describe("two server processes on one Redis", () => {
    const servers: ChildProcess[] = [];
    let a: string;
    let b: string;
    beforeAll(async () => {
      // One client (127.0.0.1) with 10 points that never refill in the test's time.
      for (const ip of ["127.0.0.1", "::ffff:127.0.0.1"]) await redis.del(`${RATE_LIMIT_PREFIX}ip:${ip}`);
      const env = { REDIS_URL: REDIS_URL!, RATE_LIMIT_ANON_POINTS: "10", RATE_LIMIT_ANON_RESTORE: "0.001" };
      const [sa, sb] = await Promise.all([startProcess(env), startProcess(env)]);
      servers.push(sa.child, sb.child);
      a = sa.url;
      b = sb.url;
    }, 180_000);
    afterAll(async () => {
      for (const s of servers) s.kill("SIGKILL");
      for (const ip of ["127.0.0.1", "::ffff:127.0.0.1"]) await redis.del(`${RATE_LIMIT_PREFIX}ip:${ip}`);
    });

    it("share one budget: 10 points across both, then THROTTLED from either", async () => {
      const statuses: number[] = [];
      let last: Response | null = null;
      for (let i = 0; i < 16; i++) {
        last = await fetch(`${i % 2 ? b : a}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "{ __typename }" }) });
        statuses.push(last.status);
        await last.text();
      }
      expect(statuses.filter((s) => s === 200)).toHaveLength(10);
      expect(statuses.slice(10).every((s) => s === 429)).toBe(true);
      expect(last!.headers.get("retry-after")).toMatch(/^\d+$/);
      expect(last!.headers.get("ratelimit-policy")).toBe('"cost";q=10;w=10000');
    });
  });
});
