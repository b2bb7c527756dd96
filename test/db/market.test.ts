import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListStockMovesDocument } from "@gigawatt/sdk";
import { startTestServer, type TestServer } from "../helpers/server";

const factBase = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seeds/facts.json"), "utf8"));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const IREN_CAPACITY = `query ($asOf: Date, $all: Boolean) {
  capacityReports(asOf: $asOf, where: { company: { ticker: { eq: "IREN" } }, includeSuperseded: $all }, orderBy: [{ field: REPORTED_ON }]) {
    totalCount
    nodes {
      key scope basis country regionNote qualifier metric reportedOn
      capacity { mw gw }
      company { ticker }
      supersedes { key capacity { mw } }
      supersededBy { key capacity { mw } reportedOn }
    }
  }
}`;

describe("capacity reports", () => {
  it("shows IREN's 2,910 MW report before the revision is public", async () => {
    const data = await server.data(IREN_CAPACITY, { asOf: "2025-12-01" });
    expect(data.capacityReports.totalCount).toBe(1);
    const r = data.capacityReports.nodes[0];
    expect(r).toMatchObject({ key: "CAP-IREN", scope: "COMPANY", basis: "CURRENT", reportedOn: "2025-11-03", country: null });
    expect(r.capacity).toEqual({ mw: 2910, gw: 2.91 });
    expect(r.company.ticker).toBe("IREN");
    expect(r.supersedes).toBeNull();
    expect(r.supersededBy).toBeNull();
  });

  it("shows only the 4,500 MW revision today, linked to the report it revises", async () => {
    const data = await server.data(IREN_CAPACITY, {});
    expect(data.capacityReports.totalCount).toBe(1);
    const r = data.capacityReports.nodes[0];
    expect(r.capacity.mw).toBe(4500);
    expect(r.qualifier).toBe("more than");
    expect(r.reportedOn).toBe("2026-02-05");
    expect(r.supersedes).toEqual({ key: "CAP-IREN", capacity: { mw: 2910 } });
    expect(r.supersededBy).toBeNull();
  });

  it("lists superseded revisions on request, each pointing at its successor", async () => {
    const data = await server.data(IREN_CAPACITY, { all: true });
    expect(data.capacityReports.totalCount).toBe(2);
    const [old, latest] = data.capacityReports.nodes;
    expect(old.capacity.mw).toBe(2910);
    expect(old.supersededBy).toMatchObject({ capacity: { mw: 4500 }, reportedOn: "2026-02-05" });
    expect(latest.supersedes.key).toBe("CAP-IREN");
    const before = await server.data(IREN_CAPACITY, { all: true, asOf: "2025-12-01" });
    expect(before.capacityReports.totalCount).toBe(1);
  });

  it("rejects includeSuperseded inside or/not", async () => {
    const r = await server.query(`{ capacityReports(where: { or: [{ includeSuperseded: true }] }) { totalCount } }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("keeps sector figures with no company, filterable by scope, basis, country and MW", async () => {
    const data = await server.data(`{
      sector: capacityReports(where: { scope: { eq: SECTOR } }, orderBy: [{ field: CAPACITY_MW, direction: DESC }]) {
        nodes { key basis country qualifier company { ticker } capacity { gw } }
      }
      us: capacityReports(where: { country: { eq: "US" }, scope: { eq: COMPANY }, capacityMw: { gte: 1500 } }, orderBy: [{ field: KEY }]) {
        nodes { key capacity { mw } }
      }
    }`);
    expect(data.sector.nodes).toEqual([
      { key: "CAP-I-MINER-POWER-27GW", basis: "PLANNED", country: null, qualifier: "more than", company: null, capacity: { gw: 27 } },
      // "Not strictly US-only" (facts.md §5.2): its region spans borders, so no single country.
      { key: "CAP-I-MINER-POWER-14GW", basis: "CURRENT", country: null, qualifier: "more than", company: null, capacity: { gw: 14 } },
    ]);
    expect(data.us.nodes).toEqual([
      { key: "CAP-RIOT", capacity: { mw: 1700 } },
      { key: "CAP-WULF", capacity: { mw: 2800 } },
    ]);
  });
});

