import { createHash } from "node:crypto";
import Redis from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaching, invalidateSharedCaches, notifyDataChanged, REDIS_PREFIX } from "../../src/cache";
import { loadConfig } from "../../src/config";
import type { Context } from "../../src/context";
import type { Database } from "../../src/db/client";
import { createLogger } from "../../src/logger";
import { createServer } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createKey } from "../../src/modules/keys/key.service";

const REDIS_URL = process.env.REDIS_URL;
if (!REDIS_URL) {
  console.warn("test/redis/cache.test.ts: skipped, REDIS_URL is not set (CI runs it with REDIS_URL=redis://127.0.0.1:6379).");
}

/** One replica: the core server with the caching layer over Redis. */
async function replica(database: Database, redisUrl: string) {
  const caching = await createCaching<Context>({ responseCache: true, redisUrl, db: database.db });
  const config = loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test" } as NodeJS.ProcessEnv);
  const server = await createServer({ database, config, logger: createLogger("silent"), plugins: caching.plugins, cache: caching.cache });
  const url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  const post = async (body: object, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    return { status: res.status, text: await res.text(), sql: Number(res.headers.get("x-sql-statements")), cacheControl: res.headers.get("cache-control") };
  };
  return {
    caching,
    post,
    query: (query: string, variables?: object, headers?: Record<string, string>) => post({ query, variables }, headers),
    close: async () => {
      await server.close();
      await caching.close();
    },
  };
}

/** Retries until a replica has seen an invalidation (pub/sub is asynchronous). */
async function eventually(check: () => Promise<boolean>): Promise<boolean> {
  for (let i = 0; i < 100; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 20));
  }
  return false;
}

describe.skipIf(!REDIS_URL)("response cache, APQ and invalidation shared through Redis", () => {
  let db: TestDatabase;
  let a: Awaited<ReturnType<typeof replica>>;
  let b: Awaited<ReturnType<typeof replica>>;
  let redis: Redis;

  beforeAll(async () => {
    // A fresh version: answers cached by earlier runs on this Redis are out of reach.
    await invalidateSharedCaches({ redisUrl: REDIS_URL });
    db = await createTestDatabase();
    a = await replica(db.database, REDIS_URL!);
    b = await replica(db.database, REDIS_URL!);
    redis = new Redis(REDIS_URL!);
  });
  afterAll(async () => {
    await a?.close();
    await b?.close();
    redis?.disconnect();
    await db?.dispose();
  });

  it("serves on the second replica what the first one computed (miss on A, hit on B)", async () => {
    const q = `query($n: Int) { deals(first: $n) { nodes { key provider { name } sources { source { title } } } } }`;
    const miss = await a.query(q, { n: 6 });
    expect(miss.status).toBe(200);
    expect(miss.sql).toBeGreaterThan(0);
    const hit = await b.query(q, { n: 6 });
    expect(hit.sql).toBe(0);
    // The same bytes up to extensions.cost, which the hit restates (replica B's own bucket, 1 point).
    const dataBytes = (text: string) => text.slice(0, text.lastIndexOf(',"extensions":{"cost":'));
    expect(dataBytes(hit.text).length).toBeGreaterThan(100);
    expect(dataBytes(hit.text)).toBe(dataBytes(miss.text));
    expect(JSON.parse(hit.text).extensions.cost.actualQueryCost).toBe(1);
    expect(hit.cacheControl).toBe(miss.cacheControl);
  });

  it("shares public answers with requests that carry an Authorization header", async () => {
    // A real key: an unknown one is refused (401) before the cache is asked.
    const key = await createKey(db.database.db, "cache test", "reader");
    const headers = { authorization: `Bearer ${key.token}` };
    const q = `{ sites(first: 3) { nodes { name } } }`;
    expect((await a.query(q, undefined, headers)).sql).toBeGreaterThan(0);
    // One statement: the gate looks the API key up; the answer itself comes from the shared cache.
    expect((await b.query(q, undefined, headers)).sql).toBe(1);
  });

  it("writes only gigawatt:rc: keys, each with a TTL", async () => {
    const keys = await redis.keys(`${REDIS_PREFIX}*`);
    expect(keys.some((k) => k.startsWith(`${REDIS_PREFIX}http:`))).toBe(true);
    for (const k of keys.filter((x) => x !== `${REDIS_PREFIX}version`).slice(0, 20)) expect(await redis.ttl(k)).toBeGreaterThan(0);
  });

  it("invalidateAll() on one replica invalidates every replica", async () => {
    const q = `query($d: Date) { bondRaises(first: 3, asOf: $d) { nodes { key } } }`;
    await a.query(q, { d: "2025-12-20" });
    expect((await b.query(q, { d: "2025-12-20" })).sql).toBe(0);
    await a.caching.invalidateAll();
    expect(await eventually(async () => (await b.query(q, { d: "2025-12-20" })).sql > 0)).toBe(true);
  });

  it("a reload elsewhere (seed CLI: invalidateSharedCaches) invalidates every replica", async () => {
    const q = `{ companies(first: 4) { nodes { name } } }`;
    await a.query(q);
    expect((await b.query(q)).sql).toBe(0);
    await invalidateSharedCaches({ redisUrl: REDIS_URL });
    expect(await eventually(async () => (await a.query(q)).sql > 0)).toBe(true);
    await new Promise((r) => setTimeout(r, 50));
    expect((await b.query(q)).sql).toBe(0);
  });

  it("a data load that commits (NOTIFY) invalidates the shared cache", async () => {
    const q = `{ stockMoves(first: 2) { nodes { key } } }`;
    await a.query(q);
    expect((await b.query(q)).sql).toBe(0);
    await db.database.db.transaction(async (tx) => notifyDataChanged(tx as never));
    expect(await eventually(async () => (await b.query(q)).sql > 0)).toBe(true);
  });

  it("shares automatic persisted queries: registered on A, found on B", async () => {
    // A text of its own per run: APQ entries outlive a test run in Redis (7-day TTL).
    const query = `query Apq${Date.now()}${Math.floor(Math.random() * 1e6)} { creditBackstops(first: 1) { totalCount } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    expect(JSON.parse((await b.post({ extensions })).text).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect(JSON.parse((await a.post({ query, extensions })).text).data.creditBackstops.totalCount).toBeGreaterThan(0);
    expect(JSON.parse((await b.post({ extensions })).text).data.creditBackstops.totalCount).toBeGreaterThan(0);
  });
});
