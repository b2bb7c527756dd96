import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

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
          key kind termMonths prepaymentPct announcedOn contractOn gpuModel
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
    expect(d.itLoad).toEqual({ mw: 200, gw: 0.2 });
    expect(d.prepaymentPct).toBe(20);
    expect(d.annualizedRevenue.amount).toBe(1_940_000_000);
    expect(d.announcedOn).toBe("2025-11-03");
    expect(d.contractOn).toBe("2025-11-02");
    expect(d.provider.ticker).toBe("IREN");
    expect(d.customer.ticker).toBe("MSFT");
    expect(d.site).toEqual({ name: "Childress campus", powerCapacity: { mw: 750 } });
    expect(d.sources.map((s: any) => s.source.key)).toEqual(["IREN-8K", "IREN-BENZINGA", "IREN-Q1FY26", "IREN-BLOOMBERG-ARR"]);
  });
});
