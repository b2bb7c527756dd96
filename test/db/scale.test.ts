import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app";
import { loadConfig } from "../../src/config";
import type { Db } from "../../src/db/client";
import { createLogger } from "../../src/logger";
import { generateSynthetic, plannedCounts, SYNTHETIC_PREFIX } from "../../src/synthetic/generate";
import { createTestDatabase, type TestDatabase } from "../helpers/database";

const SCALE = 0.005; // ≈ 100 deals, 5,000 stock moves
const SEED = 7;

/** createApp on an existing database (startTestServer makes its own), caching off. */
async function serve(database: TestDatabase["database"]) {
  const config = loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test", RESPONSE_CACHE: "false" } as NodeJS.ProcessEnv);
  const app: App = await createApp({ database, config, logger: createLogger("silent") });
  const url = `http://127.0.0.1:${await app.server.listen(0, "127.0.0.1")}/graphql`;
  const query = async (q: string, variables?: object) => {
    const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    if (body.errors) throw new Error(JSON.stringify(body.errors));
    return { data: body.data, sql: Number(res.headers.get("x-sql-statements")) };
  };
  return { app, query };
}

const TABLES = ["sources", "fx_rates", "facts", "fact_sources", "companies", "sites", "capacity_reports", "deals", "credit_backstops", "bond_raises", "investment_plans", "revenue_reports", "stock_moves", "market_indicators"];

/** One digest per table over every column of every row, in id order (fresh databases: same ids). */
async function digest(db: Db): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const t of TABLES) {
    const order = t === "fact_sources" ? "x.fact_id, x.source_id" : "x.id";
    // Recorded times (facts and, since 0004, sources) are when the generator ran, not generated values.
    const exclude = t === "facts" || t === "sources" ? " - 'created_at'" : "";
    const rows = (await db.execute(sql.raw(`select md5(coalesce(string_agg((to_jsonb(x)${exclude})::text, '|' order by ${order}), '')) as h from ${t} x`))) as unknown as
      | Array<{ h: string }>
      | { rows: Array<{ h: string }> };
    out[t] = (Array.isArray(rows) ? rows : rows.rows)[0].h;
  }
  return out;
}

let a: TestDatabase;
let server: Awaited<ReturnType<typeof serve>>;
let rows: Record<string, number>;
beforeAll(async () => {
  a = await createTestDatabase({ seed: false });
  rows = (await generateSynthetic(a.database.db, { scale: SCALE, seed: SEED })).rows;
  server = await serve(a.database);
});
afterAll(async () => {
  await server?.app.close();
  await a?.dispose();
});

describe("synthetic scale data", () => {
  it("has the planned number of rows, with 1–3 sources per fact", () => {
    const planned = plannedCounts(SCALE);
    expect(rows.deals).toBe(planned.deals);
    expect(rows.deals).toBe(100);
    expect(rows.stockMoves).toBe(5_000);
    expect(rows.factSources).toBeGreaterThanOrEqual(rows.facts);
    expect(rows.factSources).toBeLessThanOrEqual(rows.facts * 3);
  });

  it("never names a row without the SYN- prefix", async () => {
    const [row] = (await a.database.db.execute(
      sql.raw(`select (select count(*) from facts where key not like '${SYNTHETIC_PREFIX}%') + (select count(*) from sources where key not like '${SYNTHETIC_PREFIX}%') as n,
                      (select count(*) from sources where url not like 'https://synthetic.invalid/%' or kind <> 'OTHER') as foreign_sources`),
    ).then((r) => (Array.isArray(r) ? r : (r as unknown as { rows: unknown[] }).rows))) as Array<{ n: number | string; foreign_sources: number | string }>;
    expect(Number(row.n)).toBe(0);
    expect(Number(row.foreign_sources)).toBe(0);
  });

  it("is deterministic: the same seed gives the same rows, another seed other rows", async () => {
    const b = await createTestDatabase({ seed: false });
    const c = await createTestDatabase({ seed: false });
    try {
      await generateSynthetic(b.database.db, { scale: SCALE, seed: SEED });
      await generateSynthetic(c.database.db, { scale: SCALE, seed: SEED + 1 });
      const [da, db, dc] = await Promise.all([digest(a.database.db), digest(b.database.db), digest(c.database.db)]);
      expect(db).toEqual(da);
      expect(dc.deals).not.toBe(da.deals);
    } finally {
      await b.dispose();
      await c.dispose();
    }
    // Two fresh databases migrated and generated: allow the hook timeout, not the unit one.
  }, 120_000);

  it("refuses a database that holds the seed dataset, and a second synthetic set", async () => {
    const seeded = await createTestDatabase();
    try {
      await expect(generateSynthetic(seeded.database.db, { scale: SCALE, seed: SEED })).rejects.toThrow(/seed/);
    } finally {
      await seeded.dispose();
    }
    await expect(generateSynthetic(a.database.db, { scale: SCALE, seed: SEED })).rejects.toThrow(/already present/);
  });

  it("runs as many SQL statements for 100 deals as for 10 (no N+1)", async () => {
    const q = `query($n: Int) { deals(first: $n) { nodes { key provider { name } customer { name } site { name } sources { source { title } } } } }`;
    const ten = await server.query(q, { n: 10 });
    const hundred = await server.query(q, { n: 100 });
    expect(ten.data.deals.nodes).toHaveLength(10);
    expect(hundred.data.deals.nodes).toHaveLength(100);
    expect(hundred.data.deals.nodes.some((d: { site: unknown }) => d.site)).toBe(true);
    expect(hundred.sql).toBe(ten.sql);
    expect(ten.sql).toBeLessThanOrEqual(5);
  });

  it("serves point lookups and non-USD bonds converted at a stored rate", async () => {
    const { data } = await server.query(`{ companies(first: 50) { nodes { ticker } } }`);
    const ticker = data.companies.nodes.find((c: { ticker: string | null }) => c.ticker).ticker as string;
    expect(ticker.startsWith("SYN")).toBe(true);
    const one = await server.query(`query($t: String!) { company(ticker: $t) { ticker name } }`, { t: ticker });
    expect(one.data.company.name).toMatch(/synthetic/);
    const bonds = await server.query(`{ bondRaises(first: 100) { nodes { amount { currency usd fx { rate } } } } }`);
    const foreign = bonds.data.bondRaises.nodes.filter((n: { amount: { currency: string } }) => n.amount.currency !== "USD");
    expect(foreign.length).toBeGreaterThan(0);
    for (const n of foreign) expect(n.amount.fx.rate).toBeGreaterThan(0);
  });
});
