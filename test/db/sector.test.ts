import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { AGG, expectSelfConsistent, keys, reAdd, reasons, type Input } from "../helpers/aggregates";

/**
 * Sector aggregates of capacity, AI load, contract value and revenue share, checked against
 * figures computed by hand from seeds/facts.json at several `asOf` dates. Dates that matter:
 * 10 Oct 2025 (Bernstein's 14 GW), 3 Nov 2025 (IREN–Microsoft, Cipher–AWS), 16 Jan 2026 (RIOT's
 * 1.7 GW), 5 Feb 2026 (IREN's >4.5 GW revises its 2.91 GW), 28 Feb 2026 (WULF's 2.8 GW).
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const sector = async (asOf: string | null, body: string) =>
  (await server.data(`query($asOf: Date) { sector(asOf: $asOf) { asOf ${body} } } ${body.includes("...Agg") ? AGG : ""}`, { asOf })).sector;

describe("sector.minerCapacity", () => {
  const body = `minerCapacity { coverage method reported { value unit power { mw gw } qualifier caveats fact { key } }
    computed { ...Agg power { gw } all: excluded(includeNotYetPublic: true) { reason detail fact { key } } } }`;

  it("before any figure (1 Oct 2025): no reported figure, nothing computed", async () => {
    const { minerCapacity: m } = await sector("2025-10-01", body);
    expect(m.reported).toBeNull();
    expect(m.computed.value).toBe(0);
    expect(m.coverage).toBeNull();
  });

  it("on 2 Nov 2025: Bernstein's 'more than 14 GW' beside 0 MW computed (no US-only company report public yet)", async () => {
    const { minerCapacity: m } = await sector("2025-11-02", body);
    expect(m.reported).toMatchObject({ value: 14_000, unit: "MW", power: { mw: 14_000, gw: 14 }, qualifier: "more than", fact: { key: "CAP-I-MINER-POWER-14GW" } });
    expect(m.reported.caveats).toMatch(/not strictly US-only/);
    expect(m.computed.value).toBe(0);
    expect(m.coverage).toBe(0 / 14_000);
    expect(reasons(m.computed.excluded)).toEqual({ "CAP-CIFR": "NO_VALUE" });
    // What was still to come is listed only on request, and counted.
    expect(reasons(m.computed.all)).toMatchObject({ "CAP-CIFR": "NO_VALUE", "CAP-WULF": "NOT_PUBLIC_BY_AS_OF", "CAP-IREN": "NOT_PUBLIC_BY_AS_OF" });
    expect(m.computed.notYetPublicCount).toBe(m.computed.all.length - 1);
    expectSelfConsistent(m.computed);
  });

  it("on 20 Jan 2026: RIOT's 1,700 MW counts; IREN's 2,910 MW spans the US and Canada", async () => {
    const { minerCapacity: m } = await sector("2026-01-20", body);
    expect(m.computed.value).toBe(1_700);
    expect(m.coverage).toBeCloseTo(1_700 / 14_000, 12);
    expect(reasons(m.computed.excluded)).toMatchObject({ "CAP-IREN": "REGION_SPANS_BORDERS", "CAP-HUT": "REGION_SPANS_BORDERS" });
    expectSelfConsistent(m.computed);
  });

  it("today: WULF 2,800 + RIOT 1,700 = 4,500 MW, coverage 4.5 / 14; IREN's first figure is superseded by '>4.5 GW'", async () => {
    const { minerCapacity: m, asOf } = await sector(null, body);
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.computed.value).toBe(2_800 + 1_700);
    expect(m.computed.power.gw).toBe(4.5);
    expect(m.coverage).toBeCloseTo((2_800 + 1_700) / 14_000, 12);
    expect(keys(m.computed.inputs)).toEqual(["CAP-WULF", "CAP-RIOT"]);
    expect(reasons(m.computed.excluded)).toEqual({
      "CAP-CIFR": "NO_VALUE",
      "CAP-CLSK": "NO_VALUE",
      "CAP-CORZ": "NO_VALUE",
      "CAP-IREN-2026-02": "REGION_SPANS_BORDERS",
      "CAP-HUT": "REGION_SPANS_BORDERS",
      "CAP-IREN": "SUPERSEDED",
    });
    expect(m.computed.excluded.find((x: any) => x.fact.key === "CAP-HUT").detail).toMatch(/US & Canada/);
    expect(m.computed.sources.length).toBeGreaterThan(0);
    expectSelfConsistent(m.computed);
  });
});

describe("sector.aiContractedItLoad", () => {
  const body = `aiContractedItLoad { method itLoad { ...Agg power { mw gw } }
    shareOfReportedCapacity { value numerator denominator } shareOfComputedCapacity { value numerator denominator } }`;

  it("on 2 Nov 2025: CORZ 500 + WULF 200 + 160 + 168 + CIFR 168 = 1,196 MW of 14,000", async () => {
    const { aiContractedItLoad: a } = await sector("2025-11-02", body);
    expect(a.itLoad.value).toBe(500 + 200 + 160 + 168 + 168);
    expect(a.shareOfReportedCapacity).toEqual({ value: 1_196 / 14_000, numerator: 1_196, denominator: 14_000 });
    expect(a.shareOfComputedCapacity).toEqual({ value: null, numerator: 0, denominator: null });
    expectSelfConsistent(a.itLoad);
  });

  it("on 3 Nov 2025: + IREN–Microsoft 200 MW = 1,396 MW; Cipher–AWS states only gross power", async () => {
    const { aiContractedItLoad: a } = await sector("2025-11-03", body);
    expect(a.itLoad.value).toBe(1_196 + 200);
    expect(reasons(a.itLoad.excluded)).toEqual({ "D-CIFR-AWS": "NO_VALUE" });
    expectSelfConsistent(a.itLoad);
  });

  it("today: 1,777.5 MW; like for like, WULF's 600.5 + RIOT's 25 MW of their 4,500 MW", async () => {
    const { aiContractedItLoad: a } = await sector(null, body);
    const total = 500 + 245 + 200 + 200 + 168 + 168 + 160 + 72.5 + 39 + 25;
    expect(a.itLoad.value).toBe(total);
    expect(a.itLoad.power.gw).toBeCloseTo(1.7775, 12);
    expect(a.shareOfReportedCapacity.value).toBeCloseTo(total / 14_000, 12);
    expect(a.shareOfComputedCapacity).toEqual({ value: (200 + 168 + 160 + 72.5 + 25) / 4_500, numerator: 625.5, denominator: 4_500 });
    expectSelfConsistent(a.itLoad);
  });
});

describe("sector.contractedAiValue", () => {
  const body = `contractedAiValue { total { ...Agg inputs { money { amount currency usd } } } annualized { ...Agg }
    byMiner { miner { ticker reportedContractedAiRevenue { amount { amount } } } totalValue annualized dealCount } }`;

  it("on 2 Nov 2025: 8.7 + 3.7 + 3.0 + 9.5 = $24.9B; annualized 725 + 370 + 300 + 380 = $1,775M", async () => {
    const { contractedAiValue: v } = await sector("2025-11-02", body);
    expect(v.total.value).toBe(8_700_000_000 + 3_700_000_000 + 3_000_000_000 + 9_500_000_000);
    expect(v.annualized.value).toBe(8_700_000_000 / 12 + 3_700_000_000 / 10 + 3_000_000_000 / 10 + 9_500_000_000 / 25);
    expect(reasons(v.total.excluded)).toEqual({ "D-WULF-FLUID-CB5": "NO_VALUE" });
    expect(v.total.excluded[0].detail).toMatch(/cumulative value \(6700000000 USD\).*never added/);
    expectSelfConsistent(v.total);
    expectSelfConsistent(v.annualized);
  });

  it("on 3 Nov 2025: + IREN–Microsoft $9.7B (stated $1.94B a year) + Cipher–AWS $5.5B over 15 years", async () => {
    const { contractedAiValue: v } = await sector("2025-11-03", body);
    expect(v.total.value).toBe(24_900_000_000 + 9_700_000_000 + 5_500_000_000);
    expect(v.annualized.value).toBeCloseTo(1_775_000_000 + 1_940_000_000 + 5_500_000_000 / 15, 2);
    const iren = v.annualized.inputs.find((i: any) => i.fact.key === "D-IREN-MSFT");
    expect(iren).toMatchObject({ value: 1_940_000_000, label: "IREN D-IREN-MSFT: stated annualized revenue" });
    expectSelfConsistent(v.annualized);
  });

  it("today: $49.341B and $4.662B a year; per miner beside each company's own reported total", async () => {
    const { contractedAiValue: v } = await sector(null, body);
    expect(v.total.value).toBe(9.7e9 + 9.5e9 + 8.7e9 + 7.0e9 + 5.5e9 + 3.7e9 + 3.0e9 + 1.1e9 + 0.83e9 + 0.311e9);
    const annual = 1.94e9 + 8.7e9 / 12 + 7.0e9 / 15 + 9.5e9 / 25 + 3.7e9 / 10 + 5.5e9 / 15 + 3.0e9 / 10 + 0.83e9 / 10 + 0.311e9 / 10;
    expect(v.annualized.value).toBeCloseTo(annual, 1);
    expect(reasons(v.annualized.excluded)).toEqual({ "D-IREN-OTHER": "COMPANY_TARGET", "D-WULF-CORE42": "NO_TERM", "D-WULF-FLUID-CB5": "NO_VALUE" });
    const cifr = v.byMiner.find((m: any) => m.miner.ticker === "CIFR");
    // Cipher's own "~$9.33B" is the sum of its three deals: 3.0 + 5.5 + 0.83.
    expect(cifr).toMatchObject({ totalValue: 3.0e9 + 5.5e9 + 0.83e9, dealCount: 3, miner: { reportedContractedAiRevenue: { amount: { amount: 9_330_000_000 } } } });
    expect(v.byMiner.map((m: any) => m.miner.ticker)).toEqual(["WULF", "IREN", "CIFR", "CORZ", "HUT", "RIOT"]);
    expect(v.total.inputs.every((i: any) => i.money.currency === "USD" && i.money.usd === i.value)).toBe(true);
    expectSelfConsistent(v.total);
    expectSelfConsistent(v.annualized);
  });
});

describe("sector.contractedAiRevenueShare", () => {
  const body = `contractedAiRevenueShare { value percent unit method aiRevenue { ...Agg } miningRevenue { ...Agg excluded { reason fact { key } } }
    byMiner { miner { ticker } annualizedAi annualMining share miningBasis } }`;

  it("on 2 Nov 2025: only CORZ and RIOT have mining revenue: 725 / (725 + 57.4×4 + 160.8×4)", async () => {
    const { contractedAiRevenueShare: s } = await sector("2025-11-02", body);
    const ai = 8_700_000_000 / 12;
    const mining = 57_400_000 * 4 + 160_800_000 * 4;
    expect(s.aiRevenue.value).toBe(ai);
    expect(s.miningRevenue.value).toBe(mining);
    expect(s.value).toBeCloseTo(ai / (ai + mining), 12);
    expect(reasons(s.aiRevenue.excluded)).toMatchObject({ "D-WULF-FLUID-LM1": "NO_REVENUE_DATA", "D-CIFR-FLUID-1": "NO_REVENUE_DATA" });
    expect(s.byMiner).toEqual([
      { miner: { ticker: "CORZ" }, annualizedAi: ai, annualMining: 57_400_000 * 4, share: ai / (ai + 57_400_000 * 4), miningBasis: "quarter ending 2025-09-30 × 4" },
      { miner: { ticker: "RIOT" }, annualizedAi: 0, annualMining: 160_800_000 * 4, share: 0, miningBasis: "quarter ending 2025-09-30 × 4" },
    ]);
    expectSelfConsistent(s.aiRevenue);
    expectSelfConsistent(s.miningRevenue);
  });

  it("today: five miners; HUT (no mining split) and CLSK (no reports) are excluded", async () => {
    const { contractedAiRevenueShare: s } = await sector(null, body);
    const ai = 1.94e9 + (3.0e9 / 10 + 5.5e9 / 15 + 0.83e9 / 10) + (3.7e9 / 10 + 9.5e9 / 25) + 0.311e9 / 10 + 8.7e9 / 12;
    // IREN Q2 FY26 × 4, CIFR FY2025, WULF Q4 2025 × 4, RIOT Q3 2025 × 4 (FY2025 has no split), CORZ Q4 2025 × 4.
    const mining = 167.4e6 * 4 + 223.942e6 + 26.1e6 * 4 + 160.8e6 * 4 + 42.2e6 * 4;
    expect(s.aiRevenue.value).toBeCloseTo(ai, 1);
    expect(s.miningRevenue.value).toBeCloseTo(mining, 2);
    expect(s.value).toBeCloseTo(ai / (ai + mining), 9);
    expect(s.percent).toBeCloseTo((100 * ai) / (ai + mining), 7);
    expect(reasons(s.miningRevenue.excluded)).toMatchObject({
      HUT: "NO_REVENUE_DATA",
      CLSK: "NO_REVENUE_DATA",
      "R-IREN-Q1FY26": "EARLIER_PERIOD",
      "R-RIOT-FY2025": "NO_VALUE",
    });
    expect(reasons(s.aiRevenue.excluded)).toMatchObject({ "D-HUT-FLUID-RIVERBEND": "NO_REVENUE_DATA" });
    const cifr = s.byMiner.find((m: any) => m.miner.ticker === "CIFR");
    expect(cifr.miningBasis).toBe("FY2025");
    expect(cifr.share).toBeCloseTo(cifr.annualizedAi / (cifr.annualizedAi + 223.942e6), 12);
    expectSelfConsistent(s.aiRevenue);
    expectSelfConsistent(s.miningRevenue);
    expect(s.value).toBeCloseTo(reAdd(s.aiRevenue.inputs) / (reAdd(s.aiRevenue.inputs) + reAdd(s.miningRevenue.inputs)), 12);
  });
});

describe("sector arguments", () => {
  it("rejects a malformed country", async () => {
    const r = await server.query(`{ sector(country: "USA") { country } }`);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("answers for another country with its own miners (Canada: BITF has no figures)", async () => {
    const s = await sector(null, "country");
    expect(s.country).toBe("US");
    const ca = (await server.data(`{ sector(country: "CA") { minerCapacity { computed { value count } } contractedAiValue { total { value } } } }`)).sector;
    expect(ca.minerCapacity.computed).toEqual({ value: 0, count: 0 });
    expect(ca.contractedAiValue.total.value).toBe(0);
  });
});
