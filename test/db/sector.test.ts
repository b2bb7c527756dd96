import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { AGG, expectSelfConsistent, flattenConnections, pageAll, keys, reAdd, reasons, type Input } from "../helpers/aggregates";

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
  flattenConnections((await server.data(pageAll(`query($asOf: Date) { sector(asOf: $asOf) { asOf ${body} } } ${body.includes("...Agg") ? AGG : ""}`), { asOf })).sector);

describe("sector.minerCapacity", () => {
  const body = `minerCapacity { coverage coverageReason sitesCoverage sitesCoverageReason spanningBordersMw borderRule method
    reported { label value unit power { mw gw } qualifier caveats spansBorders fact { key } }
    computed { ...Agg power { gw } all: excluded(includeNotYetPublic: true) { reason detail fact { key } } }
    fromSites { ...Agg } }`;

  it("before any figure (1 Oct 2025): no reported figure; computed is null with the reason, never 0 MW", async () => {
    const { minerCapacity: m } = await sector("2025-10-01", body);
    expect(m.reported).toBeNull();
    expect(m.computed.value).toBeNull();
    expect(m.computed.reason).toMatch(/^Nothing counts for US as of 2025-10-01/);
    expect(m.coverage).toBeNull();
    expect(m.coverageReason).toBe("No sector-wide figure for US is public by 2025-10-01.");
    expect(m.spanningBordersMw).toBeNull();
  });

  it("on 2 Nov 2025: Bernstein's 'more than 14 GW', which spans borders, beside a null computed figure (nothing public counts yet)", async () => {
    const { minerCapacity: m } = await sector("2025-11-02", body);
    expect(m.reported).toMatchObject({ value: 14_000, unit: "MW", power: { mw: 14_000, gw: 14 }, qualifier: "more than", spansBorders: true, fact: { key: "CAP-I-MINER-POWER-14GW" } });
    expect(m.reported.caveats).toMatch(/not strictly US-only/);
    // Text shown to people never shows an internal key.
    expect(m.reported.label).toMatch(/^Power capacity controlled by bitcoin miners: more than 14000 MW — spans borders/);
    expect(m.reported.label).not.toMatch(/CAP-/);
    expect(m.computed.value).toBeNull();
    expect(m.computed.reason).toBe("Nothing counts for US as of 2025-11-02: 1 record is left out (see `excluded`).");
    expect(m.coverage).toBeNull();
    expect(m.coverageReason).toMatch(/Nothing counts on the computed side/);
    expect(reasons(m.computed.excluded)).toEqual({ "CAP-CIFR": "NO_VALUE" });
    // What was still to come is listed only on request, and counted.
    expect(reasons(m.computed.all)).toMatchObject({ "CAP-CIFR": "NO_VALUE", "CAP-WULF": "NOT_PUBLIC_BY_AS_OF", "CAP-IREN": "NOT_PUBLIC_BY_AS_OF" });
    expect(m.computed.notYetPublicCount).toBe(m.computed.all.length - 1);
    expect(m.borderRule).toMatch(/spans borders: it counts in full/);
    expectSelfConsistent(m.computed);
  });

  it("on 1 Dec 2025: IREN's 2,910 MW (US and Canada) counts, flagged, by the same border rule as the 14 GW: coverage 2,910 / 14,000", async () => {
    const { minerCapacity: m } = await sector("2025-12-01", body);
    // Company-based: CAP-IREN 2,910 MW ("across North America": spans borders, counted and flagged).
    expect(m.computed.value).toBe(2_910);
    expect(keys(m.computed.inputs)).toEqual(["CAP-IREN"]);
    expect(m.computed.inputs[0].label).toBe(
      "IREN Limited (formerly Iris Energy) (IREN): 2910 MW (data-centre / secured grid-connected power capacity across North America) — spans borders: North America (US and Canada sites)",
    );
    expect(m.spanningBordersMw).toBe(2_910);
    expect(m.coverage).toBeCloseTo(2_910 / 14_000, 12); // 0.2078571…
    // Site-based, US sites only: Sweetwater 2,000 + Colchis 1,000 + Corsicana 1,000 + Childress 750 + Cayuga 400
    // + Lake Mariner 360 + Barber Lake 300 + Black Pearl 300 + Austin County 285 + Abernathy 168 + Muskogee 100 = 6,663 MW.
    expect(m.fromSites.value).toBe(2_000 + 1_000 + 1_000 + 750 + 400 + 360 + 300 + 300 + 285 + 168 + 100);
    expect(m.sitesCoverage).toBeCloseTo(6_663 / 14_000, 12); // 0.4759285…
    expect(reasons(m.fromSites.excluded)).toEqual({ "IREN-BC": "OUTSIDE_COUNTRY" });
    expect(m.fromSites.excluded[0].detail).toBe("The site is in CA, not US.");
    expectSelfConsistent(m.computed);
    expectSelfConsistent(m.fromSites);
  });

  it("on 20 Jan 2026: IREN 2,910 + RIOT 1,700 + HUT 1,020 (US & Canada) = 5,630 MW, 3,930 MW of it spanning borders", async () => {
    const { minerCapacity: m } = await sector("2026-01-20", body);
    expect(m.computed.value).toBe(2_910 + 1_700 + 1_020);
    expect(m.spanningBordersMw).toBe(2_910 + 1_020);
    expect(m.coverage).toBeCloseTo(5_630 / 14_000, 12);
    expectSelfConsistent(m.computed);
  });

  it("today: IREN '>4.5 GW' 4,500 + WULF 2,800 + RIOT 1,700 + HUT 1,020 = 10,020 MW; US sites 10,198 MW", async () => {
    const { minerCapacity: m, asOf } = await sector(null, body);
    expect(asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(m.computed.value).toBe(4_500 + 2_800 + 1_700 + 1_020);
    expect(m.computed.power.gw).toBeCloseTo(10.02, 12);
    expect(m.spanningBordersMw).toBe(4_500 + 1_020);
    expect(m.coverage).toBeCloseTo(10_020 / 14_000, 12); // 0.7157142…
    expect(keys(m.computed.inputs)).toEqual(["CAP-IREN-2026-02", "CAP-WULF", "CAP-RIOT", "CAP-HUT"]);
    expect(reasons(m.computed.excluded)).toEqual({ "CAP-CIFR": "NO_VALUE", "CAP-CLSK": "NO_VALUE", "CAP-CORZ": "NO_VALUE", "CAP-IREN": "SUPERSEDED" });
    expect(m.computed.inputs.find((x: any) => x.fact.key === "CAP-HUT").label).toMatch(/spans borders: US & Canada/);
    // 6,663 on 1 Dec + Oklahoma 1,600 + Rockdale 700 + Hawesville 480 + Brazoria 300 + River Bend 245 + Morgantown 210.
    expect(m.fromSites.value).toBe(6_663 + 1_600 + 700 + 480 + 300 + 245 + 210);
    expect(m.sitesCoverage).toBeCloseTo(10_198 / 14_000, 12); // 0.7284285…
    expect(m.computed.sources.length).toBeGreaterThan(0);
    expectSelfConsistent(m.computed);
    expectSelfConsistent(m.fromSites);
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

  it("today: 1,777.5 MW; like for like, the deals of IREN, WULF, RIOT and HUT (capacity counted) of their 10,020 MW", async () => {
    const { aiContractedItLoad: a } = await sector(null, body);
    const total = 500 + 245 + 200 + 200 + 168 + 168 + 160 + 72.5 + 39 + 25;
    expect(a.itLoad.value).toBe(total);
    expect(a.itLoad.power.gw).toBeCloseTo(1.7775, 12);
    expect(a.shareOfReportedCapacity.value).toBeCloseTo(total / 14_000, 12);
    // IREN 200 + WULF (200 + 168 + 160 + 72.5) + RIOT 25 + HUT 245 = 1,070.5 MW of 10,020 MW.
    expect(a.shareOfComputedCapacity).toEqual({ value: 1_070.5 / 10_020, numerator: 1_070.5, denominator: 10_020 });
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
    expect(iren.value).toBe(1_940_000_000);
    expect(iren.label).toMatch(/^IREN Limited \(formerly Iris Energy\) \(IREN\) – Microsoft Corp\..*\(2025-11-0\d\): stated annualized revenue$/);
    expect(v.annualized.inputs.every((i: any) => !i.label.includes(i.fact.key))).toBe(true);
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
  it("takes a CountryCode: a malformed country is rejected before anything runs", async () => {
    const literal = await server.query(`{ sector(country: "USA") { country } }`);
    expect(literal.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const variable = await server.query(`query($c: CountryCode) { sector(country: $c) { country } }`, { c: "USA" });
    expect(variable.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("a country with nothing on file says so (NOT_FOUND) instead of answering zeros", async () => {
    const r = await server.query(`{ sector(country: "DE") { country minerCapacity { computed { value } } } }`);
    expect(r.body.data?.sector).toBeNull();
    expect(r.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    expect(r.body.errors?.[0]?.message).toMatch(/^No data on file for DE as of \d{4}-\d{2}-\d{2}/);
  });

  it("answers for another country with its own miners (Canada: IREN's '>4.5 GW' spans borders; no deal is sited there)", async () => {
    const s = await sector(null, "country");
    expect(s.country).toBe("US");
    const ca = (
      await server.data(`{ sector(country: "CA") { minerCapacity { computed { value count } spanningBordersMw } contractedAiValue { total { value reason } } } }`)
    ).sector;
    // IREN counts for Canada through its British Columbia sites; its region-unstated 4,500 MW spans borders (the border rule).
    expect(ca.minerCapacity.computed).toEqual({ value: 4_500, count: 1 });
    expect(ca.minerCapacity.spanningBordersMw).toBe(4_500);
    expect(ca.contractedAiValue.total.value).toBeNull();
    expect(ca.contractedAiValue.total.reason).toMatch(/^Nothing counts for CA as of/);
  });
});
