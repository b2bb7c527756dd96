import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DealWithSourcesDocument, GetCompanyDocument, GetNodeDocument, ListDealsDocument, ListStockMovesDocument, SectorSummaryDocument } from "@gigawatt/sdk";
import { startTestServer, type GraphQLResponse, type SdkDocument, type TestServer } from "./helpers/server";

/**
 * The fast lane (src/http/fast-lane.ts) against Apollo on the same seed: one server with the lane
 * (tests take it from a document's first run), one without. Every answer must be the same bytes
 * apart from the client's budget, and whatever the lane does not answer identically — errors,
 * refusals, variables graphql-jit refuses, mutations — must reach Apollo.
 */
let lane: TestServer;
let apollo: TestServer;

beforeAll(async () => {
  [lane, apollo] = await Promise.all([
    startTestServer({ RESPONSE_CACHE: "false" }),
    startTestServer({ RESPONSE_CACHE: "false", GRAPHQL_FAST_LANE: "false" }),
  ]);
});
afterAll(async () => {
  await Promise.all([lane?.close(), apollo?.close()]);
});

/** gigawatt_graphql_fast_lane_total{answered_by} as /metrics reports it (one registry per process). */
async function laneCount(server: TestServer, by: "lane" | "apollo"): Promise<number> {
  const text = await (await server.fetch("/metrics")).text();
  const line = text.split("\n").find((l) => l.startsWith(`gigawatt_graphql_fast_lane_total{answered_by="${by}"}`));
  return line ? Number(line.split(" ").pop()) : 0;
}

/** The answer without what differs by design: the budget left (time-dependent) and the request id. */
function comparable(r: GraphQLResponse) {
  const body = JSON.parse(JSON.stringify(r.body)) as GraphQLResponse["body"];
  const cost = (body.extensions as { cost?: { throttleStatus?: unknown } } | undefined)?.cost;
  if (cost) delete cost.throttleStatus;
  const headers: Record<string, string | null> = {};
  for (const name of ["content-type", "cache-control", "vary", "ratelimit-policy", "retry-after", "x-sql-statements"]) headers[name] = r.headers.get(name);
  return { status: r.status, headers, body };
}

/** Sends the same operation to both servers and returns who answered it on the lane server. */
async function both(query: string, variables?: Record<string, unknown>) {
  const before = { lane: await laneCount(lane, "lane"), apollo: await laneCount(lane, "apollo") };
  const fromLane = await lane.query(query, variables);
  const after = { lane: await laneCount(lane, "lane"), apollo: await laneCount(lane, "apollo") };
  const fromApollo = await apollo.query(query, variables);
  return { fromLane, fromApollo, answeredBy: after.lane > before.lane ? "lane" : after.apollo > before.apollo ? "apollo" : "nobody" };
}

