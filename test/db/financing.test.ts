import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ListCreditBackstopsDocument } from "@gigawatt/sdk";
import { startTestServer, type TestServer } from "../helpers/server";

const factBase = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seeds/facts.json"), "utf8"));
const keysOf = (nodes: Array<{ key: string }>) => nodes.map((n) => n.key);

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("creditBackstops", () => {
  const WULF = `{ guarantor: { ticker: { eq: "GOOGL" } }, beneficiary: { ticker: { eq: "WULF" } } }`;

  it("serves Google's TeraWulf backstops as separate increments on one relationship", async () => {
    const data = await server.data(`{
      creditBackstops(where: ${WULF}, orderBy: [{ field: ANNOUNCED_ON, direction: ASC }]) {
        totalCount
        nodes {
          key announcedOn isReportedTotal warrantShares equityStakePct equityStakeNote
          amount { amount currency usd }
          guarantor { ticker } beneficiary { ticker } obligor { name }
          deal { key provider { ticker } }
          incrementOf { key amount { amount } }
        }
      }
    }`);
    const [lm1, cb5, abernathy] = data.creditBackstops.nodes;
    expect(data.creditBackstops.totalCount).toBe(3);
    expect(lm1).toMatchObject({
      key: "B-WULF-LM1",
      announcedOn: "2025-08-14",
      isReportedTotal: false,
      warrantShares: 41_000_000,
      equityStakePct: 8,
      amount: { amount: 1_800_000_000, currency: "USD", usd: 1_800_000_000 },
      guarantor: { ticker: "GOOGL" },
      beneficiary: { ticker: "WULF" },
      deal: { key: "D-WULF-FLUID-LM1", provider: { ticker: "WULF" } },
      incrementOf: null,
    });
    expect(lm1.obligor.name).toMatch(/Fluidstack/);
    expect(cb5).toMatchObject({
      key: "B-WULF-CB5",
      announcedOn: "2025-08-18",
      amount: { amount: 1_400_000_000 },
      warrantShares: 32_500_000,
      equityStakePct: 14,
      incrementOf: { key: "B-WULF-LM1", amount: { amount: 1_800_000_000 } },
    });
    expect(cb5.equityStakeNote).toMatch(/3\.2B/);
    expect(abernathy).toMatchObject({ key: "B-WULF-ABERNATHY", amount: { amount: 1_300_000_000 }, warrantShares: null });
  });

  it("the SDK's listCreditBackstops finds the same three, typed, as a partner would", async () => {
    const { creditBackstops } = await server.sdk(ListCreditBackstopsDocument, {
      where: { guarantor: { ticker: { eq: "GOOGL" } }, beneficiary: { ticker: { eq: "WULF" } } },
      orderBy: [{ field: "ANNOUNCED_ON", direction: "ASC" }],
    });
    expect(creditBackstops.totalCount).toBe(3);
    expect(creditBackstops.nodes.map((n) => n.key)).toEqual(["B-WULF-LM1", "B-WULF-CB5", "B-WULF-ABERNATHY"]);
    expect(creditBackstops.nodes[0]?.amount).toEqual({ amount: 1_800_000_000, currency: "USD", usd: 1_800_000_000 });
    expect(creditBackstops.nodes[1]?.incrementOf?.key).toBe("B-WULF-LM1");
    expect(creditBackstops.nodes.every((n) => n.sources.length > 0)).toBe(true);
  });

  it("lists only what was public by asOf: on 2025-08-15 just the first $1.8B", async () => {
    const data = await server.data(`{
      creditBackstops(where: ${WULF}, asOf: "2025-08-15") { totalCount nodes { key amount { amount } } }
      company(ticker: "WULF", asOf: "2025-08-15") { backstopsReceived { key } }
    }`);
    expect(data.creditBackstops.totalCount).toBe(1);
    expect(data.creditBackstops.nodes).toEqual([{ key: "B-WULF-LM1", amount: { amount: 1_800_000_000 } }]);
    expect(keysOf(data.company.backstopsReceived)).toEqual(["B-WULF-LM1"]);
  });

  it("marks Google's 'at least $5B' as a reported total that is not to be summed", async () => {
    const data = await server.data(`{
      total: creditBackstops(where: { isReportedTotal: { eq: true } }) {
        nodes { key beneficiary { ticker } beneficiaryText amountType amount { amount } deal { key } }
      }
      summable: creditBackstops(where: { isReportedTotal: { eq: false } }) { totalCount }
      cipher: creditBackstops(where: { key: { eq: "B-CIFR-2" } }) {
        nodes { cumulativeAmountForBeneficiary { amount } incrementOf { key } }
      }
      hut: creditBackstops(where: { beneficiary: { ticker: { eq: "HUT" } } }) { nodes { key amount { amount } coverage } }
    }`);
    expect(data.total.nodes).toEqual([
      {
        key: "B-AGGREGATE",
        beneficiary: null,
        beneficiaryText: "WULF+CIFR+HUT",
        amountType: "floor ('at least $5 billion of disclosed credit support')",
        amount: { amount: 5_000_000_000 },
        deal: null,
      },
    ]);
    expect(data.summable.totalCount).toBe(factBase.creditBackstops.length - 1);
    expect(data.cipher.nodes[0]).toEqual({ cumulativeAmountForBeneficiary: { amount: 1_730_000_000 }, incrementOf: { key: "B-CIFR-1" } });
    expect(data.hut.nodes[0].amount).toBeNull();
    expect(data.hut.nodes[0].coverage).toMatch(/15-year base term/);
  });

  it("filters by deal ID, amount and announcement day, and orders by amount", async () => {
    const { deals } = await server.data(`{ deals(where: { key: { eq: "D-CIFR-FLUID-1" } }) { nodes { id } } }`);
    const data = await server.data(
      `query($deal: ID!) {
        byDeal: creditBackstops(where: { deal: { eq: $deal } }) { nodes { key } }
        big: creditBackstops(where: { amount: { gte: 1400000000 }, announcedOn: { lt: "2025-12-01" } },
                             orderBy: [{ field: AMOUNT, direction: DESC }, { field: KEY }]) { nodes { key } }
        notGoogle: creditBackstops(where: { not: { guarantor: { ticker: { eq: "GOOGL" } } } }) { totalCount }
      }`,
      { deal: deals.nodes[0].id },
    );
    expect(keysOf(data.byDeal.nodes)).toEqual(["B-CIFR-1"]);
    expect(keysOf(data.big.nodes)).toEqual(["B-WULF-LM1", "B-CIFR-1", "B-WULF-CB5"]);
    expect(data.notGoogle.totalCount).toBe(0);
  });

  it("pages forwards and backwards with cursors, newest first by default", async () => {
    const q = `query($first: Int, $after: String, $last: Int, $before: String) {
      creditBackstops(first: $first, after: $after, last: $last, before: $before) {
        nodes { key announcedOn } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
      }
    }`;
    const p1 = (await server.data(q, { first: 3 })).creditBackstops;
    const p2 = (await server.data(q, { first: 3, after: p1.pageInfo.endCursor })).creditBackstops;
    const p3 = (await server.data(q, { first: 3, after: p2.pageInfo.endCursor })).creditBackstops;
    const all = [...p1.nodes, ...p2.nodes, ...p3.nodes];
    expect(keysOf(all)).toEqual([
      "B-AGGREGATE",
      "B-HUT-RIVERBEND",
      "B-CIFR-2",
      "B-WULF-ABERNATHY",
      "B-CIFR-1",
      "B-WULF-CB5",
      "B-WULF-LM1",
    ]);
    expect([p1.pageInfo.hasNextPage, p2.pageInfo.hasNextPage, p3.pageInfo.hasNextPage]).toEqual([true, true, false]);
    expect(p2.pageInfo.hasPreviousPage).toBe(true);
    const back = (await server.data(q, { last: 3, before: p3.pageInfo.startCursor })).creditBackstops;
    expect(keysOf(back.nodes)).toEqual(keysOf(p2.nodes));
    expect(back.pageInfo.hasPreviousPage).toBe(true);
  });

  it("fetches a backstop by global ID through node()", async () => {
    const { creditBackstops } = await server.data(`{ creditBackstops(where: { key: { eq: "B-CIFR-1" } }) { nodes { id } } }`);
    const data = await server.data(`query($id: ID!) { node(id: $id) { __typename ... on CreditBackstop { key equityStakePct } } }`, {
      id: creditBackstops.nodes[0].id,
    });
    expect(data.node).toEqual({ __typename: "CreditBackstop", key: "B-CIFR-1", equityStakePct: 5.4 });
  });
});

