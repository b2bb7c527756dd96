import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import http from "node:http";
import { createKey } from "../../src/modules/keys/key.service";
import { createClient, ERROR_CODES, GigawattError, operations, operationCount, type GigawattClient, type GigawattErrorCode, type OperationName } from "@gigawatt/sdk";
import { ERROR_CODES as SERVER_CODES } from "../../src/shared/errors";

let server: TestServer;
let gw: GigawattClient;
/** Every method the tests call, to prove each one ran against the real server. */
const called = new Set<string>();

beforeAll(async () => {
  server = await startTestServer();
  const client = createClient({ url: `${server.url}/graphql` });
  // Records the calls without changing the client's types.
  gw = new Proxy(client, {
    get(target, prop, receiver) {
      if (typeof prop === "string" && prop in operations) called.add(prop);
      return Reflect.get(target, prop, receiver);
    },
  });
});
afterAll(async () => {
  await server?.close();
});

const keys = (nodes: ReadonlyArray<{ key: string }>) => nodes.map((n) => n.key);

describe("SDK against the running server", () => {
  it("listDeals: IREN's deals include Microsoft at $9.7B over 60 months", async () => {
    const { deals } = await gw.listDeals({ where: { provider: { ticker: { eq: "IREN" } } } });
    const msft = deals.nodes.find((d) => d.customer?.ticker === "MSFT");
    expect(msft).toBeDefined();
    expect(msft!.totalValue).toEqual({ amount: 9_700_000_000, currency: "USD", usd: 9_700_000_000 });
    expect(msft!.termMonths).toBe(60);
    expect(msft!.itLoad).toEqual({ mw: 200, gw: 0.2 });
    expect(msft!.sources.map((s) => s.source.key)).toEqual(["IREN-8K", "IREN-BENZINGA", "IREN-Q1FY26", "IREN-BLOOMBERG-ARR"]);

    // Paging with typed variables, ordering by a typed enum.
    const page1 = await gw.listDeals({ first: 5, orderBy: [{ field: "TOTAL_VALUE", direction: "DESC" }] });
    expect(page1.deals.totalCount).toBe(12);
    expect(page1.deals.pageInfo.hasNextPage).toBe(true);
    const page2 = await gw.listDeals({ first: 5, after: page1.deals.pageInfo.endCursor, orderBy: [{ field: "TOTAL_VALUE", direction: "DESC" }] });
    expect(page2.deals.nodes).toHaveLength(5);
    expect(keys(page1.deals.nodes)).not.toContain(page2.deals.nodes[0]!.key);
    const before = await gw.listDeals({ asOf: "2025-11-02", where: { key: { eq: "D-IREN-MSFT" } } });
    expect(before.deals.totalCount).toBe(0);
  });

  it("dealWithSources: the example runs with its defaults", async () => {
    const { deals } = await gw.dealWithSources();
    expect(deals.nodes).toHaveLength(1);
    expect(deals.nodes[0]).toMatchObject({ key: "D-IREN-MSFT", provider: { ticker: "IREN" }, customer: { ticker: "MSFT" }, prepaymentPct: 20 });
    expect(deals.nodes[0]!.sources[0]!.source.url).toMatch(/^https:\/\/stocktitan\.net\//);
  });

  it("getCompany: IREN with its campuses, deals and reported capacity", async () => {
    const { company } = await gw.getCompany({ slug: "iren" });
    expect(company?.ticker).toBe("IREN");
    expect(company!.sites.map((s) => [s.key, s.powerCapacity?.mw])).toContainEqual(["IREN-CHILDRESS", 750]);
    expect(keys(company!.dealsAsProvider)).toContain("D-IREN-MSFT");
    expect(company!.capacityReports.map((r) => r.capacity?.mw)).toEqual([4500]);
    expect(company!.reportedContractedAiRevenue?.amount.amount).toBe(9_700_000_000);
    const google = await gw.getCompany({ slug: "googl" });
    expect(keys(google.company!.backstopsGiven)).toHaveLength(7);
  });

  it("getCompany: an unknown slug throws a GigawattError with NOT_FOUND and its path", async () => {
    const error = await gw.getCompany({ slug: "no-such-company" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GigawattError);
    expect((error as GigawattError).code).toBe("NOT_FOUND");
    expect((error as GigawattError).path).toEqual(["company"]);
    expect((error as GigawattError).errors.length).toBeGreaterThan(0);
  });

  it("listCompanies: 19 companies, filtered by kind", async () => {
    const all = await gw.listCompanies({ first: 100 });
    expect(all.companies.totalCount).toBe(19);
    const miners = await gw.listCompanies({ first: 100, where: { kind: { eq: "MINER" } }, orderBy: [{ field: "TICKER" }] });
    expect(miners.companies.nodes.map((c) => c.ticker)).toEqual(["BITF", "CIFR", "CLSK", "CORZ", "HUT", "IREN", "RIOT", "WULF"]);
  });

  it("listSources: the two seed articles", async () => {
    const { sources } = await gw.listSources({ where: { kind: { eq: "SEED_ARTICLE" } }, orderBy: [{ field: "KEY" }] });
    expect(sources.totalCount).toBe(2);
    expect(sources.nodes[0]!.title).toBe("Bitcoin Mining Stocks Surge as Amazon Invests $50 Billion in AI Infrastructure");
  });

  it("getNode: a deal's global ID round-trips, an unknown ID is null", async () => {
    const { deals } = await gw.listDeals({ where: { key: { eq: "D-IREN-MSFT" } } });
    const { node } = await gw.getNode({ id: deals.nodes[0]!.id });
    expect(node?.__typename).toBe("Deal");
    if (node?.__typename !== "Deal") throw new Error("expected a Deal");
    expect(node.key).toBe("D-IREN-MSFT");
    expect(node.totalValue?.usd).toBe(9_700_000_000);
    expect((await gw.getNode({ id: "nope" })).node).toBeNull();
  });

  it("googleBackstopsOverTime: 3 backstops by 30 Sep 2025, 7 records by 28 Feb 2026", async () => {
    const { earlier, later } = await gw.googleBackstopsOverTime();
    expect(keys(earlier.nodes)).toEqual(["B-WULF-LM1", "B-WULF-CB5", "B-CIFR-1"]);
    expect(later.totalCount).toBe(7);
    const summable = later.nodes.filter((b) => !b.isReportedTotal).reduce((sum, b) => sum + (b.amount?.usd ?? 0), 0);
    expect(summable).toBe(1_800_000_000 + 1_400_000_000 + 1_400_000_000 + 1_300_000_000 + 333_000_000);
  });

  it("biggestMovesOn20251124: BitMine +20%, Cipher +18%, the SoSoValue index +13.84%", async () => {
    const { stockMoves } = await gw.biggestMovesOn20251124();
    expect(stockMoves.nodes.map((m) => [m.symbol, m.changePct])).toEqual([
      ["BMNR", 20],
      ["CIFR", 18],
      ["SOSOVALUE-MINING", 13.84],
      ["IREN", 13],
    ]);
  });

  it("bondsByIssuer: Meta's $30B first; Alphabet's EUR 6.5B converted at the ECB rate", async () => {
    const { bondRaises } = await gw.bondsByIssuer({ issuers: ["GOOGL", "META"] });
    expect(bondRaises.nodes[0]).toMatchObject({ key: "BOND-META-2025-10", amount: { amount: 30_000_000_000, usd: 30_000_000_000 } });
    const eur = bondRaises.nodes.find((b) => b.amount.currency === "EUR")!;
    expect(eur.amount).toMatchObject({ amount: 6_500_000_000, usd: 7_484_100_000, fx: { rate: 1.1514, rateOn: "2025-11-03" } });
  });

  it("sectorSummary: the sector on 2 Nov 2025 and on 28 Feb 2026", async () => {
    const summary = await gw.sectorSummary();
    const before = summary.before!;
    const after = summary.after!;
    expect(before.asOf).toBe("2025-11-02");
    expect(after.asOf).toBe("2026-02-28");
    // Bernstein's "more than 14 GW", reported beside what company reports add up to.
    expect(before.minerCapacity.reported).toMatchObject({ value: 14_000, unit: "MW", qualifier: "more than" });
    // Google's backstops public by 2 Nov 2025: $1.8B + $1.4B + $1.4B + $1.3B; by 28 Feb 2026 Cipher's $333M too.
    expect(before.creditBackstops.total).toMatchObject({ value: 5_900_000_000, unit: "USD", count: 4 });
    expect(after.creditBackstops.total.value).toBe(6_233_000_000);
    expect(before.creditBackstops.byGuarantor.map((g) => g.guarantor.ticker)).toEqual(["GOOGL"]);
    // Oracle $18B and Meta's $27B and $30B were priced by 2 Nov 2025.
    expect(before.bondIssuance.total).toMatchObject({ value: 75_000_000_000, count: 3 });
    expect(after.contractedAiValue.total.value!).toBeGreaterThan(before.contractedAiValue.total.value!);
    // Nothing counted yet on 2 Nov 2025: null with the reason, never 0 MW; on 28 Feb 2026,
    // IREN '>4.5 GW' 4,500 + WULF 2,800 + RIOT 1,700 + HUT 1,020 = 10,020 MW (the border rule).
    expect(before.minerCapacity.computed).toMatchObject({ value: null, count: 0 });
    expect(before.minerCapacity.computed.reason).toMatch(/^Nothing counts for US as of 2025-11-02/);
    expect(after.minerCapacity.computed.value).toBe(10_020);
    expect(after.reportedAiRevenueShare.percent).toBeGreaterThan(0);
  });

  it("sectorSeries: the reported AI revenue share at the end of Q4 2025 (no Q4 report public yet: the Q3 quarters)", async () => {
    const { sectorSeries } = await gw.sectorSeries({ metric: "REPORTED_AI_REVENUE_SHARE", from: "2025-10-01", to: "2025-12-31", interval: "QUARTER" });
    expect(sectorSeries.points.map((p) => p.on)).toEqual(["2025-12-31"]);
    // (15.0 + 7.3 + 7.2 + 0 + 0) / (240.3 + 180.2 + 81.1 + 71.7 + 50.6) USD m = 29.5 / 623.9
    expect(sectorSeries.points[0]!.value).toBeCloseTo(29.5 / 623.9, 12);
    expect(sectorSeries.points[0]!.inputs.totalCount).toBe(10);
  });

  it("listStockMoves: the three biggest drops", async () => {
    const { stockMoves } = await gw.listStockMoves({ where: { changePct: { lt: -10 } }, orderBy: [{ field: "CHANGE_PCT" }] });
    expect(stockMoves.nodes.map((m) => [m.symbol, m.changePct])).toEqual([
      ["BITF", -18],
      ["META", -14],
      ["IREN", -11.46],
    ]);
  });

  it("listBondRaises: Meta's $125B order book covers its $30B bond 4.17 times", async () => {
    const { bondRaises } = await gw.listBondRaises({ where: { key: { eq: "BOND-META-2025-10" } } });
    expect(bondRaises.nodes[0]!.orderBookDemand?.usd).toBe(125_000_000_000);
    expect(bondRaises.nodes[0]!.coverRatio).toBeCloseTo(125 / 30, 10);
  });

  it("listCreditBackstops: Google's TeraWulf backstops, CB-5 an increment on LM-1", async () => {
    const { creditBackstops } = await gw.listCreditBackstops({
      where: { guarantor: { ticker: { eq: "GOOGL" } }, beneficiary: { ticker: { eq: "WULF" } } },
      orderBy: [{ field: "ANNOUNCED_ON", direction: "ASC" }],
    });
    expect(creditBackstops.nodes.map((b) => [b.key, b.amount?.usd, b.incrementOf?.key ?? null])).toEqual([
      ["B-WULF-LM1", 1_800_000_000, null],
      ["B-WULF-CB5", 1_400_000_000, "B-WULF-LM1"],
      ["B-WULF-ABERNATHY", 1_300_000_000, null],
    ]);
  });

  it("listInvestmentPlans: Amazon's up-to-$50B plan for 1.3 GW", async () => {
    const { investmentPlans } = await gw.listInvestmentPlans({ where: { key: { eq: "P-AWS-GOV" } } });
    expect(investmentPlans.nodes[0]).toMatchObject({ company: { ticker: "AMZN" }, amount: { usd: 50_000_000_000 }, capacity: { gw: 1.3 } });
  });

  it("listRevenueReports: Core Scientific's Q4 2025, $31.3M of $79.8M from AI/HPC", async () => {
    const { revenueReports } = await gw.listRevenueReports({ where: { key: { eq: "R-CORZ-Q4-2025" } } });
    expect(revenueReports.nodes[0]).toMatchObject({ total: { amount: 79_800_000 }, aiHpc: { amount: 31_300_000 } });
  });

  it("listIndicators: the Puell Multiple 0.69, unverified", async () => {
    const { indicators } = await gw.listIndicators({ where: { name: { contains: "Puell" } } });
    expect(indicators.nodes[0]).toMatchObject({ key: "I-PUELL-0.69", value: 0.69, verified: false });
  });

  it("listSites: IREN's Sweetwater hub is the largest at 2 GW", async () => {
    const { sites } = await gw.listSites({ first: 1, where: { company: { ticker: { eq: "IREN" } } }, orderBy: [{ field: "POWER_CAPACITY_MW", direction: "DESC" }] });
    expect(sites.nodes[0]).toMatchObject({ key: "IREN-SWEETWATER", powerCapacity: { mw: 2000, gw: 2 } });
  });

  it("listCapacityReports: the 14 GW sector figure from the Nov 2025 article", async () => {
    const { capacityReports } = await gw.listCapacityReports({ where: { scope: { eq: "SECTOR" } }, orderBy: [{ field: "CAPACITY_MW" }] });
    expect(capacityReports.nodes.map((r) => r.capacity?.gw)).toContain(14);
    expect(capacityReports.nodes.every((r) => r.company === null)).toBe(true);
  });

  it("sends the API key and extra headers, and reports bad variables as BAD_USER_INPUT", async () => {
    const seen: Headers[] = [];
    const { token } = await createKey(server.db.database.db, "sdk test", "reader");
    const spy = createClient({
      url: `${server.url}/graphql`,
      apiKey: token,
      headers: { "x-request-id": "sdk-test-1" },
      fetch: async (input, init) => {
        seen.push(new Headers(init?.headers));
        return fetch(input, init);
      },
    });
    const error = await spy.listDeals({ first: 1000 }).catch((e: unknown) => e);
    expect(seen[0]!.get("authorization")).toBe(`Bearer ${token}`);
    expect(seen[0]!.get("x-request-id")).toBe("sdk-test-1");
    expect(error).toBeInstanceOf(GigawattError);
    expect((error as GigawattError).code).toBe("BAD_USER_INPUT");
  });
});

describe("SDK additions: pagination, typed codes, bounded retries", () => {
  it("paginate.listDeals walks every page lazily and yields each deal once", async () => {
    const seen: string[] = [];
    for await (const deal of gw.paginate.listDeals({ first: 5, orderBy: [{ field: "TOTAL_VALUE", direction: "DESC" }] })) seen.push(deal.key);
    const { deals } = await gw.listDeals({ first: 100, orderBy: [{ field: "TOTAL_VALUE", direction: "DESC" }] });
    expect(seen).toEqual(keys(deals.nodes));
    expect(new Set(seen).size).toBe(deals.totalCount);
    // Every list operation has a paginator; the examples without `$after` have none.
    expect(Object.keys(gw.paginate).sort()).toEqual(Object.keys(operations).filter((n) => n.startsWith("list")).sort());
    // Stopping early fetches no more pages.
    let pages = 0;
    const counting = createClient({ url: `${server.url}/graphql`, fetch: (i, init) => (pages++, fetch(i, init)) });
    for await (const company of counting.paginate.listCompanies({ first: 2 })) if (company.slug) break;
    expect(pages).toBe(1);
  });

  it("types `code` as the union of the documented codes, the same list as the server's", () => {
    expect([...ERROR_CODES].sort()).toEqual(Object.keys(SERVER_CODES).sort());
    const code: GigawattErrorCode = "THROTTLED";
    // @ts-expect-error an undocumented code is a compile error
    const wrong: GigawattErrorCode = "TEAPOT";
    expect([code, wrong]).toHaveLength(2);
  });

  it("retries THROTTLED and SERVICE_UNAVAILABLE after Retry-After, at most `retries` times", async () => {
    // A throttling proxy in front of the real server: it refuses the first `refuse` requests.
    let refuse = 0;
    let requests = 0;
    const arrivals: number[] = [];
    const proxy = http.createServer((req, res) => {
      requests++;
      arrivals.push(Date.now());
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", async () => {
        if (refuse > 0) {
          refuse--;
          const throttled = refuse % 2 === 0;
          res.writeHead(throttled ? 429 : 503, { "content-type": "application/json", "retry-after": "1" });
          res.end(JSON.stringify({ errors: [{ message: "later", extensions: { code: throttled ? "THROTTLED" : "SERVICE_UNAVAILABLE" } }] }));
          return;
        }
        const upstream = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: Buffer.concat(chunks) });
        res.writeHead(upstream.status, { "content-type": "application/json" });
        res.end(await upstream.text());
      });
    });
    await new Promise<void>((r) => proxy.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(proxy.address() as { port: number }).port}/graphql`;
    try {
      refuse = 2;
      const ok = await createClient({ url }).listCompanies({ first: 1 });
      expect(ok.companies.totalCount).toBe(19);
      expect(requests).toBe(3);
      // Retry-After: 1 was honoured between attempts.
      expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
      expect(arrivals[2]! - arrivals[1]!).toBeGreaterThanOrEqual(950);

      requests = 0;
      refuse = 5;
      const error = await createClient({ url, retry: { retries: 1 } }).listCompanies({ first: 1 }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GigawattError);
      expect(["THROTTLED", "SERVICE_UNAVAILABLE"]).toContain((error as GigawattError).code);
      expect((error as GigawattError).retryAfterSeconds).toBe(1);
      expect(requests).toBe(2);

      // A Retry-After longer than the client accepts fails at once instead of sleeping.
      requests = 0;
      refuse = 1;
      const impatient = await createClient({ url, retry: { maxDelayMs: 500 } }).listCompanies({ first: 1 }).catch((e: unknown) => e);
      expect((impatient as GigawattError).code).toBe("THROTTLED");
      expect(requests).toBe(1);

      // Other errors are never retried.
      requests = 0;
      refuse = 0;
      const bad = await createClient({ url }).listDeals({ first: 1000 }).catch((e: unknown) => e);
      expect((bad as GigawattError).code).toBe("BAD_USER_INPUT");
      expect(requests).toBe(1);
    } finally {
      await new Promise((r) => proxy.close(r));
    }
  });
});

describe("writes through the SDK", () => {
  it("createDeal, reviseDeal and retractDeal with an editor key; listChanges pages the audit trail; no key is UNAUTHENTICATED", async () => {
    const key = await createKey(server.db.database.db, "sdk editor", "editor");
    const client = createClient({ url: `${server.url}/graphql`, apiKey: key.token });
    const editor = new Proxy(client, {
      get(target, prop, receiver) {
        if (typeof prop === "string" && prop in operations) called.add(prop);
        return Reflect.get(target, prop, receiver);
      },
    });
    const ids = await server.data(`{ company(ticker: "IREN") { id } sources(first: 1) { nodes { id } } }`);
    const sources = [{ id: ids.sources.nodes[0].id, quote: "as reported" }];
    const input = { providerId: ids.company.id, kind: "CLOUD_SERVICES" as const, totalValue: 1_000_000, announcedOn: "2026-01-05" };
    await expect(gw.createDeal({ input, sources })).rejects.toMatchObject({ code: "UNAUTHENTICATED" });
    const { createDeal } = await editor.createDeal({ input, sources, key: "D-SDK-1" });
    expect(createDeal.userErrors).toEqual([]);
    expect(createDeal.deal).toMatchObject({ key: "D-SDK-1", version: 1, totalValue: { amount: 1_000_000, currency: "USD", usd: 1_000_000 } });
    const stale = await editor.reviseDeal({ id: createDeal.deal!.id, version: 3, input: { totalValue: 2_000_000 }, sources });
    expect(stale.reviseDeal.userErrors.map((e) => e.code)).toEqual(["VERSION_CONFLICT"]);
    const { reviseDeal } = await editor.reviseDeal({ id: createDeal.deal!.id, version: 1, input: { totalValue: 2_000_000 }, sources });
    expect(reviseDeal.deal).toMatchObject({ key: "D-SDK-1~v2", version: 2 });
    const { retractDeal } = await editor.retractDeal({ id: reviseDeal.deal!.id, version: 2, reason: "Test record.", sources });
    expect(retractDeal.deal?.retraction?.reason).toBe("Test record.");
    const { changes } = await gw.listChanges({ first: 10 });
    expect(changes.nodes.map((c) => [c.action, c.version])).toEqual([["CREATE", 1], ["REVISE", 2], ["RETRACT", 3]]);
    const actions: string[] = [];
    for await (const c of gw.paginate.listChanges({ first: 1 })) actions.push(c.action);
    expect(actions).toEqual(["CREATE", "REVISE", "RETRACT"]);
  });
});

describe("coverage", () => {
  it("ran every SDK method against the server", () => {
    const all = Object.keys(operations) as OperationName[];
    expect(all).toHaveLength(operationCount);
    expect(all.filter((name) => !called.has(name))).toEqual([]);
  });
});
