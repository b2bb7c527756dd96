/**
 * The MCP endpoint with the MCP SDK's own client against the running server: POST /mcp over
 * streamable HTTP, and `npm run mcp`'s entry over stdio. Every answer carries citations.
 */
import path from "node:path";
import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StreamableHTTPClientTransport } from "@modelcontextprotocol/sdk/client/streamableHttp.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

let server: TestServer;
let client: Client;

interface Answer {
  result: any;
  citations: Array<{ title: string; url: string | null; date: string | null }>;
  error?: { message: string; code: string };
}

async function call(c: Client, name: string, args: Record<string, unknown>, timeout?: number): Promise<Answer & { isError: boolean }> {
  const r = await c.callTool({ name, arguments: args }, undefined, timeout ? { timeout } : undefined);
  const text = (r.content as Array<{ type: string; text: string }>)[0]!.text;
  return { ...(JSON.parse(text) as Answer), isError: r.isError === true };
}

beforeAll(async () => {
  server = await startTestServer();
  client = new Client({ name: "gigawatt-test", version: "1.0.0" });
  await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`)));
});
afterAll(async () => {
  await client?.close();
  await server?.close();
});

describe("MCP over streamable HTTP at /mcp", () => {
  it("lists the four read-only tools", async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(["get_fact", "graphql", "search_facts", "sector_figure"]);
    expect(tools.every((t) => t.annotations?.readOnlyHint === true && t.description)).toBe(true);
  });

  it("sector_figure: Google's credit backstops by 28 Feb 2026, with method, inputs and citations", async () => {
    const a = await call(client, "sector_figure", { metric: "CREDIT_BACKSTOPS", asOf: "2026-02-28" });
    expect(a.isError).toBe(false);
    const total = a.result.creditBackstops.total;
    expect(total).toMatchObject({ value: 6_233_000_000, unit: "USD" });
    expect(total.method).toMatch(/\w/);
    expect(total.inputs.nodes.length).toBe(total.count);
    expect(a.citations.length).toBeGreaterThan(0);
    expect(a.citations.every((c) => c.title && (c.url || c.date))).toBe(true);
    // The same figure on an earlier day: fewer backstops were public.
    const before = await call(client, "sector_figure", { metric: "CREDIT_BACKSTOPS", asOf: "2025-11-02" });
    expect(before.result.creditBackstops.total.value).toBe(5_900_000_000);
  });

  it("search_facts finds IREN's Microsoft deal by text, type, company and date; get_fact returns it with its sources", async () => {
    const a = await call(client, "search_facts", { text: "microsoft", type: "DEAL", company: "IREN" });
    const keys = a.result.facts.map((f: { key: string }) => f.key);
    expect(keys).toContain("D-IREN-MSFT");
    expect(a.citations.length).toBeGreaterThan(0);
    const early = await call(client, "search_facts", { text: "microsoft", type: "DEAL", company: "iren", asOf: "2025-11-02" });
    expect(early.result.facts.map((f: { key: string }) => f.key)).not.toContain("D-IREN-MSFT");
    const unknown = await call(client, "search_facts", { text: "x", company: "no-such-co" });
    expect(unknown).toMatchObject({ isError: true, error: { code: "NOT_FOUND" } });

    const id = a.result.facts.find((f: { key: string }) => f.key === "D-IREN-MSFT").id;
    const fact = await call(client, "get_fact", { id });
    expect(fact.result).toMatchObject({ __typename: "Deal", key: "D-IREN-MSFT", totalValue: { usd: 9_700_000_000 }, termMonths: 60 });
    expect(fact.citations.map((c) => c.title)).toEqual(fact.result.sources.map((s: { source: { title: string } }) => s.source.title));
    expect((await call(client, "get_fact", { id: "nope" })).isError).toBe(true);
  });

  it("graphql: read-only, with citations, under the same cost limit as /graphql", async () => {
    const ok = await call(client, "graphql", { query: '{ deals(where: { key: { eq: "D-IREN-MSFT" } }) { nodes { key sources { source { title url publishedOn } } } } }' });
    expect(ok.result.deals.nodes[0].key).toBe("D-IREN-MSFT");
    expect(ok.citations.length).toBe(ok.result.deals.nodes[0].sources.length);
    const write = await call(client, "graphql", { query: "mutation { anything }" });
    expect(write).toMatchObject({ isError: true, error: { code: "BAD_USER_INPUT" } });
    const costly = "{ deals(first: 100) { nodes { provider { dealsAsProvider(first: 100) { customer { dealsAsCustomer(first: 100) { key } } } } } } }";
    const direct = await server.query(costly);
    expect(direct.body.errors?.[0]?.extensions?.code).toBe("QUERY_TOO_COMPLEX");
    const viaMcp = await call(client, "graphql", { query: costly });
    expect(viaMcp).toMatchObject({ isError: true, error: { code: "QUERY_TOO_COMPLEX" } });
  });

  it("refuses GET (stateless: no server-initiated stream)", async () => {
    const res = await server.fetch("/mcp");
    expect(res.status).toBe(405);
  });
});

describe("MCP over stdio (`npm run mcp`)", () => {
  it("starts its own server and answers the same tools", async () => {
    const root = path.resolve(__dirname, "../..");
    const stdio = new Client({ name: "gigawatt-stdio-test", version: "1.0.0" });
    await stdio.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: [path.join(root, "dist/src/mcp-stdio.js")],
        cwd: root,
        env: { PATH: process.env.PATH ?? "", PGLITE_DATA_DIR: "memory://", LOG_LEVEL: "warn" },
        stderr: "pipe",
      }),
    );
    try {
      const { tools } = await stdio.listTools();
      expect(tools).toHaveLength(4);
      // The first call waits for the database to be migrated and seeded.
      const a = await call(stdio, "sector_figure", { metric: "BOND_ISSUANCE", asOf: "2025-11-02" }, 170_000);
      expect(a.result.bondIssuance.total).toMatchObject({ value: 75_000_000_000, count: 3 });
      expect(a.citations.length).toBeGreaterThan(0);
    } finally {
      await stdio.close();
    }
  }, 180_000);
});
