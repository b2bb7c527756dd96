import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaching } from "../../src/cache";
import { loadConfig } from "../../src/config";
import type { Context } from "../../src/context";
import { createLogger } from "../../src/logger";
import { createServer, type GigawattServer } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";

/**
 * The response cache lives in Redis, reached through a TCP proxy that the test cuts mid-run
 * (refused, then silent): requests keep succeeding from the database, within a bounded time,
 * and the cache is used again once Redis is back.
 */
const REDIS_URL = process.env.REDIS_URL;

describe.skipIf(!REDIS_URL)("losing Redis mid-run", () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let caching: Awaited<ReturnType<typeof createCaching<Context>>>;
  let server: GigawattServer;
  let url: string;
  const timings: Record<string, number> = {};

  const query = async (q: string) => {
    const t = performance.now();
    const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q }), signal: AbortSignal.timeout(15_000) });
    const body = (await res.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
    return { status: res.status, body, sql: Number(res.headers.get("x-sql-statements")), ms: Math.round(performance.now() - t) };
  };
  // A text of its own per run: answers cached by earlier runs on this Redis stay out of reach.
  const tag = `${Date.now()}${Math.floor(Math.random() * 1e6)}`;
  const q = (n: number) => `query Loss${tag}_${n} { deals(first: ${n}) { totalCount nodes { key } } }`;

  /** Several requests, cached and new, all answered from the database with data. */
  const expectServed = async (label: string) => {
    let slowest = 0;
    for (const n of [1, 2, 3, 4, 5, 6]) {
      const r = await query(q(n));
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
      expect((r.body.data!.deals as { nodes: unknown[] }).nodes).toHaveLength(n);
      slowest = Math.max(slowest, r.ms);
    }
    timings[label] = slowest;
    expect(slowest).toBeLessThan(3_000);
  };

  beforeAll(async () => {
    const target = new URL(REDIS_URL!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 6379) });
    db = await createTestDatabase();
    caching = await createCaching<Context>({ responseCache: true, redisUrl: proxy.url(REDIS_URL!), db: db.database.db });
    const config = loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test" } as NodeJS.ProcessEnv);
    server = await createServer({ database: db.database, config, logger: createLogger("silent"), plugins: caching.plugins, cache: caching.cache });
    url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  });
  afterAll(async () => {
    await server?.close();
    await caching?.close();
    await proxy?.close();
    await db?.dispose();
    if (Object.keys(timings).length) console.info(`Redis loss, slowest request (ms): ${JSON.stringify(timings)}`);
  });

  it("caches through Redis while it is there", async () => {
    expect((await query(q(1))).sql).toBeGreaterThan(0);
    expect((await query(q(1))).sql).toBe(0);
  });

  it("Redis refused: every request still answers from the database", async () => {
    await proxy.set("refuse");
    await expectServed("refused");
    const again = await query(q(1));
    expect(again.sql).toBeGreaterThan(0);
  });

  it("Redis silent: every request still answers, bounded by the command timeout", async () => {
    await proxy.set("pass");
    await new Promise((r) => setTimeout(r, 2_500));
    await proxy.set("blackhole");
    await expectServed("black-holed");
  });

  it("Redis back: the cache is used again", async () => {
    await proxy.set("pass");
    let hit = false;
    for (let i = 0; i < 50 && !hit; i++) {
      await query(q(7));
      hit = (await query(q(7))).sql === 0;
      if (!hit) await new Promise((r) => setTimeout(r, 200));
    }
    expect(hit).toBe(true);
  });
});