describe("revenue reports", () => {
  const FIELDS = `key period periodStart periodEnd fiscalLabel aiShareOfRevenuePct company { ticker }
    total { amount currency usd } mining { amount } aiHpc { amount } other { amount }
    segments { segment amount { amount currency } }`;

  it("serves Core Scientific's Q4 2025: $31.3M colocation of $79.8M, with the share computed", async () => {
    const data = await server.data(`{ revenueReports(where: { key: { eq: "R-CORZ-Q4-2025" } }) { nodes { ${FIELDS} } } }`);
    const r = data.revenueReports.nodes[0];
    expect(r).toMatchObject({ period: "QUARTER", periodStart: "2025-10-01", periodEnd: "2025-12-31", company: { ticker: "CORZ" } });
    expect(r.total).toEqual({ amount: 79_800_000, currency: "USD", usd: 79_800_000 });
    expect(r.aiHpc.amount).toBe(31_300_000);
    expect(r.segments).toEqual([
      { segment: "MINING", amount: { amount: 42_200_000, currency: "USD" } },
      { segment: "AI_HPC", amount: { amount: 31_300_000, currency: "USD" } },
      { segment: "OTHER", amount: { amount: 6_300_000, currency: "USD" } },
    ]);
    expect(r.aiShareOfRevenuePct).toBe(39.22);
  });

  it("keeps a reported zero as zero and an unknown as null", async () => {
    const data = await server.data(`{
      zero: revenueReports(where: { key: { eq: "R-CIFR-Q3-2025" } }) { nodes { ${FIELDS} } }
      unknown: revenueReports(where: { key: { eq: "R-WULF-FY2025" } }) { nodes { ${FIELDS} } }
    }`);
    const zero = data.zero.nodes[0];
    expect(zero.aiHpc).toEqual({ amount: 0 });
    expect(zero.other).toBeNull();
    expect(zero.aiShareOfRevenuePct).toBe(0);
    expect(zero.segments.map((s: { segment: string }) => s.segment)).toEqual(["MINING", "AI_HPC"]);
    const unknown = data.unknown.nodes[0];
    expect(unknown).toMatchObject({ period: "YEAR", fiscalLabel: "FY2025", mining: null, aiHpc: null, aiShareOfRevenuePct: null, segments: [] });
    expect(unknown.total.amount).toBe(168_500_000);
  });

  it("lists newest period first by default and filters by company, period and amounts", async () => {
    const data = await server.data(`{
      all: revenueReports(first: 100) { totalCount nodes { periodEnd } }
      top: revenueReports(where: { aiHpcRevenue: { gt: 0 }, period: { eq: QUARTER } }, orderBy: [{ field: AI_HPC_REVENUE, direction: DESC }]) {
        nodes { key aiHpc { amount } }
      }
      iren: revenueReports(where: { company: { ticker: { eq: "IREN" } }, totalRevenue: { gte: 200000000 } }) { nodes { key } }
      unknownTotal: revenueReports(where: { aiHpcRevenue: { isNull: true } }) { totalCount }
    }`);
    expect(data.all.totalCount).toBe(factBase.revenue.length);
    const ends = data.all.nodes.map((n: { periodEnd: string }) => n.periodEnd);
    expect(ends).toEqual([...ends].sort().reverse());
    expect(data.top.nodes[0]).toEqual({ key: "R-CORZ-Q4-2025", aiHpc: { amount: 31_300_000 } });
    expect(data.top.nodes.map((n: { key: string }) => n.key)).toEqual([
      "R-CORZ-Q4-2025",
      "R-IREN-Q2FY26",
      "R-CORZ-Q3-2025",
      "R-WULF-Q4-2025",
      "R-IREN-Q1FY26",
      "R-WULF-Q3-2025",
    ]);
    expect(data.iren.nodes).toEqual([{ key: "R-IREN-Q1FY26" }]);
    expect(data.unknownTotal.totalCount).toBe(factBase.revenue.filter((r: { aiHpcRevenue?: number | null }) => r.aiHpcRevenue == null).length);
  });
});