describe("bondRaises", () => {
  it("serves Meta's $30B bond with $125B of peak orders: cover ratio 125/30", async () => {
    const data = await server.data(`{
      bondRaises(where: { key: { eq: "BOND-META-2025-10" } }) {
        nodes {
          key market tranches maturities pricedOn settledOn coverRatio
          amount { amount currency usd } orderBookDemand { amount currency usd } initialTarget { amount }
          issuer { ticker }
        }
      }
      private: bondRaises(where: { key: { eq: "BOND-META-PRIVATE-2025-10" } }) { nodes { pricedOn coverRatio orderBookDemand { amount } } }
    }`);
    const b = data.bondRaises.nodes[0];
    expect(b).toMatchObject({
      key: "BOND-META-2025-10",
      tranches: 6,
      maturities: "5 to 40 years",
      pricedOn: "2025-10-30",
      settledOn: null,
      amount: { amount: 30_000_000_000, currency: "USD", usd: 30_000_000_000 },
      orderBookDemand: { amount: 125_000_000_000, currency: "USD", usd: 125_000_000_000 },
      initialTarget: null,
      issuer: { ticker: "META" },
    });
    expect(b.coverRatio).toBeCloseTo(125 / 30, 12);
    expect(data.private.nodes[0]).toEqual({ pricedOn: "2025-10", coverRatio: null, orderBookDemand: null });
  });

  it("keeps Alphabet's EUR 6.5B tranche in euros; usd only through the published rate on file", async () => {
    const data = await server.data(`{
      bondRaises(where: { currency: { eq: "EUR" } }) {
        nodes { key tranches pricedOn settledOn coverRatio amount { amount currency usd fx { base quote rate rateOn } } issuer { ticker } }
      }
    }`);
    expect(data.bondRaises.nodes).toHaveLength(1);
    const b = data.bondRaises.nodes[0];
    expect(b).toMatchObject({ key: "BOND-GOOGL-EUR-2025-11", tranches: 6, pricedOn: "2025-11-03", settledOn: "2025-11-06", coverRatio: null });
    expect(b.issuer.ticker).toBe("GOOGL");
    expect(b.amount.amount).toBe(6_500_000_000);
    expect(b.amount.currency).toBe("EUR");
    if (b.amount.fx == null) {
      expect(b.amount.usd).toBeNull();
    } else {
      expect(b.amount.fx).toMatchObject({ base: "EUR", quote: "USD", rateOn: "2025-11-03" });
      expect(b.amount.usd).toBeCloseTo(6_500_000_000 * b.amount.fx.rate, 2);
    }
  });

  it("orders by order-book demand and by pricing day (newest first by default), filtered by issuer", async () => {
    const data = await server.data(`{
      byDemand: bondRaises(first: 5, orderBy: [{ field: ORDER_BOOK_DEMAND, direction: ASC }]) { nodes { key } }
      newest: bondRaises(first: 2) { nodes { key } }
      google: bondRaises(where: { issuer: { ticker: { eq: "GOOGL" } } }) { totalCount }
      before: bondRaises(where: { pricedOn: { lt: "2025-10-01" } }) { nodes { key coverRatio } }
    }`);
    // Ascending: unknown demand sorts last, so the five books with a reported demand come first.
    expect(keysOf(data.byDemand.nodes)).toEqual([
      "BOND-AMZN-2025-11",
      "BOND-ORCL-2025-09",
      "BOND-GOOGL-USD-2025-11",
      "BOND-GOOGL-USD-2026-02",
      "BOND-META-2025-10",
    ]);
    expect(keysOf(data.newest.nodes)).toEqual(["BOND-GOOGL-USD-2026-02", "BOND-AMZN-2025-11"]);
    expect(data.google.totalCount).toBe(3);
    expect(data.before.nodes).toHaveLength(1);
    expect(data.before.nodes[0].key).toBe("BOND-ORCL-2025-09");
    expect(data.before.nodes[0].coverRatio).toBeCloseTo(88 / 18, 12);
  });
});

