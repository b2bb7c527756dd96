import { parse, getOperationAST } from "graphql";
import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createCaching, computePolicy, notifyDataChanged, type Caching } from "../../src/cache";
import { loadConfig } from "../../src/config";
import type { Context } from "../../src/context";
import type { Database } from "../../src/db/client";
import { createLogger } from "../../src/logger";
import { buildGigawattSchema } from "../../src/schema";
import { createServer, type GigawattServer } from "../../src/server";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { createKey } from "../../src/modules/keys/key.service";
import { startTestServer, type TestServer } from "../helpers/server";

/** The core server with the caching layer, on an existing database (several may share one). */
async function cachedServer(database: Database, opts: { redisUrl?: string; responseCache?: boolean } = {}) {
  const caching: Caching<Context> = await createCaching<Context>({ responseCache: opts.responseCache ?? true, redisUrl: opts.redisUrl, db: database.db });
  const config = loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test" } as NodeJS.ProcessEnv);
  const server: GigawattServer = await createServer({ database, config, logger: createLogger("silent"), plugins: caching.plugins, cache: caching.cache });
  const url = `http://127.0.0.1:${await server.listen(0, "127.0.0.1")}`;
  const post = async (query: string, variables?: object, headers: Record<string, string> = {}) => {
    const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, headers: res.headers, text: await res.text(), sql: Number(res.headers.get("x-sql-statements")) };
  };
  const get = async (query: string, variables?: object) => {
    const qs = `query=${encodeURIComponent(query)}${variables ? `&variables=${encodeURIComponent(JSON.stringify(variables))}` : ""}`;
    const res = await fetch(`${url}/graphql?${qs}`, { headers: { accept: "application/json", "apollo-require-preflight": "true" } });
    return { status: res.status, headers: res.headers, text: await res.text(), sql: Number(res.headers.get("x-sql-statements")) };
  };
  return {
    url,
    caching,
    post,
    get,
    close: async () => {
      await server.close();
      await caching.close();
    },
  };
}

const DEALS = `query Deals($first: Int) { deals(first: $first) { nodes { key provider { name } customer { name } sources { source { title } } } } }`;

let db: TestDatabase;
let s: Awaited<ReturnType<typeof cachedServer>>;
beforeAll(async () => {
  db = await createTestDatabase();
  s = await cachedServer(db.database);
});
afterAll(async () => {
  await s?.close();
  await db?.dispose();
});

/** The answer's bytes before its extensions.cost, which a hit restates for the client it answers. */
const dataBytes = (text: string) => text.slice(0, text.lastIndexOf(',"extensions":{"cost":'));

