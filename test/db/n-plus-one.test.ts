import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const NESTED = `query($n: Int) {
  deals(first: $n, orderBy: [{ field: KEY }]) {
    totalCount
    nodes {
      key
      provider { name sites { name } }
      customer { name }
      site { name company { name } }
      sources { quote source { title } }
      totalValue { amount usd }
    }
  }
}`;

describe("N+1 guard", () => {
  it("runs the same number of SQL statements for 2 deals as for all 12", async () => {
    const small = await server.query(NESTED, { n: 2 });
    const large = await server.query(NESTED, { n: 12 });
    expect(small.body.errors).toBeUndefined();
    expect(large.body.data.deals.nodes).toHaveLength(12);
    expect(Number.isFinite(small.sqlStatements)).toBe(true);
    expect(large.sqlStatements).toBe(small.sqlStatements);
    // page + count + provider + customer + site + site company + provider sites + citations
    expect(large.sqlStatements).toBeLessThanOrEqual(8);
  });
});
