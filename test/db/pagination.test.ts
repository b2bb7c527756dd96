import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: [DealOrder!]) {
  deals(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy) {
    totalCount
    edges { cursor node { key totalValue { amount } } }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
  }
}`;

async function walk(vars: Record<string, unknown>, pageSize: number) {
  const keys: string[] = [];
  let after: string | null = null;
  for (let i = 0; i < 50; i++) {
    const data: any = await server.data(PAGE, { ...vars, first: pageSize, after });
    keys.push(...data.deals.edges.map((e: { node: { key: string } }) => e.node.key));
    if (!data.deals.pageInfo.hasNextPage) return keys;
    after = data.deals.pageInfo.endCursor;
  }
  throw new Error("pagination did not end");
}

describe("Relay pagination", () => {
  it("walks every deal exactly once forwards, whatever the page size", async () => {
    const all = await server.data(PAGE, { first: 100 });
    const total = all.deals.totalCount;
    expect(total).toBe(12);
    const reference = all.deals.edges.map((e: { node: { key: string } }) => e.node.key);
    for (const size of [1, 5, 7, 12]) {
      expect(await walk({}, size)).toEqual(reference);
    }
  });

  it("orders by a nullable column with ties, and cursors keep the order stable", async () => {
    const orderBy = [{ field: "TOTAL_VALUE", direction: "DESC" }, { field: "KEY", direction: "ASC" }];
    const all = await server.data(PAGE, { first: 100, orderBy });
    const values = all.deals.edges.map((e: { node: { totalValue: { amount: number } | null } }) => e.node.totalValue?.amount ?? null);
    // DESC puts unknown values first, then largest to smallest.
    const firstKnown = values.findIndex((v: number | null) => v !== null);
    expect(values.slice(0, firstKnown).every((v: number | null) => v === null)).toBe(true);
    const known = values.slice(firstKnown) as number[];
    expect(known).toEqual([...known].sort((a, b) => b - a));
    const reference = all.deals.edges.map((e: { node: { key: string } }) => e.node.key);
    expect(await walk({ orderBy }, 2)).toEqual(reference);
    expect(await walk({ orderBy: [{ field: "TOTAL_VALUE", direction: "ASC" }] }, 3)).toEqual(
      (await server.data(PAGE, { first: 100, orderBy: [{ field: "TOTAL_VALUE", direction: "ASC" }] })).deals.edges.map(
        (e: { node: { key: string } }) => e.node.key,
      ),
    );
  });

  it("pages backwards with last/before to the same items in the same order", async () => {
    const all = await server.data(PAGE, { first: 100 });
    const reference = all.deals.edges.map((e: { node: { key: string } }) => e.node.key);
    const lastThree = await server.data(PAGE, { last: 3 });
    expect(lastThree.deals.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(reference.slice(-3));
    expect(lastThree.deals.pageInfo.hasPreviousPage).toBe(true);
    const before = await server.data(PAGE, { last: 4, before: lastThree.deals.pageInfo.startCursor });
    expect(before.deals.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(reference.slice(-7, -3));
    expect(before.deals.pageInfo.hasNextPage).toBe(true);
  });

  it("handles the edges: first 0, the end of the list, and a cursor past the end", async () => {
    const zero = await server.data(PAGE, { first: 0 });
    expect(zero.deals.edges).toEqual([]);
    expect(zero.deals.totalCount).toBe(12);
    const all = await server.data(PAGE, { first: 12 });
    expect(all.deals.pageInfo.hasNextPage).toBe(false);
    const past = await server.data(PAGE, { first: 5, after: all.deals.pageInfo.endCursor });
    expect(past.deals.edges).toEqual([]);
    expect(past.deals.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null });
  });

  it.each([
    [{ first: 101 }, "first"],
    [{ last: -1 }, "last"],
    [{ first: 2, last: 2 }, "first"],
    [{ first: 2, after: "not-a-cursor" }, "after"],
    [{ last: 2, before: "eyJ4Ijp0cnVlfQ" }, "before"],
  ])("rejects %j with BAD_USER_INPUT naming the argument", async (vars, field) => {
    const r = await server.query(PAGE, vars);
    expect(r.body.errors?.[0].extensions).toMatchObject({ code: "BAD_USER_INPUT", field });
    expect(r.sqlStatements).toBe(0);
  });

  it("rejects a cursor issued for another orderBy", async () => {
    const page = await server.data(PAGE, { first: 2 });
    const r = await server.query(PAGE, { first: 2, after: page.deals.pageInfo.endCursor, orderBy: [{ field: "TOTAL_VALUE" }] });
    expect(r.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    expect(r.body.errors?.[0].message).toMatch(/different orderBy/);
  });

  it("caps relation lists and rejects out-of-range sizes", async () => {
    const r = await server.query(`{ company(slug: "cifr") { dealsAsProvider(first: 0) { key } } }`);
    expect(r.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    const ok = await server.data(`{ company(slug: "cifr") { dealsAsProvider(first: 2) { key } } }`);
    expect(ok.company.dealsAsProvider).toHaveLength(2);
  });
});