describe("in-memory response cache", () => {
  it("answers a second identical query from the cache, with 0 SQL statements and the same bytes", async () => {
    const first = await s.post(DEALS, { first: 7 });
    expect(first.status).toBe(200);
    expect(first.sql).toBeGreaterThan(0);
    const second = await s.post(DEALS, { first: 7 });
    expect(second.sql).toBe(0);
    expect(dataBytes(second.text).length).toBeGreaterThan(100);
    expect(dataBytes(second.text)).toBe(dataBytes(first.text));
    // The cost is restated: the same estimate, the hit's own price, this client's bucket.
    const [c1, c2] = [JSON.parse(first.text).extensions.cost, JSON.parse(second.text).extensions.cost];
    expect(c2.requestedQueryCost).toBe(c1.requestedQueryCost);
    expect(c2.actualQueryCost).toBe(1);
    expect(c2.throttleStatus.maximumAvailable).toBe(c1.throttleStatus.maximumAvailable);
    expect(Number(second.headers.get("content-length"))).toBe(Buffer.byteLength(second.text));
    expect(first.headers.get("age")).toBeNull();
    expect(second.headers.get("age")).toMatch(/^\d+$/);
    expect(second.headers.get("cache-control")).toBe(first.headers.get("cache-control"));
  });

  it("never answers a text/plain POST from the cache: Apollo's CSRF rule refuses it, cached or not", async () => {
    const stored = await s.post(DEALS, { first: 2 });
    expect((await s.post(DEALS, { first: 2 })).sql).toBe(0); // cached now
    const simple = await s.post(DEALS, { first: 2 }, { "content-type": "text/plain; charset=json" });
    expect(stored.status).toBe(200);
    expect(simple.status).toBe(400);
    expect(simple.text).toMatch(/CSRF|preflight/i);
  });

  it("keys on variables: other variables are another answer", async () => {
    await s.post(DEALS, { first: 3 });
    const other = await s.post(DEALS, { first: 4 });
    expect(other.sql).toBeGreaterThan(0);
    expect(JSON.parse(other.text).data.deals.nodes).toHaveLength(4);
  });

  it("sends Cache-Control on GET: 5 minutes for today, an hour for a past asOf, no-store for errors", async () => {
    const today = await s.get(`{ companies(first: 2) { nodes { name } } }`);
    expect(today.status).toBe(200);
    const maxAge = Number(/^max-age=(\d+), public$/.exec(today.headers.get("cache-control") ?? "")?.[1]);
    expect(maxAge).toBeGreaterThan(0);
    expect(maxAge).toBeLessThanOrEqual(300);
    const past = await s.get(`query($d: Date) { deals(first: 2, asOf: $d) { nodes { key } } }`, { d: "2025-12-01" });
    expect(past.headers.get("cache-control")).toBe("max-age=3600, public");
    const again = await s.get(`query($d: Date) { deals(first: 2, asOf: $d) { nodes { key } } }`, { d: "2025-12-01" });
    expect(again.sql).toBe(0);
    const bad = await s.get(`{ company(slug: "no-such-company") { name } }`);
    expect(bad.headers.get("cache-control")).toBe("no-store");
    const badAgain = await s.get(`{ company(slug: "no-such-company") { name } }`);
    expect(badAgain.sql).toBeGreaterThan(0);
  });

  it("skips the lookup when the request says Cache-Control: no-cache", async () => {
    await s.post(`{ sites(first: 2) { nodes { name } } }`);
    const fresh = await s.post(`{ sites(first: 2) { nodes { name } } }`, undefined, { "cache-control": "no-cache" });
    expect(fresh.sql).toBeGreaterThan(0);
  });

  it("shares public answers with requests that carry an Authorization header", async () => {
    // A real key: an unknown one is refused (401) before the cache is asked.
    const key = await createKey(db.database.db, "cache test", "reader");
    const headers = { authorization: `Bearer ${key.token}` };
    const first = await s.post(`{ bondRaises(first: 2) { nodes { key } } }`, undefined, headers);
    expect(first.sql).toBeGreaterThan(0);
    const second = await s.post(`{ bondRaises(first: 2) { nodes { key } } }`, undefined, headers);
    expect(second.sql).toBe(0);
    expect(dataBytes(second.text)).toBe(dataBytes(first.text));
  });

  it("serves CSV through the same cache, apart from the JSON answer to the same operation", async () => {
    const q = `{ sites(first: 3) { nodes { name } } }`;
    const csv = { accept: "text/csv" };
    const json = await s.post(q);
    const first = await s.post(q, undefined, csv);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(first.sql).toBeGreaterThan(0);
    const second = await s.post(q, undefined, csv);
    expect(second.sql).toBe(0);
    expect(second.text).toBe(first.text);
    expect(second.headers.get("content-disposition")).toBe(first.headers.get("content-disposition"));
    expect(second.headers.get("age")).toMatch(/^\d+$/);
    expect(json.text).not.toBe(first.text);
  });

  it("never lets an error answer be cached, by us or by anyone", async () => {
    const noList = `{ companies(first: 1) { totalCount } }`;
    const answers = [
      await s.post(noList, undefined, { accept: "text/csv" }),
      await s.post(`{ company(slug: "no-such-company") { name } }`),
      await s.post(`{ deals( }`),
      await fetch(`${s.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" }).then(async (r) => ({ status: r.status, headers: r.headers, text: await r.text() })),
      await fetch(`${s.url}/graphql`, { method: "DELETE" }).then(async (r) => ({ status: r.status, headers: r.headers, text: await r.text() })),
      await fetch(`${s.url}/nope`).then(async (r) => ({ status: r.status, headers: r.headers, text: await r.text() })),
      await fetch(`${s.url}/graphql?query=${encodeURIComponent("{ __typename }")}`).then(async (r) => ({ status: r.status, headers: r.headers, text: await r.text() })),
    ];
    expect(answers.map((a) => a.status)).toEqual([400, 200, 400, 400, 405, 404, 400]);
    for (const a of answers) {
      expect(JSON.parse(a.text).errors.length).toBeGreaterThan(0);
      expect(a.headers.get("cache-control")).toBe("no-store");
    }
    const again = await s.post(noList, undefined, { accept: "text/csv" });
    expect(again.status).toBe(400);
    expect(again.sql).toBeGreaterThan(0);
  });

  it("computes a missing answer once for identical requests that arrive together", async () => {
    const q = `{ investmentPlans(first: 5) { nodes { key sources { source { title } } } } }`;
    const all = await Promise.all(Array.from({ length: 6 }, () => s.post(q)));
    expect(new Set(all.map((r) => dataBytes(r.text))).size).toBe(1);
    const computed = all.filter((r) => r.sql > 0);
    expect(computed).toHaveLength(1);
  });

  it("invalidateAll() makes every cached answer unreachable, past asOf included", async () => {
    const q = `query($d: Date) { creditBackstops(first: 3, asOf: $d) { nodes { key } } }`;
    await s.post(q, { d: "2025-12-15" });
    expect((await s.post(q, { d: "2025-12-15" })).sql).toBe(0);
    await s.caching.invalidateAll();
    expect((await s.post(q, { d: "2025-12-15" })).sql).toBeGreaterThan(0);
  });

  it("drops cached answers when a data load commits (NOTIFY gigawatt_data_changed)", async () => {
    const q = `{ revenueReports(first: 2) { nodes { key } } }`;
    await s.post(q);
    expect((await s.post(q)).sql).toBe(0);
    await db.database.db.transaction(async (tx) => notifyDataChanged(tx as never));
    let sql = 0;
    for (let i = 0; i < 50 && sql === 0; i++) {
      await new Promise((r) => setTimeout(r, 20));
      sql = (await s.post(q)).sql;
    }
    expect(sql).toBeGreaterThan(0);
  });

  it("supports automatic persisted queries", async () => {
    const query = `{ companies(first: 1) { totalCount } }`;
    const sha256Hash = createHash("sha256").update(query).digest("hex");
    const ext = { persistedQuery: { version: 1, sha256Hash } };
    const call = (body: object) =>
      fetch(`${s.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }).then((r) => r.json());
    expect((await call({ extensions: ext })).errors[0].extensions.code).toBe("PERSISTED_QUERY_NOT_FOUND");
    expect((await call({ query, extensions: ext })).data.companies.totalCount).toBeGreaterThan(0);
    expect((await call({ extensions: ext })).data.companies.totalCount).toBeGreaterThan(0);
  });
});

describe("cache policy", () => {
  const schema = buildGigawattSchema();
  const policyOf = (query: string, variables: Record<string, unknown> = {}, now = new Date("2026-06-01T12:00:00Z")) => {
    const document = parse(query);
    return computePolicy(schema, document, getOperationAST(document)!, variables, undefined, now);
  };

  it("gives the present view 5 minutes, never past midnight UTC", () => {
    expect(policyOf(`{ deals { nodes { key } } }`)).toEqual({ maxAge: 300, scope: "PUBLIC" });
    expect(policyOf(`{ deals { nodes { key } } }`, {}, new Date("2026-06-01T23:59:00Z")).maxAge).toBe(60);
  });

  it("gives an hour only when every root field asks for a past asOf", () => {
    expect(policyOf(`{ deals(asOf: "2026-01-01") { nodes { key } } }`).maxAge).toBe(3600);
    expect(policyOf(`query($d: Date) { deals(asOf: $d) { nodes { key } } }`, { d: "2026-01-01" }).maxAge).toBe(3600);
    expect(policyOf(`{ deals(asOf: "2026-01-01") { nodes { key } } companies { totalCount } }`).maxAge).toBe(300);
    expect(policyOf(`{ deals(asOf: "2026-12-01") { nodes { key } } }`).maxAge).toBe(300);
  });

  it("follows fragments and applies per-field hints (Query.sources)", () => {
    expect(policyOf(`{ sources { ...S } } fragment S on SourceConnection { nodes { key } }`).maxAge).toBe(3600);
  });
});

describe("when Redis is down", () => {
  it("serves every request anyway (the cache misses)", async () => {
    const down = await cachedServer(db.database, { redisUrl: "redis://127.0.0.1:1" });
    try {
      const a = await down.post(`{ companies(first: 1) { nodes { name } } }`);
      const b = await down.post(`{ companies(first: 1) { nodes { name } } }`);
      expect(a.status).toBe(200);
      expect(b.status).toBe(200);
      // Both computed: the same data (extensions.cost's throttleStatus moves between them).
      expect(JSON.parse(b.text).data).toEqual(JSON.parse(a.text).data);
    } finally {
      await down.close();
    }
  });
});

describe("through createApp (RESPONSE_CACHE=true)", () => {
  let app: TestServer;
  beforeAll(async () => {
    app = await startTestServer({ RESPONSE_CACHE: "true" });
  });
  afterAll(async () => {
    await app?.close();
  });

  it("caches and sends Cache-Control on GET", async () => {
    const path = `/graphql?query=${encodeURIComponent("{ companies(first: 2) { nodes { name } } }")}`;
    const init = { headers: { accept: "application/json", "apollo-require-preflight": "true" } };
    const first = await app.fetch(path, init);
    expect(first.headers.get("cache-control")).toMatch(/^max-age=\d+, public$/);
    const second = await app.fetch(path, init);
    expect(second.headers.get("x-sql-statements")).toBe("0");
  });
});
