import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const keys = (conn: { nodes: Array<{ key: string }> }) => conn.nodes.map((n) => n.key).sort();
const DEALS = `query($where: DealWhere, $asOf: Date) { deals(first: 100, where: $where, asOf: $asOf) { totalCount nodes { key } } }`;

describe("deal filters", () => {
  it("filters by a related company: deals whose provider ticker is IREN", async () => {
    const data = await server.data(DEALS, { where: { provider: { ticker: { eq: "IREN" } } } });
    expect(keys(data.deals)).toEqual(["D-IREN-MSFT", "D-IREN-OTHER"]);
    expect(data.deals.totalCount).toBe(2);
  });

  it("filters by customer kind and by either party", async () => {
    const fluid = await server.data(DEALS, { where: { customer: { slug: { eq: "fluidstack" } } } });
    expect(keys(fluid.deals)).toEqual(["D-CIFR-FLUID-1", "D-CIFR-FLUID-2", "D-HUT-FLUID-RIVERBEND", "D-WULF-FLUID-ABERNATHY", "D-WULF-FLUID-CB5", "D-WULF-FLUID-LM1"]);
    const hyperscalers = await server.data(DEALS, { where: { customer: { kind: { eq: "HYPERSCALER" } } } });
    expect(keys(hyperscalers.deals)).toEqual(["D-CIFR-AWS", "D-IREN-MSFT"]);
    const party = await server.data(DEALS, { where: { party: { ticker: { in: ["MSFT", "RIOT"] } } } });
    expect(keys(party.deals)).toEqual(["D-IREN-MSFT", "D-RIOT-AMD"]);
  });

  it("filters by ranges, in-lists and null checks", async () => {
    const big = await server.data(DEALS, { where: { totalValue: { gte: 7_000_000_000 } } });
    // $9.7B IREN–MSFT, $9.5B Abernathy, $8.7B CoreWeave, $7.0B River Bend.
    expect(keys(big.deals)).toEqual(["D-CORZ-CRWV", "D-HUT-FLUID-RIVERBEND", "D-IREN-MSFT", "D-WULF-FLUID-ABERNATHY"]);
    const tenYears = await server.data(DEALS, { where: { termMonths: { eq: 120 } } });
    expect(tenYears.deals.totalCount).toBe(5);
    const noValue = await server.data(DEALS, { where: { totalValue: { isNull: true } } });
    expect(keys(noValue.deals)).toEqual(["D-IREN-OTHER", "D-WULF-FLUID-CB5"]);
    const nov = await server.data(DEALS, { where: { announcedOn: { gte: "2025-11-01", lt: "2025-12-01" } } });
    expect(keys(nov.deals)).toEqual(["D-CIFR-AWS", "D-CIFR-FLUID-2", "D-IREN-MSFT", "D-IREN-OTHER"]);
  });

  it("combines with and / or / not", async () => {
    const data = await server.data(DEALS, {
      where: {
        or: [{ provider: { ticker: { eq: "RIOT" } } }, { and: [{ provider: { ticker: { eq: "WULF" } } }, { itLoadMw: { gt: 150 } }] }],
        not: { key: { eq: "D-WULF-FLUID-LM1" } },
      },
    });
    expect(keys(data.deals)).toEqual(["D-RIOT-AMD", "D-WULF-FLUID-ABERNATHY", "D-WULF-FLUID-CB5"]);
  });

  it("filters by global ID, and rejects IDs of another type", async () => {
    const one = await server.data(`{ deals(first: 1, orderBy: [{ field: KEY }]) { nodes { id key } } }`);
    const { id, key } = one.deals.nodes[0];
    const byId = await server.data(DEALS, { where: { id: { eq: id } } });
    expect(keys(byId.deals)).toEqual([key]);
    const company = await server.data(`{ companies(first: 1) { nodes { id } } }`);
    const wrong = await server.query(DEALS, { where: { id: { eq: company.companies.nodes[0].id } } });
    expect(wrong.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "where.id.eq" });
  });

  it("matches text case-insensitively with contains, treating % and _ literally", async () => {
    const sites = await server.data(`{ sites(first: 100, where: { name: { contains: "lake" } }) { nodes { key } } }`);
    expect(keys(sites.sites)).toEqual(["CIFR-BARBERLAKE", "WULF-LAKEMARINER"]);
    const percent = await server.data(`{ sites(first: 100, where: { name: { contains: "95%" } }) { nodes { key } } }`);
    expect(keys(percent.sites)).toEqual(["CIFR-COLCHIS"]);
    const underscore = await server.data(`{ sites(first: 100, where: { name: { contains: "_" } }) { totalCount } }`);
    expect(underscore.sites.totalCount).toBe(0);
  });

  it("rejects oversized in-lists and over-nested filters", async () => {
    const huge = await server.query(DEALS, { where: { termMonths: { in: Array.from({ length: 501 }, (_, i) => i) } } });
    expect(huge.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    let deep: Record<string, unknown> = { key: { eq: "x" } };
    for (let i = 0; i < 8; i++) deep = { not: deep };
    const nested = await server.query(DEALS, { where: deep });
    expect(nested.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("asOf", () => {
  it("shows only deals public by the date: IREN–Microsoft appears on 3 Nov 2025", async () => {
    const before = await server.data(DEALS, { asOf: "2025-11-02" });
    const after = await server.data(DEALS, { asOf: "2025-11-03" });
    expect(keys(before.deals)).not.toContain("D-IREN-MSFT");
    expect(keys(after.deals)).toContain("D-IREN-MSFT");
    expect(keys(after.deals)).toContain("D-CIFR-AWS");
    // Announced before 3 Nov: Core Scientific (Oct 2024), TeraWulf (Aug, Oct 2025), Cipher–Fluidstack (Sep 2025).
    expect(keys(before.deals)).toEqual(["D-CIFR-FLUID-1", "D-CORZ-CRWV", "D-WULF-FLUID-ABERNATHY", "D-WULF-FLUID-CB5", "D-WULF-FLUID-LM1"]);
  });

  it("carries asOf into nested relations", async () => {
    const data = await server.data(`{ company(slug: "cifr", asOf: "2025-11-05") { dealsAsProvider { key } } }`);
    expect(data.company.dealsAsProvider.map((d: { key: string }) => d.key).sort()).toEqual(["D-CIFR-AWS", "D-CIFR-FLUID-1"]);
  });

  it("rejects a malformed date with BAD_USER_INPUT", async () => {
    for (const asOf of ["2025-02-30", "yesterday", "2025-1-1"]) {
      const r = await server.query(DEALS, { asOf });
      expect(r.body.errors?.[0].extensions?.code, asOf).toBe("BAD_USER_INPUT");
    }
    const literal = await server.query(`{ deals(asOf: "2025-13-01") { totalCount } }`);
    expect(literal.body.errors?.[0].extensions?.code).toMatch(/BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED/);
  });
});