describe("stock moves", () => {
  it("serves the SoSoValue sector index move of +13.84% on 2025-11-24 with no company", async () => {
    const data = await server.data(`{
      stockMoves(where: { isIndex: { eq: true } }) {
        nodes { key symbol isIndex on window moveType changePct unresolved company { ticker } price { amount } verified note }
      }
    }`);
    expect(data.stockMoves.nodes).toHaveLength(1);
    expect(data.stockMoves.nodes[0]).toMatchObject({
      key: "M-1124-SECTOR",
      symbol: "SOSOVALUE-MINING",
      isIndex: true,
      on: "2025-11-24",
      window: "DAY",
      moveType: "day (sector index)",
      changePct: 13.84,
      unresolved: false,
      company: null,
      price: null,
    });
  });

  it("leaves IREN's conflicting 3 Nov close unresolved, with no change figure", async () => {
    const data = await server.data(`{
      stockMoves(where: { company: { ticker: { eq: "IREN" } }, on: { eq: "2025-11-03" }, window: { eq: CLOSE } }) {
        nodes { key moveType changePct unresolved note company { ticker } }
      }
    }`);
    expect(data.stockMoves.nodes).toEqual([
      expect.objectContaining({ key: "M-1103-IREN-DAY", moveType: "close (unresolved)", changePct: null, unresolved: true, company: { ticker: "IREN" } }),
    ]);
    expect(data.stockMoves.nodes[0].note).toMatch(/Conflicting/);
    // The same move through the SDK's listStockMoves, typed variables and result.
    const { stockMoves } = await server.sdk(ListStockMovesDocument, {
      where: { company: { ticker: { eq: "IREN" } }, on: { eq: "2025-11-03" }, window: { eq: "CLOSE" } },
    });
    expect(stockMoves.nodes.map((m) => [m.key, m.unresolved, m.changePct])).toEqual([["M-1103-IREN-DAY", true, null]]);
    expect(stockMoves.nodes[0]?.sources.length).toBeGreaterThan(0);
  });

  it("filters by unresolved, change, window and symbol, and keeps the source's caveats", async () => {
    const data = await server.data(`{
      unresolved: stockMoves(where: { unresolved: { eq: true } }) { totalCount nodes { changePct } }
      bigDrops: stockMoves(where: { changePct: { lt: -10 } }, orderBy: [{ field: CHANGE_PCT }]) { nodes { symbol changePct price { amount currency } } }
      ytd: stockMoves(where: { window: { eq: YTD }, symbol: { in: ["CIFR"] } }, orderBy: [{ field: ON }]) { nodes { key moveType changePct } }
    }`);
    const expected = factBase.stockMoves.filter((m: { moveType: string }) => /unresolved|range/i.test(m.moveType)).length;
    expect(data.unresolved.totalCount).toBe(expected);
    expect(data.bigDrops.nodes).toEqual([
      { symbol: "BITF", changePct: -18, price: { amount: 2.6, currency: "USD" } },
      { symbol: "META", changePct: -14, price: null },
      { symbol: "IREN", changePct: -11.46, price: null },
    ]);
    expect(data.ytd.nodes).toEqual([
      { key: "M-YTD-CIFR", moveType: "YTD", changePct: 360 },
      { key: "M-YTD-CIFR-1120", moveType: "YTD (approx.)", changePct: 250 },
    ]);
  });

  it("pages forwards and backwards through every move, newest first, without gaps", async () => {
    const Q = `query ($after: String, $before: String, $first: Int, $last: Int) {
      stockMoves(first: $first, after: $after, last: $last, before: $before) {
        totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } nodes { key on }
      }
    }`;
    const seen: Array<{ key: string; on: string }> = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: any = (await server.data(Q, { first: 5, after })).stockMoves;
      seen.push(...page.nodes);
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(factBase.stockMoves.length);
    expect(new Set(seen.map((n) => n.key)).size).toBe(seen.length);
    const days = seen.map((n) => n.on);
    expect(days).toEqual([...days].sort().reverse());
    const last: any = (await server.data(Q, { last: 3 })).stockMoves;
    expect(last.nodes).toEqual(seen.slice(-3));
    expect(last.pageInfo.hasPreviousPage).toBe(true);
    const prev: any = (await server.data(Q, { last: 2, before: last.pageInfo.startCursor })).stockMoves;
    expect(prev.nodes).toEqual(seen.slice(-5, -3));
  });
});