describe("fast lane", () => {
  it("answers hot queries itself, with Apollo's status, headers and bytes", async () => {
    const operations: Array<[string, Record<string, unknown>?]> = [
      [`query Point($ticker: String!) { company(ticker: $ticker) { id name ticker kind country exchange } }`, { ticker: "IREN" }],
      [`query Nested($first: Int!) { deals(first: $first) { totalCount pageInfo { hasNextPage endCursor } nodes { id key kind announcedOn totalValue { amount currency } provider { name } customer { name } site { name } sources { quote source { title url } } } } }`, { first: 5 }],
      [`{ stockMoves(first: 3, orderBy: [{ field: ON, direction: DESC }]) { nodes { id symbol on changePct } } }`],
      [`query Past { deals(first: 3, asOf: "2025-06-30") { nodes { key announcedOn } } }`],
    ];
    for (const [query, variables] of operations) {
      const { fromLane, fromApollo, answeredBy } = await both(query, variables);
      expect(answeredBy, query).toBe("lane");
      expect(fromLane.body.errors, query).toBeUndefined();
      expect(comparable(fromLane), query).toEqual(comparable(fromApollo));
      // The bytes too: the same JSON text, so the response cache stores and restates it alike.
      const text = JSON.stringify(fromLane.body);
      expect(text.length).toBeGreaterThan(60);
    }
  });

  it("answers the SDK's operations as Apollo does, input-object variables included (run on graphql-js)", async () => {
    const sdk = async <R, V>(document: SdkDocument<R, V>, variables: V, by: "lane" | "apollo") => {
      const { fromLane, fromApollo, answeredBy } = await both(document.toString(), variables as Record<string, unknown>);
      expect(answeredBy, document.toString().slice(0, 40)).toBe(by);
      expect(comparable(fromLane)).toEqual(comparable(fromApollo));
      return fromLane.body.data as R;
    };
    const company = await sdk(GetCompanyDocument, { slug: "iren" }, "lane");
    expect(company.company?.ticker).toBe("IREN");
    const node = await sdk(GetNodeDocument, { id: company.company!.id }, "lane");
    expect(node.node).toMatchObject({ id: company.company!.id });
    const sector = await sdk(SectorSummaryDocument, {}, "lane");
    expect([sector.before?.asOf, sector.after?.asOf]).toEqual(["2025-11-02", "2026-02-28"]);
    const deal = await sdk(DealWithSourcesDocument, { provider: "IREN", customer: "MSFT" }, "lane");
    expect(deal.deals.nodes[0]?.key).toBe("D-IREN-MSFT");
    // `$where: DealWhere` is not compiled (src/http/executor.ts): the lane runs it on graphql-js.
    const deals = await sdk(ListDealsDocument, { first: 3, where: { provider: { ticker: { eq: "IREN" } } } }, "lane");
    expect(deals.deals.nodes.length).toBeGreaterThan(0);
    const moves = await sdk(ListStockMovesDocument, { first: 5, orderBy: [{ field: "ON", direction: "DESC" }] }, "lane");
    expect(moves.stockMoves.nodes).toHaveLength(5);
  });

  it("charges the operation's cost to the client's budget, as Apollo does", async () => {
    const q = `query Few { deals(first: 5) { nodes { key provider { name } } } }`;
    const first = await lane.query(q);
    const second = await lane.query(q);
    const cost = (r: GraphQLResponse) => (r.body.extensions as { cost: { requestedQueryCost: number; actualQueryCost: number; throttleStatus: { currentlyAvailable: number } } }).cost;
    expect(cost(first).requestedQueryCost).toBeGreaterThan(5);
    expect(cost(first).actualQueryCost).toBeLessThanOrEqual(cost(first).requestedQueryCost);
    // The second request's budget is lower by what the first one actually cost (restored meanwhile at most a little).
    expect(cost(second).throttleStatus.currentlyAvailable).toBeLessThan(cost(first).throttleStatus.currentlyAvailable + 1);
    expect(second.headers.get("ratelimit")).toMatch(/^"cost";r=\d+;t=\d+$/);
  });

  it("hands errors, refusals, refused variables and mutations to Apollo, whose answers stay the same", async () => {
    const cases: Array<[string, Record<string, unknown>?]> = [
      // an error in the result (a cursor this API never issued)
      [`{ deals(first: 1, after: "bm90LWEtY3Vyc29y") { nodes { key } } }`],
      // refused by the cost limit (MAX_QUERY_COST, 25,000 by default: this one is about 210,000)
      [`{ companies(first: 100) { nodes { dealsAsProvider(first: 100) { sources { source { title } } } } } }`],
      // refused by the input limits
      [`query Deep($w: DealWhere) { deals(where: $w, first: 1) { nodes { key } } }`, { w: nest(40) }],
      // an input-object variable graphql-js refuses (an enum value that does not exist)
      [`query Kind($w: DealWhere) { deals(where: $w, first: 1) { nodes { key } } }`, { w: { kind: { eq: "NOPE" } } }],
      // variables graphql-jit refuses: graphql-js writes the message
      [`query Point($ticker: String!) { company(ticker: $ticker) { name } }`, { ticker: 5 }],
      [`query Point($ticker: String!) { company(ticker: $ticker) { name } }`, {}],
      // not a query
      [`mutation { retractDeal(input: { id: "x", reason: "r", version: 1 }) { userErrors { code } } }`],
      // introspection
      [`{ __type(name: "Deal") { name } }`],
      // a validation error
      [`{ company(ticker: "IREN") { nope } }`],
    ];
    for (const [query, variables] of cases) {
      const { fromLane, fromApollo, answeredBy } = await both(query, variables);
      expect(answeredBy, query).toBe("apollo");
      expect(comparable(fromLane), query).toEqual(comparable(fromApollo));
    }
  });

  it("leaves batches, persisted queries, GET and other Accept values to Apollo", async () => {
    const op = { query: `{ company(ticker: "IREN") { name } }` };
    const before = await laneCount(lane, "lane");
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      lane.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body) });
    const batch = (await post([op, op])).status;
    expect(batch).toBe((await apollo.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify([op, op]) })).status);
    expect((await post({ ...op, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } })).status).toBe(400);
    // A "simple" content type whose parameters say json: Apollo's CSRF rule must see it.
    const simple = await post(op, { "content-type": "text/plain; charset=json" });
    const simpleApollo = await apollo.fetch("/graphql", { method: "POST", headers: { "content-type": "text/plain; charset=json" }, body: JSON.stringify(op) });
    expect(simple.status).toBe(simpleApollo.status);
    expect(simple.status).toBe(400);
    const graphqlResponse = await post(op, { accept: "application/graphql-response+json" });
    expect(graphqlResponse.headers.get("content-type")).toMatch(/^application\/graphql-response\+json/);
    const get = await lane.fetch(`/graphql?query=${encodeURIComponent(op.query)}`, { headers: { "apollo-require-preflight": "1" } });
    expect(get.status).toBe(200);
    expect(await laneCount(lane, "lane")).toBe(before);
  });
});

/** `{ and: [{ and: [ … ] }] }` nested n deep. */
function nest(n: number): Record<string, unknown> {
  let w: Record<string, unknown> = { kind: { eq: "AI_HOSTING" } };
  for (let i = 0; i < n; i++) w = { and: [w] };
  return w;
}
