import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ MAX_QUERY_DEPTH: "6", MAX_QUERY_COST: "5000" });
});
afterAll(async () => {
  await server?.close();
});

function noLeaks(body: unknown) {
  const text = JSON.stringify(body);
  expect(text).not.toMatch(/stacktrace|\bat \w+ \(|node_modules|select |relation "|syntax error at/i);
}

describe("HTTP surface", () => {
  it("answers /healthz and /readyz", async () => {
    const health = await server.fetch("/healthz");
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: "ok" });
    const ready = await server.fetch("/readyz");
    expect(ready.status).toBe(200);
    expect((await ready.json()).status).toBe("ready");
  });

  it("echoes a request id, or makes one", async () => {
    const given = await server.query(`{ __typename }`, {}, { headers: { "x-request-id": "abc-123" } });
    expect(given.headers.get("x-request-id")).toBe("abc-123");
    const made = await server.query(`{ __typename }`);
    expect(made.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("serves GET queries", async () => {
    const res = await server.fetch(`/graphql?query=${encodeURIComponent("{ companies(first: 1) { totalCount } }")}`, {
      headers: { accept: "application/json", "apollo-require-preflight": "true" },
    });
    expect(res.status).toBe(200);
    expect((await res.json()).data.companies.totalCount).toBe(19);
  });

  it("returns 404 with a code for unknown paths", async () => {
    const res = await server.fetch("/nope");
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].extensions.code).toBe("NOT_FOUND");
  });
});

describe("bad input never crashes and never leaks", () => {
  it("malformed JSON → 400 BAD_REQUEST", async () => {
    const res = await server.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: "{not json" });
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe("BAD_REQUEST");
    noLeaks(body);
  });

  it("an oversized body → 413", async () => {
    const res = await server.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: `{ __typename }`, pad: "x".repeat(1_100_000) }),
    });
    expect(res.status).toBe(413);
  });

  it("syntax errors, unknown fields and wrong variable types get GraphQL codes", async () => {
    const parse = await server.query(`{ deals( }`);
    expect(parse.body.errors?.[0].extensions?.code).toBe("GRAPHQL_PARSE_FAILED");
    const unknown = await server.query(`{ deals { nodes { nope } } }`);
    expect(unknown.body.errors?.[0].extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
    const badVar = await server.query(`query($n: Int) { deals(first: $n) { totalCount } }`, { n: "ten" });
    expect(badVar.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
    for (const r of [parse, unknown, badVar]) noLeaks(r.body);
  });

  it("too deep or too costly operations are refused before any SQL runs", async () => {
    const deep = await server.query(`{ deals { nodes { provider { dealsAsProvider { site { company { sites { company { name } } } } } } } } }`);
    expect(deep.body.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(deep.status).toBe(400);
    expect(deep.sqlStatements).toBe(0);
    const costly = await server.query(`{ deals(first: 100) { nodes { provider { dealsAsProvider(first: 100) { key } } } } }`);
    expect(costly.body.errors?.[0].extensions?.code).toBe("QUERY_TOO_COMPLEX");
    expect(costly.sqlStatements).toBe(0);
  });

  it("garbage IDs give null from node, never an error", async () => {
    const r = await server.query(`{ a: node(id: "x") { id } b: node(id: "RGVhbDpub3Bl") { id } c: node(id: "${"A".repeat(500)}") { id } }`);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ a: null, b: null, c: null });
  });

  it("hostile strings are data, not SQL", async () => {
    const r = await server.query(`query($t: String!) { companies(where: { name: { eq: $t } }) { totalCount } }`, { t: "x'; drop table deals; --" });
    expect(r.body.data.companies.totalCount).toBe(0);
    const still = await server.data(`{ deals { totalCount } }`);
    expect(still.deals.totalCount).toBe(12);
  });

  it("methods other than GET and POST are refused", async () => {
    const res = await server.fetch("/graphql", { method: "DELETE" });
    expect(res.status).toBe(405);
  });
});
