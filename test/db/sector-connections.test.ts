import { eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bondRaises, creditBackstops, deals, facts, factSources } from "../../src/db/tables";
import { startTestServer, type TestServer } from "../helpers/server";
import { flattenConnections, pageAll } from "../helpers/aggregates";

/**
 * `aggregate(groupBy:)` on the deals, backstops, bond raises, revenue and stock-move connections
 * (seed data, hand-computed), and the rules the seed cannot exercise, on facts added here: a
 * currency with no published rate (NO_FX_RATE), a revised backstop (SUPERSEDED, counted at its old
 * amount before the revision is public) and a deal sited abroad (OUTSIDE_COUNTRY).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
  await addFacts();
});
afterAll(async () => {
  await server?.close();
});

async function addFacts() {
  const db = server.db.database.db;
  const ids = Object.fromEntries(
    (await db.select({ id: facts.id, key: facts.key }).from(facts).where(inArray(facts.key, ["GOOGL", "WULF", "IREN", "IREN-BC", "B-CIFR-2"]))).map((r) => [
      r.key,
      Number(r.id),
    ]),
  );
  const [b2] = await db.select().from(creditBackstops).where(eq(creditBackstops.id, ids["B-CIFR-2"]));
  const fact = async (type: "BOND_RAISE" | "CREDIT_BACKSTOP" | "DEAL", key: string, supersedesId: number | null = null) => {
    const [row] = await db.insert(facts).values({ type, key, supersedesId, note: "Test fact, not from the fact base." }).returning({ id: facts.id });
    const [source] = await db.select({ id: factSources.sourceId }).from(factSources).where(eq(factSources.factId, ids["B-CIFR-2"]));
    await db.insert(factSources).values({ factId: Number(row.id), sourceId: source.id });
    return Number(row.id);
  };
  await db.insert(bondRaises).values({
    id: await fact("BOND_RAISE", "T-BOND-JPY"),
    issuerId: ids.GOOGL,
    currency: "JPY",
    amount: 100_000_000_000,
    market: "JPY public",
    pricedOn: "2026-03-10",
    publicOn: "2026-03-10",
  });
  const { id: _id, ...rest } = b2;
  await db.insert(creditBackstops).values({ ...rest, id: await fact("CREDIT_BACKSTOP", "T-B-CIFR-2-REV", ids["B-CIFR-2"]), amount: 400_000_000, publicOn: "2026-03-01" });
  await db.insert(deals).values({
    id: await fact("DEAL", "T-D-WULF-GBP"),
    providerId: ids.WULF,
    kind: "COLOCATION_LEASE",
    currency: "GBP",
    totalValue: 1_000_000_000,
    termMonths: 120,
    itLoadMw: 50,
    publicOn: "2026-04-01",
  });
  await db.insert(deals).values({
    id: await fact("DEAL", "T-D-IREN-BC"),
    providerId: ids.IREN,
    siteId: ids["IREN-BC"],
    kind: "CLOUD_SERVICES",
    totalValue: 100_000_000,
    termMonths: 60,
    publicOn: "2026-04-01",
  });
}

const reasons = (excluded: Array<{ reason: string; fact: { key: string } }>) => Object.fromEntries(excluded.map((x) => [x.fact.key, x.reason]));
const reAdd = (inputs: Array<{ value: number }>) => Math.round(inputs.reduce((sum, i) => sum + i.value, 0) * 100) / 100;

describe("rules the seed cannot show", () => {
  const q = `query($asOf: Date) { sector(asOf: $asOf) {
    creditBackstops { total { value inputs { value fact { key } } excluded { reason detail fact { key } } } }
    bondIssuance { total { value inputs { value } excluded { reason detail fact { key } } } }
    contractedAiValue { total { value inputs { value } excluded { reason detail fact { key } } } annualized { value excluded { reason fact { key } } } }
    aiContractedItLoad { itLoad { value } } } }`;
  const sector = async (asOf: string | null) => flattenConnections((await server.data(pageAll(q), { asOf })).sector);

  it("a revised backstop counts its old amount until the revision is public, then only the revision", async () => {
    const before = (await sector("2026-02-01")).creditBackstops.total;
    expect(before.value).toBe(1.8e9 + 1.4e9 + 1.4e9 + 1.3e9 + 0.333e9);
    const after = (await sector(null)).creditBackstops.total;
    expect(after.value).toBe(1.8e9 + 1.4e9 + 1.4e9 + 1.3e9 + 0.4e9);
    expect(reasons(after.excluded)).toMatchObject({ "B-CIFR-2": "SUPERSEDED" });
    expect(reAdd(after.inputs)).toBe(after.value);
  });

  it("a currency with no published rate is excluded with NO_FX_RATE, never converted", async () => {
    const s = await sector(null);
    expect(s.bondIssuance.total.value).toBe(134_984_100_000);
    expect(reasons(s.bondIssuance.total.excluded)).toEqual({ "T-BOND-JPY": "NO_FX_RATE" });
    expect(s.bondIssuance.total.excluded[0].detail).toMatch(/JPY with no published rate/);
    expect(reasons(s.contractedAiValue.total.excluded)).toMatchObject({ "T-D-WULF-GBP": "NO_FX_RATE", "T-D-IREN-BC": "OUTSIDE_COUNTRY" });
    expect(reasons(s.contractedAiValue.annualized.excluded)).toMatchObject({ "T-D-WULF-GBP": "NO_FX_RATE" });
    expect(s.contractedAiValue.total.value).toBe(49_341_000_000);
    expect(s.contractedAiValue.total.excluded.find((x: any) => x.fact.key === "T-D-IREN-BC").detail).toMatch(/British Columbia.*\(CA\)/);
    // Power needs no rate: the GBP deal's 50 MW counts.
    expect(s.aiContractedItLoad.itLoad.value).toBe(1_777.5 + 50);
  });
});

describe("connection aggregates", () => {
  it("deals: $49.341B over all deals; by provider and quarter (Cipher Q4 2025: 5.5 + 0.83)", async () => {
    const { deals: d } = await server.data(`{ deals(asOf: "2026-03-01") { totalCount aggregate(groupBy: [PROVIDER, QUARTER]) {
      count method excluded { reason count } sum { totalValueUsd itLoadMw } avg { termMonths } min { totalValueUsd } max { totalValueUsd }
      groups { keys { by value company { ticker } } count sum { totalValueUsd } } } } }`);
    expect(d.aggregate.count).toBe(d.totalCount);
    expect(d.aggregate.sum.totalValueUsd).toBe(49_341_000_000);
    expect(d.aggregate.sum.itLoadMw).toBe(1_777.5);
    expect(d.aggregate.min.totalValueUsd).toBe(311_000_000);
    expect(d.aggregate.max.totalValueUsd).toBe(9_700_000_000);
    // Terms of the ten deals with one: CORZ 144, five of 120, Abernathy 300, IREN 60, two of 180.
    expect(d.aggregate.avg.termMonths).toBeCloseTo((144 + 120 * 5 + 300 + 60 + 180 * 2) / 10, 9);
    const cifrQ4 = d.aggregate.groups.find((g: any) => g.keys[0].value === "cifr" && g.keys[1].value === "2025-Q4");
    expect(cifrQ4).toEqual({ keys: [{ by: "PROVIDER", value: "cifr", company: { ticker: "CIFR" } }, { by: "QUARTER", value: "2025-Q4", company: null }], count: 2, sum: { totalValueUsd: 5.5e9 + 0.83e9 } });
    expect(reAdd(d.aggregate.groups.map((g: any) => ({ value: g.sum.totalValueUsd ?? 0 })))).toBe(d.aggregate.sum.totalValueUsd);
  });

  it("deals today: the GBP deal is counted but left out of the USD sum (NO_FX_RATE)", async () => {
    const { deals: d } = await server.data(`{ deals { aggregate { count excluded { reason count } sum { totalValueUsd } } } }`);
    expect(d.aggregate).toEqual({ count: 14, excluded: [{ reason: "NO_FX_RATE", count: 1 }], sum: { totalValueUsd: 49_341_000_000 + 100_000_000 } });
  });

  it("credit backstops honour asOf and leave reported totals out of the sum", async () => {
    const data = await server.data(`{
      a: creditBackstops(asOf: "2025-08-16") { aggregate { count sum { amountUsd } } }
      b: creditBackstops(asOf: "2025-08-20") { aggregate(groupBy: [BENEFICIARY]) { sum { amountUsd } groups { keys { value } sum { amountUsd } } } }
      c: creditBackstops(asOf: "2026-01-01") { aggregate(groupBy: [GUARANTOR]) { count excluded { reason count } sum { amountUsd } groups { keys { company { ticker } } count } } } }`);
    expect(data.a.aggregate).toEqual({ count: 1, sum: { amountUsd: 1.8e9 } });
    expect(data.b.aggregate).toEqual({ sum: { amountUsd: 1.8e9 + 1.4e9 }, groups: [{ keys: [{ value: "wulf" }], sum: { amountUsd: 3.2e9 } }] });
    expect(data.c.aggregate).toEqual({
      count: 7,
      excluded: [{ reason: "REPORTED_TOTAL", count: 1 }],
      sum: { amountUsd: 6_233_000_000 },
      groups: [{ keys: [{ company: { ticker: "GOOGL" } }], count: 7 }],
    });
  });

  it("bond raises by issuer and currency: the EUR tranche at its rate; the JPY one without a rate is left out", async () => {
    const data = await server.data(`{
      seed: bondRaises(asOf: "2026-03-01") { aggregate(groupBy: [CURRENCY]) { sum { amountUsd orderBookDemandUsd } groups { keys { value } count sum { amountUsd } } } }
      now: bondRaises(where: { issuer: { ticker: { eq: "GOOGL" } } }) { aggregate(groupBy: [YEAR]) { count excluded { reason count } sum { amountUsd } groups { keys { value } sum { amountUsd } } } } }`);
    expect(data.seed.aggregate.sum).toEqual({ amountUsd: 134_984_100_000, orderBookDemandUsd: 483e9 });
    expect(data.seed.aggregate.groups).toEqual([
      { keys: [{ value: "EUR" }], count: 1, sum: { amountUsd: 6.5e9 * 1.1514 } },
      { keys: [{ value: "USD" }], count: 6, sum: { amountUsd: 18e9 + 30e9 + 27e9 + 17.5e9 + 15e9 + 20e9 } },
    ]);
    expect(data.now.aggregate).toEqual({
      count: 4,
      excluded: [{ reason: "NO_FX_RATE", count: 1 }],
      sum: { amountUsd: 17.5e9 + 7_484_100_000 + 20e9 },
      groups: [
        { keys: [{ value: "2025" }], sum: { amountUsd: 17.5e9 + 7_484_100_000 } },
        { keys: [{ value: "2026" }], sum: { amountUsd: 20e9 } },
      ],
    });
  });

  it("revenue reports by company and period: IREN's two quarters of mining, 232.9 + 167.4", async () => {
    const { revenueReports: r } = await server.data(`{ revenueReports(where: { company: { ticker: { eq: "IREN" } } }) {
      aggregate(groupBy: [COMPANY, PERIOD]) { count sum { miningRevenueUsd aiHpcRevenueUsd } groups { keys { value } count sum { miningRevenueUsd } } } } }`);
    expect(r.aggregate.sum).toEqual({ miningRevenueUsd: 232.9e6 + 167.4e6, aiHpcRevenueUsd: 7.3e6 + 17.3e6 });
    expect(r.aggregate.groups).toEqual([{ keys: [{ value: "iren" }, { value: "QUARTER" }], count: 2, sum: { miningRevenueUsd: 400.3e6 } }]);
  });

  it("stock moves by window on 3 Nov 2025: YTD mean 300; unresolved moves counted apart", async () => {
    const { stockMoves: m } = await server.data(`{ stockMoves(where: { on: { eq: "2025-11-03" } }) {
      aggregate(groupBy: [WINDOW]) { count excluded { reason count } groups { keys { value } count avg { changePct } min { changePct } max { changePct } } } } }`);
    expect(m.aggregate.count).toBe(7);
    expect(m.aggregate.excluded).toEqual([{ reason: "UNRESOLVED", count: 2 }]);
    expect(m.aggregate.groups.find((g: any) => g.keys[0].value === "YTD")).toEqual({
      keys: [{ value: "YTD" }],
      count: 4,
      avg: { changePct: (580 + 360 + 160 + 100) / 4 },
      min: { changePct: 100 },
      max: { changePct: 580 },
    });
  });

  it("rejects the same dimension twice", async () => {
    const r = await server.query(`{ deals { aggregate(groupBy: [PROVIDER, PROVIDER]) { count } } }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
