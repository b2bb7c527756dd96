/**
 * GET /metrics through the real server: Prometheus text with the request histogram by
 * operation and status, SQL statements per request, cache hits and misses, pool gauges,
 * rate-limit refusals and event-loop lag; and the operation name on every request log line.
 */
import { Writable } from "node:stream";
import pino from "pino";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app";
import { loadConfig } from "../../src/config";
import { countRateLimitRefusal } from "../../src/shared/metrics";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

let db: TestDatabase;
let app: App;
let url: string;
const lines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  db = await createTestDatabase();
  const sink = new Writable({
    write(chunk, _enc, done) {
      for (const line of String(chunk).split("\n")) if (line.trim()) lines.push(JSON.parse(line));
      done();
    },
  });
  const config = loadConfig({ NODE_ENV: "test", LOG_LEVEL: "info", DB_POOL_MAX: "5" } as NodeJS.ProcessEnv);
  app = await createApp({ database: db.database, config, logger: pino({ level: "info" }, sink) });
  url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}`;
});
afterAll(async () => {
  await app?.close();
  await db?.dispose();
});

const post = (body: object) => fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, series: string): number | undefined {
  const line = text.split("\n").find((l) => l.startsWith(`${series} `));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
}

async function scrape(): Promise<string> {
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get("content-type")).toMatch(/^text\/plain; version=0\.0\.4/);
  return res.text();
}

describe("/metrics", () => {
  it("counts requests by operation and status, SQL per request and cache hits", async () => {
    const before = await scrape();
    const q = { query: "query metricsDeals { deals(first: 3) { nodes { key provider { name } } } }", operationName: "metricsDeals" };
    expect((await post(q)).status).toBe(200);
    expect((await post(q)).status).toBe(200); // the byte cache answers this one
    expect((await post({ query: "{ deals(first: 1000) { totalCount } }" })).status).toBe(200);
    expect((await post({ query: "{ deals( }" })).status).toBe(400);
    const text = await scrape();
    expect(sample(text, 'gigawatt_http_request_duration_seconds_count{operation="metricsDeals",status="200"}')).toBe(2);
    expect(sample(text, 'gigawatt_http_request_duration_seconds_count{operation="anonymous",status="400"}')).toBe(1);
    const hits = (t: string) => sample(t, 'gigawatt_cache_lookups_total{layer="http",result="hit"}') ?? 0;
    const misses = (t: string) => sample(t, 'gigawatt_cache_lookups_total{layer="http",result="miss"}') ?? 0;
    expect(hits(text) - hits(before)).toBe(1);
    expect(misses(text) - misses(before)).toBeGreaterThanOrEqual(2);
    // Four requests went through; the first ran SQL (one statement per list and relation), the hit none.
    const count = (t: string) => sample(t, "gigawatt_sql_statements_per_request_count") ?? 0;
    expect(count(text) - count(before)).toBeGreaterThanOrEqual(4);
    expect(sample(text, 'gigawatt_sql_statements_per_request_bucket{le="0"}')).toBeGreaterThanOrEqual(1);
    expect(sample(text, "gigawatt_sql_statements_per_request_sum")).toBeGreaterThan(0);
  });

  it("has the pool gauges, the rate-limit counter and event-loop lag", async () => {
    countRateLimitRefusal("test");
    const text = await scrape();
    expect(sample(text, "gigawatt_db_pool_size")).toBe(db.database.kind === "pglite" ? 1 : 5);
    expect(sample(text, 'gigawatt_db_pool_connections{state="in_use"}')).toBe(0);
    expect(sample(text, 'gigawatt_db_pool_connections{state="waiting"}')).toBe(0);
    expect(sample(text, 'gigawatt_rate_limit_refusals_total{reason="test"}')).toBe(1);
    expect(text).toMatch(/^# TYPE nodejs_eventloop_lag_seconds gauge$/m);
    expect(sample(text, "nodejs_eventloop_lag_seconds")).toBeGreaterThanOrEqual(0);
  });

  it.skipIf(!process.env.TEST_DATABASE_URL)("shows connections in use and statements waiting while the pool is busy (PostgreSQL)", async () => {
    // Seven sleeping statements on a pool of five: five in use, two waiting.
    const sleeping = Array.from({ length: 7 }, async () => db.database.db.execute(sql`select pg_sleep(1.5)`));
    await new Promise((r) => setTimeout(r, 500));
    const text = await scrape();
    await Promise.all(sleeping);
    expect(sample(text, 'gigawatt_db_pool_connections{state="in_use"}')).toBe(5);
    expect(sample(text, 'gigawatt_db_pool_connections{state="waiting"}')).toBe(2);
  });
});

describe("request log", () => {
  it("names the operation on every request line, cache hits included", async () => {
    const q = { query: "query logLine { companies(first: 2) { totalCount } }" };
    await post(q);
    await post(q);
    await fetch(`${url}/healthz`);
    const requests = lines.filter((l) => l.msg === "request");
    const named = requests.filter((l) => l.operation === "logLine");
    expect(named).toHaveLength(2);
    // The estimated cost is on the line of the request that ran; the cache hit ran nothing.
    expect(named[0]!.cost).toBeGreaterThan(0);
    expect(requests.some((l) => l.operation === "/healthz")).toBe(true);
    expect(requests.every((l) => typeof l.operation === "string")).toBe(true);
  });
});
