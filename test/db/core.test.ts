import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GetCompanyDocument, GetNodeDocument } from "@gigawatt/sdk";
import { startTestServer, type TestServer } from "../helpers/server";

const factBase = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../seeds/facts.json"), "utf8"));

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

describe("seed round-trip", () => {
  it("serves IREN–Microsoft exactly as the fact base states it, with its sources", async () => {
    const data = await server.data(`{
      deals(where: { key: { eq: "D-IREN-MSFT" } }) {
        totalCount
        nodes {
          key kind termMonths termYears prepaymentPct announcedOn contractOn gpuModel verified
          totalValue { amount currency usd }
          annualizedRevenue { amount }
          itLoad { mw gw }
          provider { ticker name } customer { ticker } site { name powerCapacity { mw } }
          sources { source { key publisher } }
        }
      }
    }`);
    expect(data.deals.totalCount).toBe(1);
    const d = data.deals.nodes[0];
    expect(d.totalValue).toEqual({ amount: 9_700_000_000, currency: "USD", usd: 9_700_000_000 });
    expect(d.termMonths).toBe(60);
    expect(d.termYears).toBe(5);
    expect(d.itLoad).toEqual({ mw: 200, gw: 0.2 });
    expect(d.prepaymentPct).toBe(20);
    expect(d.annualizedRevenue.amount).toBe(1_940_000_000);
    expect(d.announcedOn).toBe("2025-11-03");
    expect(d.contractOn).toBe("2025-11-02");
    expect(d.gpuModel).toBe("NVIDIA GB300");
    expect(d.provider.ticker).toBe("IREN");
    expect(d.customer.ticker).toBe("MSFT");
    expect(d.site).toEqual({ name: "Childress campus", powerCapacity: { mw: 750 } });
    expect(d.sources.map((s: { source: { key: string } }) => s.source.key)).toEqual(["IREN-8K", "IREN-BENZINGA", "IREN-Q1FY26", "IREN-BLOOMBERG-ARR"]);
  });

  it("has as many records of every entity as the fact base", async () => {
    const data = await server.data(`{
      companies { totalCount } sites { totalCount } deals { totalCount }
      creditBackstops { totalCount } bondRaises { totalCount } investmentPlans { totalCount }
      revenueReports { totalCount } stockMoves { totalCount } indicators { totalCount }
      sources(where: { kind: { notIn: [SEED_ARTICLE, REFERENCE_RATE] } }) { totalCount }
      articles: sources(where: { kind: { eq: SEED_ARTICLE } }) { totalCount }
    }`);
    expect(data.companies.totalCount).toBe(factBase.companies.length);
    expect(data.sites.totalCount).toBe(factBase.sites.length);
    expect(data.deals.totalCount).toBe(factBase.deals.length);
    expect(data.creditBackstops.totalCount).toBe(factBase.creditBackstops.length);
    expect(data.bondRaises.totalCount).toBe(factBase.bondRaises.length);
    expect(data.investmentPlans.totalCount).toBe(factBase.investmentPlans.length);
    expect(data.revenueReports.totalCount).toBe(factBase.revenue.length);
    expect(data.stockMoves.totalCount).toBe(factBase.stockMoves.length);
    expect(data.indicators.totalCount).toBe(factBase.indicators.length);
    expect(data.sources.totalCount).toBe(factBase.sources.length);
    expect(data.articles.totalCount).toBe(2);
  });

  it("links every fact of the fact base to all of its sources", async () => {
    const expected = new Map<string, string[]>();
    for (const list of ["deals", "creditBackstops", "bondRaises", "sites"]) {
      for (const r of factBase[list]) expected.set(r.id, r.sourceIds);
    }
    const data = await server.data(`{
      deals(first: 100) { nodes { key sources { source { key } } } }
      creditBackstops(first: 100) { nodes { key sources { source { key } } } }
      bondRaises(first: 100) { nodes { key sources { source { key } } } }
      sites(first: 100) { nodes { key sources { source { key } } } }
    }`);
    let checked = 0;
    for (const list of ["deals", "creditBackstops", "bondRaises", "sites"]) {
      for (const n of data[list].nodes) {
        expect(n.sources.map((s: { source: { key: string } }) => s.source.key), n.key).toEqual(expected.get(n.key));
        checked++;
      }
    }
    expect(checked).toBe(factBase.deals.length + factBase.creditBackstops.length + factBase.bondRaises.length + factBase.sites.length);
  });

  it("keeps unknown values null, never zero", async () => {
    const data = await server.data(`{
      deals(where: { key: { in: ["D-WULF-FLUID-CB5", "D-IREN-OTHER"] } }, orderBy: [{ field: KEY }]) {
        nodes { key totalValue { amount } termMonths cumulativeValue { amount } customer { slug } counterpartyText annualizedRevenueBasis }
      }
    }`);
    const [other, cb5] = data.deals.nodes;
    expect(other.key).toBe("D-IREN-OTHER");
    expect(other.totalValue).toBeNull();
    expect(other.termMonths).toBeNull();
    expect(other.customer).toBeNull();
    expect(other.counterpartyText).toBe("Together AI; Fluidstack; Fireworks AI");
    expect(other.annualizedRevenueBasis).toBe("COMPANY_TARGET");
    expect(cb5.totalValue).toBeNull();
    expect(cb5.cumulativeValue.amount).toBe(6_700_000_000);
  });

  it("serves the two seed articles with their text, and copies point at them", async () => {
    const data = await server.data(`{
      sources(where: { key: { in: ["SEED-ARTICLE-2", "SEED2-A"] } }, orderBy: [{ field: KEY }]) {
        nodes { key kind body publishedOn copyOf { key } }
      }
    }`);
    const [article, copy] = data.sources.nodes;
    expect(article.kind).toBe("SEED_ARTICLE");
    expect(article.body).toContain("Big Tech");
    expect(copy.copyOf.key).toBe("SEED-ARTICLE-2");
  });

  it("finds a company by slug or ticker, and says NOT_FOUND otherwise", async () => {
    const ok = await server.data(`{ a: company(slug: "iren") { ticker } b: company(ticker: "cifr") { slug } }`);
    expect(ok).toEqual({ a: { ticker: "IREN" }, b: { slug: "cifr" } });
    // The SDK's own document, as a partner sends it (typed variables and result).
    const { company } = await server.sdk(GetCompanyDocument, { slug: "iren" });
    expect(company).toMatchObject({ ticker: "IREN", slug: "iren" });
    const missing = await server.query(`{ company(slug: "nope") { ticker } }`);
    expect(missing.body.data).toEqual({ company: null });
    expect(missing.body.errors?.[0].extensions?.code).toBe("NOT_FOUND");
    const both = await server.query(`{ company(slug: "iren", ticker: "IREN") { ticker } }`);
    expect(both.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("node and nodes", () => {
  it("round-trips global IDs of every type and returns null for unknown ones", async () => {
    const ids = await server.data(`{
      deals(first: 1) { nodes { id } } companies(first: 1) { nodes { id } } sources(first: 1) { nodes { id } } sites(first: 1) { nodes { id } }
    }`);
    const all = [ids.deals.nodes[0].id, ids.companies.nodes[0].id, ids.sources.nodes[0].id, ids.sites.nodes[0].id];
    const bogus = Buffer.from("Deal:NO-SUCH-DEAL").toString("base64url");
    const data = await server.data(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids: [...all, bogus, "not an id!"] });
    expect(data.nodes.slice(0, 4).map((n: { id: string }) => n.id)).toEqual(all);
    expect(data.nodes.slice(0, 4).map((n: { __typename: string }) => n.__typename)).toEqual(["Deal", "Company", "Source", "Site"]);
    expect(data.nodes.slice(4)).toEqual([null, null]);
    const single = await server.sdk(GetNodeDocument, { id: all[0] });
    expect(single.node?.__typename).toBe("Deal");
    expect(single.node && "key" in single.node ? single.node.key : null).toMatch(/^D-/);
  });
});
