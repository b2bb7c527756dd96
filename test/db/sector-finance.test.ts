import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { AGG, expectSelfConsistent, flattenConnections, pageAll, keys, reAdd, reasons, type Input } from "../helpers/aggregates";

/**
 * Sector backstops, bonds, investment plans, stock moves and sectorChanges, against figures
 * computed by hand from seeds/facts.json. Dates that matter: 14 and 18 Aug 2025 (Google's
 * TeraWulf backstop $1.8B, then +$1.4B), 3 Nov 2025 (Alphabet's USD and EUR bonds), 20 Nov 2025
 * (Cipher's +$333M), 24 Nov 2025 (Amazon's plans), 19 Dec 2025 (Google's "at least $5B").
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const sector = async (asOf: string | null, body: string) =>
  flattenConnections((await server.data(pageAll(`query($asOf: Date) { sector(asOf: $asOf) { ${body} } } ${body.includes("...Agg") ? AGG : ""}`), { asOf })).sector);

describe("sector.creditBackstops", () => {
  const body = `creditBackstops { total { ...Agg } byGuarantor { guarantor { ticker } amount count reported { value } }
    byBeneficiary { company { ticker } value count } reported { label value qualifier fact { key } } }`;

  it("between the two TeraWulf announcements (16 Aug 2025) Google's backstop counts $1.8B", async () => {
    const { creditBackstops: b } = await sector("2025-08-16", body);
    expect(b.total.value).toBe(1_800_000_000);
    expect(keys(b.total.inputs)).toEqual(["B-WULF-LM1"]);
    expect(b.total.notYetPublicCount).toBe(6);
    expectSelfConsistent(b.total);
  });

  it("after the increase (20 Aug 2025) it counts $1.8B + $1.4B = $3.2B for TeraWulf", async () => {
    const { creditBackstops: b } = await sector("2025-08-20", body);
    expect(b.total.value).toBe(1_800_000_000 + 1_400_000_000);
    expect(b.byBeneficiary).toEqual([{ company: { ticker: "WULF" }, value: 3_200_000_000, count: 2 }]);
    expectSelfConsistent(b.total);
  });

  it("on 21 Nov 2025: 1.8 + 1.4 + 1.4 + 1.3 + 0.333 = $6.233B, no reported total yet", async () => {
    const { creditBackstops: b } = await sector("2025-11-21", body);
    expect(b.total.value).toBe(1.8e9 + 1.4e9 + 1.4e9 + 1.3e9 + 0.333e9);
    expect(b.reported).toEqual([]);
    expect(b.byBeneficiary.map((x: any) => [x.company.ticker, x.value])).toEqual([
      ["WULF", 1.8e9 + 1.4e9 + 1.3e9],
      ["CIFR", 1.4e9 + 0.333e9],
    ]);
    expectSelfConsistent(b.total);
  });

  it("today: $6.233B computed beside Google's reported 'at least $5B'; Hut 8's undisclosed amount excluded", async () => {
    const { creditBackstops: b } = await sector(null, body);
    expect(b.total.value).toBe(6_233_000_000);
    expect(reasons(b.total.excluded)).toEqual({ "B-HUT-RIVERBEND": "NO_VALUE", "B-AGGREGATE": "REPORTED_TOTAL" });
    expect(b.reported).toHaveLength(1);
    expect(b.reported[0]).toMatchObject({ value: 5_000_000_000, fact: { key: "B-AGGREGATE" } });
    expect(b.reported[0].qualifier).toMatch(/at least \$5 billion/);
    expect(b.byGuarantor).toEqual([{ guarantor: { ticker: "GOOGL" }, amount: 6_233_000_000, count: 5, reported: [{ value: 5_000_000_000 }] }]);
    expectSelfConsistent(b.total);
  });
});

describe("sector.bondIssuance", () => {
  const body = `bondIssuance { total { ...Agg inputs { money { amount currency usd fx { rate rateOn source { key } } } } }
    orderBookDemand { ...Agg } coverRatio { value numerator denominator }
    byIssuer { issuer { ticker } amount count orderBookDemand coverRatio { value } } }`;

  it("on 2 Nov 2025: Oracle $18B + Meta $30B + Meta's $27B private = $75B; cover 213 / 48", async () => {
    const { bondIssuance: b } = await sector("2025-11-02", body);
    expect(b.total.value).toBe(18e9 + 30e9 + 27e9);
    expect(b.orderBookDemand.value).toBe(88e9 + 125e9);
    expect(b.coverRatio).toEqual({ value: (88e9 + 125e9) / (18e9 + 30e9), numerator: 213e9, denominator: 48e9 });
    expect(reasons(b.orderBookDemand.excluded)).toEqual({ "BOND-META-PRIVATE-2025-10": "NO_VALUE" });
    expectSelfConsistent(b.total);
    expectSelfConsistent(b.orderBookDemand);
  });

  it("on 3 Nov 2025: + Alphabet $17.5B and €6.5B × 1.1514 (ECB, 3 Nov) = $7,484,100,000", async () => {
    const { bondIssuance: b } = await sector("2025-11-03", body);
    expect(b.total.value).toBe(75e9 + 17.5e9 + 6.5e9 * 1.1514);
    const eur = b.total.inputs.find((i: any) => i.fact.key === "BOND-GOOGL-EUR-2025-11");
    expect(eur.value).toBe(7_484_100_000);
    expect(eur.money).toMatchObject({ amount: 6_500_000_000, currency: "EUR", usd: 7_484_100_000, fx: { rate: 1.1514, rateOn: "2025-11-03" } });
    expect(eur.money.fx.source.key).toBeTruthy();
    const googl = b.byIssuer.find((x: any) => x.issuer.ticker === "GOOGL");
    expect(googl).toEqual({ issuer: { ticker: "GOOGL" }, amount: 17.5e9 + 7_484_100_000, count: 2, orderBookDemand: 90e9, coverRatio: { value: 90e9 / 17.5e9 } });
    expectSelfConsistent(b.total);
  });

  it("today: $134.9841B raised; demand 88 + 125 + 90 + 80 + 100 = $483B over $100.5B", async () => {
    const { bondIssuance: b } = await sector(null, body);
    expect(b.total.value).toBe(18e9 + 30e9 + 27e9 + 17.5e9 + 7_484_100_000 + 15e9 + 20e9);
    expect(b.orderBookDemand.value).toBe(483e9);
    expect(b.coverRatio.value).toBeCloseTo(483e9 / (18e9 + 30e9 + 17.5e9 + 15e9 + 20e9), 12);
    expect(b.byIssuer.map((x: any) => x.issuer.ticker)).toEqual(["META", "GOOGL", "ORCL", "AMZN"]);
    expectSelfConsistent(b.total);
    expectSelfConsistent(b.orderBookDemand);
  });
});

describe("sector.hyperscalerInvestment", () => {
  const body = `hyperscalerInvestment { amount { ...Agg } capacity { ...Agg power { mw gw } } byCompany { company { ticker } value count } reportedTallies { label value } }`;

  it("on 23 Nov 2025: nothing announced yet with an amount", async () => {
    const { hyperscalerInvestment: h } = await sector("2025-11-23", body);
    // Nothing counts: null with the reason, never a made-up 0.
    expect(h.amount.value).toBeNull();
    expect(h.amount.reason).toBe("Nothing counts for US as of 2025-11-23: 2 records are left out (see `excluded`).");
    expect(h.capacity.value).toBeNull();
    expect(reasons(h.amount.excluded)).toEqual({ "P-META-GAS": "NO_VALUE", "P-CAPEX-2025-GUIDE": "REPORTED_TOTAL" });
  });

  it("on 24 Nov 2025: Amazon's $50B (up to) + $15B = $65B and 1.3 + 2.4 = 3.7 GW; the $400B tally stays beside", async () => {
    const { hyperscalerInvestment: h } = await sector("2025-11-24", body);
    expect(h.amount.value).toBe(50e9 + 15e9);
    expect(h.capacity.value).toBe(1_300 + 2_400);
    expect(h.capacity.power).toEqual({ mw: 3_700, gw: 3.7 });
    expect(h.reportedTallies.map((t: any) => t.value)).toEqual([400e9]);
    expect(reasons(h.amount.excluded)).toMatchObject({ "P-BIGTECH-2025": "REPORTED_TOTAL", "P-DB-2030": "NOT_A_HYPERSCALER" });
    expectSelfConsistent(h.amount);
    expectSelfConsistent(h.capacity);
  });

  it("today: + Alphabet's $185B 2026 guidance = $250B; still 3.7 GW", async () => {
    const { hyperscalerInvestment: h } = await sector(null, body);
    expect(h.amount.value).toBe(50e9 + 15e9 + 185e9);
    expect(h.byCompany).toEqual([
      { company: { ticker: "GOOGL" }, value: 185e9, count: 1 },
      { company: { ticker: "AMZN" }, value: 65e9, count: 2 },
    ]);
    expect(h.capacity.value).toBe(3_700);
    expectSelfConsistent(h.amount);
  });
});

describe("sector.stockMoves", () => {
  const moves = `stockMoves(on: $on, window: $window) { on windows count sum mean median min max unit method notYetPublicCount
    inputs { label value fact { key } } topMovers(limit: 2) { value fact { key } } excluded { reason detail fact { key } }
    sectorIndex { value qualifier fact { key } } sources { key } }`;
  const q = `query($asOf: Date, $on: Date!, $window: MoveWindow) { sector(asOf: $asOf) { ${moves} } }`;
  const run = async (asOf: string | null, on: string, window?: string) => flattenConnections((await server.data(pageAll(q, 20), { asOf, on, window })).sector.stockMoves);

  it("YTD on 3 Nov 2025, asked on 2 Nov: nothing public yet", async () => {
    const m = await run("2025-11-02", "2025-11-03", "YTD");
    expect(m).toMatchObject({ count: 0, mean: null, median: null, inputs: [], notYetPublicCount: 7 });
  });

  it("YTD on 3 Nov 2025: IREN 580, CIFR 360, WULF 160, RIOT 100: mean 300, median (160 + 360) / 2", async () => {
    const m = await run("2025-11-03", "2025-11-03", "YTD");
    expect(m).toMatchObject({ count: 4, sum: 580 + 360 + 160 + 100, mean: (580 + 360 + 160 + 100) / 4, median: (160 + 360) / 2, min: 100, max: 580 });
    expect(keys(m.topMovers)).toEqual(["M-YTD-IREN", "M-YTD-CIFR"]);
    expect(reAdd(m.inputs) / m.count).toBe(m.mean);
    expect(reasons(m.excluded)).toEqual({ "M-1103-IREN-PRE": "OTHER_WINDOW", "M-1103-CIFR": "OTHER_WINDOW", "M-1103-IREN-DAY": "OTHER_WINDOW" });
  });

  it("DAY on 3 Nov 2025 (counting CLOSE): both moves unresolved, so nothing to count", async () => {
    const m = await run(null, "2025-11-03");
    expect(m.windows).toEqual(["DAY", "CLOSE"]);
    expect(m.count).toBe(0);
    expect(reasons(m.excluded)).toMatchObject({ "M-1103-CIFR": "UNRESOLVED", "M-1103-IREN-DAY": "UNRESOLVED" });
  });

  it("DAY on 24 Nov 2025: Cipher +18% beside SoSoValue's +13.84% sector index; BitMine is not a miner", async () => {
    const m = await run(null, "2025-11-24");
    expect(m).toMatchObject({ count: 1, mean: 18, median: 18, min: 18, max: 18 });
    expect(m.sectorIndex).toEqual([{ value: 13.84, qualifier: "day (sector index)", fact: { key: "M-1124-SECTOR" } }]);
    expect(reasons(m.excluded)).toEqual({ "M-1124-BMNR": "NOT_A_MINER", "M-1124-IREN": "OTHER_WINDOW" });
    expect(m.method).toMatch(/DAY counts CLOSE/);
  });
});

describe("sectorChanges", () => {
  const q = `query($from: Date!, $to: Date!) { sectorChanges(from: $from, to: $to) {
    from to byType { factType count revisions } facts { kind factType key publicOn fact { id } revises { key } }
    headlines { figure unit from to delta addedInputs { value fact { key } } removedInputs { fact { key } } } } }`;
  const headline = (c: any, figure: string) => c.headlines.find((h: any) => h.figure === figure);

  it("16 → 20 Aug 2025: Google's +$1.4B increment moves backstops from $1.8B to $3.2B", async () => {
    const c = (await server.data(q, { from: "2025-08-16", to: "2025-08-20" })).sectorChanges;
    expect(c.facts.find((f: any) => f.key === "B-WULF-CB5")).toMatchObject({ kind: "INCREMENT", publicOn: "2025-08-18", revises: { key: "B-WULF-LM1" } });
    expect(headline(c, "creditBackstops.total")).toMatchObject({ from: 1.8e9, to: 3.2e9, delta: 1.4e9, addedInputs: [{ value: 1.4e9, fact: { key: "B-WULF-CB5" } }] });
    expect(headline(c, "aiContractedItLoad.itLoad")).toMatchObject({ delta: 160 });
    expect(c.byType.find((t: any) => t.factType === "Deal")).toEqual({ factType: "Deal", count: 1, revisions: 0 });
  });

  it("1 → 10 Feb 2026: IREN's '>4.5 GW' revises its 2.91 GW report: the computed capacity moves by 4,500 − 2,910 MW", async () => {
    const c = (await server.data(q, { from: "2026-02-01", to: "2026-02-10" })).sectorChanges;
    expect(c.facts.find((f: any) => f.key === "CAP-IREN-2026-02")).toMatchObject({ kind: "REVISION", factType: "CapacityReport", revises: { key: "CAP-IREN" } });
    expect(c.byType.find((t: any) => t.factType === "CapacityReport")).toEqual({ factType: "CapacityReport", count: 1, revisions: 1 });
    // Both of IREN's figures span borders and count (the border rule): 2,910 + RIOT 1,700 + HUT 1,020 = 5,630 MW,
    // then 4,500 + 1,700 + 1,020 = 7,220 MW.
    expect(headline(c, "minerCapacity.computed")).toMatchObject({
      from: 5_630,
      to: 7_220,
      delta: 1_590,
      addedInputs: [{ value: 4_500, fact: { key: "CAP-IREN-2026-02" } }],
      removedInputs: [{ fact: { key: "CAP-IREN" } }],
    });
    expect(headline(c, "bondIssuance.total")).toMatchObject({ delta: 20e9, addedInputs: [{ fact: { key: "BOND-GOOGL-USD-2026-02" } }] });
  });

  it("rejects from after to", async () => {
    const r = await server.query(`{ sectorChanges(from: "2026-01-02", to: "2026-01-01") { from } }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });
});