describe("market indicators", () => {
  it("serves the Puell Multiple 0.69 as unverified, dated to the month", async () => {
    const data = await server.data(`{
      indicators(where: { name: { eq: "Puell Multiple" } }) {
        nodes { key name provider value unit qualifier observedOn asOfNote verified note }
      }
    }`);
    expect(data.indicators.nodes).toEqual([
      expect.objectContaining({ key: "I-PUELL-0.69", value: 0.69, unit: "ratio", observedOn: "2026-02", verified: false, qualifier: null }),
    ]);
    expect(data.indicators.nodes[0].note).toMatch(/NOT verified/);
  });

  it("filters by verification, unit and observation day, and keeps ranges", async () => {
    const data = await server.data(`{
      unverified: indicators(where: { verified: { eq: false } }, orderBy: [{ field: KEY }]) { nodes { key } }
      btc: indicators(where: { unit: { eq: "BTC" } }, orderBy: [{ field: VALUE, direction: DESC }]) { nodes { key value valueLow valueHigh } }
      early: indicators(where: { observedOn: { lt: "2025-11-20" } }, orderBy: [{ field: OBSERVED_ON }]) { nodes { key observedOn } }
      pls: indicators(where: { name: { contains: "sustainability" } }) { nodes { value observedOn asOfNote } }
    }`);
    expect(data.unverified.nodes).toEqual([{ key: "I-MINER-BINANCE-JAN" }, { key: "I-PUELL-0.69" }]);
    expect(data.btc.nodes).toEqual([
      { key: "I-MINER-BINANCE-JAN", value: 175000, valueLow: null, valueHigh: null },
      { key: "I-BINANCE-INFLOW-0203", value: 57500, valueLow: 56000, valueHigh: 59000 },
    ]);
    expect(data.early.nodes).toEqual([
      { key: "I-MINER-POWER-14GW", observedOn: "2025-10-10" },
      { key: "I-HYPERSCALER-DEBT-BOFA", observedOn: "2025-11-17" },
    ]);
    expect(data.pls.nodes).toEqual([
      { value: -30, observedOn: "2026-02-06", asOfNote: null },
      { value: 21, observedOn: "2026-01-29", asOfNote: expect.stringMatching(/approximate/) },
    ]);
  });

  it("hides indicators not yet public as of a date", async () => {
    const data = await server.data(`{ indicators(asOf: "2025-11-30") { totalCount } all: indicators { totalCount } }`);
    expect(data.all.totalCount).toBe(factBase.indicators.length);
    expect(data.indicators.totalCount).toBeLessThan(data.all.totalCount);
    expect(data.indicators.totalCount).toBeGreaterThan(0);
  });
});

describe("company relations and node lookup", () => {
  it("lists a company's reports and moves newest first, honouring the root asOf", async () => {
    const Q = `query ($asOf: Date) {
      company(ticker: "IREN", asOf: $asOf) {
        capacityReports { capacity { mw } }
        revenueReports(first: 1) { fiscalLabel }
        stockMoves(first: 2) { key on }
      }
    }`;
    const now = (await server.data(Q)).company;
    expect(now.capacityReports).toEqual([{ capacity: { mw: 4500 } }]);
    expect(now.revenueReports).toEqual([{ fiscalLabel: "Q2 FY26" }]);
    expect(now.stockMoves).toEqual([
      { key: "M-0206-IREN", on: "2026-02-05" },
      { key: "M-1124-IREN", on: "2025-11-24" },
    ]);
    const then = (await server.data(Q, { asOf: "2025-12-01" })).company;
    expect(then.capacityReports).toEqual([{ capacity: { mw: 2910 } }]);
    expect(then.revenueReports).toEqual([{ fiscalLabel: "Q1 FY26" }]);
    expect(then.stockMoves[0]).toEqual({ key: "M-1124-IREN", on: "2025-11-24" });
  });

  it("loads each relation with one statement, however many companies are listed", async () => {
    const Q = (filter: string) => `{
      companies(${filter}) { nodes {
        capacityReports { key supersedes { key } supersededBy { key } }
        revenueReports { key company { ticker } }
        stockMoves { key }
      } }
    }`;
    const one = await server.query(Q(`where: { ticker: { eq: "IREN" } }`));
    const many = await server.query(Q("first: 20"));
    expect(one.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    // companies, capacityReports, supersedes, supersededBy, revenueReports, their company, stockMoves.
    expect(one.sqlStatements).toBe(7);
    expect(many.sqlStatements).toBe(7);
  });

  it("fetches every market type through node(id:)", async () => {
    const data = await server.data(`{
      capacityReports(first: 1) { nodes { id } } revenueReports(first: 1) { nodes { id } }
      stockMoves(first: 1) { nodes { id } } indicators(first: 1) { nodes { id } }
    }`);
    const ids = [data.capacityReports, data.revenueReports, data.stockMoves, data.indicators].map((c) => c.nodes[0].id);
    const found = await server.data(`query ($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(found.nodes.map((n: { __typename: string }) => n.__typename)).toEqual(["CapacityReport", "RevenueReport", "StockMove", "MarketIndicator"]);
    expect(found.nodes.map((n: { id: string }) => n.id)).toEqual(ids);
  });
});