describe("investmentPlans", () => {
  it("serves Amazon's up-to-$50B plan for 1.3 GW", async () => {
    const data = await server.data(`{
      investmentPlans(where: { key: { eq: "P-AWS-GOV" } }) {
        nodes {
          key amountType constructionStart announcedOn capacityNote plannerText
          amount { amount currency usd } capacity { mw gw }
          company { ticker } companies { ticker }
        }
      }
    }`);
    expect(data.investmentPlans.nodes[0]).toEqual({
      key: "P-AWS-GOV",
      amountType: "up to",
      constructionStart: "2026",
      announcedOn: "2025-11-24",
      capacityNote: "'nearly 1.3 gigawatts'",
      plannerText: null,
      amount: { amount: 50_000_000_000, currency: "USD", usd: 50_000_000_000 },
      capacity: { mw: 1300, gw: 1.3 },
      company: { ticker: "AMZN" },
      companies: [{ ticker: "AMZN" }],
    });
  });

  it("names every company of a joint tally in order, and filters on any of them", async () => {
    const data = await server.data(`{
      tally: investmentPlans(where: { key: { eq: "P-BIGTECH-2025" } }) { nodes { company { ticker } companies { ticker } plannerText } }
      oracle: investmentPlans(where: { company: { ticker: { eq: "ORCL" } } }) { nodes { key } }
      amazon: investmentPlans(where: { company: { ticker: { eq: "AMZN" } } }, orderBy: [{ field: KEY }]) { nodes { key } }
      estimate: investmentPlans(where: { key: { eq: "P-DB-2030" } }) { nodes { company { ticker } companies { ticker } plannerText } }
      big: investmentPlans(where: { capacityMw: { gte: 1000 } }, orderBy: [{ field: CAPACITY_MW, direction: DESC }]) { nodes { key } }
    }`);
    expect(data.tally.nodes[0]).toEqual({
      company: null,
      companies: ["AMZN", "MSFT", "GOOGL", "ORCL", "META"].map((ticker) => ({ ticker })),
      plannerText: "AMZN,MSFT,GOOGL,ORCL,META",
    });
    expect(keysOf(data.oracle.nodes)).toEqual(["P-BIGTECH-2025"]);
    expect(keysOf(data.amazon.nodes)).toEqual(["P-AMZN-INDIANA", "P-AWS-GOV", "P-BIGTECH-2025", "P-BIGTECH-2026", "P-CAPEX-2025-GUIDE"]);
    expect(data.estimate.nodes[0]).toEqual({ company: null, companies: [], plannerText: "Deutsche Bank (estimate)" });
    expect(keysOf(data.big.nodes)).toEqual(["P-AMZN-INDIANA", "P-AWS-GOV"]);
  });
});

describe("relations", () => {
  it("loads every relation in one statement per relation, however many parents", async () => {
    const r = await server.query(`{
      companies(first: 50) {
        nodes {
          ticker
          backstopsGiven(first: 10) { key guarantor { ticker } }
          backstopsReceived { key }
          bondRaises { key }
          investmentPlans { key }
        }
      }
      deals(first: 50) { nodes { key backstops { key incrementOf { key } deal { key } } } }
    }`);
    expect(r.body.errors).toBeUndefined();
    const byTicker = new Map(r.body.data.companies.nodes.map((c: any) => [c.ticker, c]));
    const google: any = byTicker.get("GOOGL");
    expect(google.backstopsGiven).toHaveLength(factBase.creditBackstops.length);
    expect(google.backstopsGiven[0].key).toBe("B-AGGREGATE");
    // Newest pricing first; the two tranches priced the same day keep fact-base order.
    expect(keysOf(google.bondRaises)).toEqual(["BOND-GOOGL-USD-2026-02", "BOND-GOOGL-EUR-2025-11", "BOND-GOOGL-USD-2025-11"]);
    expect(keysOf((byTicker.get("WULF") as any).backstopsReceived)).toEqual(["B-WULF-ABERNATHY", "B-WULF-CB5", "B-WULF-LM1"]);
    expect(keysOf((byTicker.get("AMZN") as any).investmentPlans).sort()).toEqual(["P-AMZN-INDIANA", "P-AWS-GOV"]);
    const deal = r.body.data.deals.nodes.find((d: any) => d.key === "D-WULF-FLUID-CB5");
    expect(deal.backstops).toEqual([{ key: "B-WULF-CB5", incrementOf: { key: "B-WULF-LM1" }, deal: { key: "D-WULF-FLUID-CB5" } }]);
    // companies, deals, 4 company relations, companyById, backstopsByDeal, backstopById, dealById: 10.
    expect(r.sqlStatements).toBeLessThanOrEqual(10);
  });

  it("rejects a relation `first` out of range", async () => {
    const r = await server.query(`{ company(ticker: "GOOGL") { backstopsGiven(first: 0) { key } } }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
