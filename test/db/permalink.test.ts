/**
 * Permalinks through the real server: POST /share stores the operation by its sha256 and pins
 * it; /p/<sha256>[.json|.csv] answers for the pin whatever the data says today.
 */
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { parseCsv } from "../helpers/csv";
import { loadExamples } from "../../src/http/examples";
import { keyed } from "../helpers/writes";

let server: TestServer;
let dir: string;
const today = () => new Date().toISOString().slice(0, 10);

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gigawatt-permalinks-"));
  server = await startTestServer({ DOCUMENTS_DIR: dir });
});
afterAll(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function share(body: unknown) {
  const res = await server.fetch("/share", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

const json = async (url: string) => (await server.fetch(url)).json();

describe("POST /share", () => {
  it("stores the operation by its sha256 and pins it to today's asOf when the variables have none", async () => {
    const query = "query dealCount { deals { totalCount } }";
    const { status, body } = await share({ query });
    expect(status).toBe(201);
    const hash = createHash("sha256").update(query).digest("hex");
    expect(body.hash).toBe(hash);
    // The pin is the asOf and the knownAt in force: today, and the instant of sharing.
    expect(body.pin).toEqual({ asOf: today(), knownAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/) });
    expect(Date.now() - Date.parse(body.pin.knownAt)).toBeLessThan(60_000);
    const knownAt = encodeURIComponent(body.pin.knownAt);
    expect(body.url).toBe(`/p/${hash}?asOf=${today()}&knownAt=${knownAt}`);
    expect(body.json).toBe(`/p/${hash}.json?asOf=${today()}&knownAt=${knownAt}`);
    expect(fs.readFileSync(path.join(dir, `${hash}.graphql`), "utf8")).toBe(query);
    // Sharing again gives the same URL for the same pin.
    expect((await share({ query, variables: { knownAt: body.pin.knownAt } })).body.url).toBe(body.url);
  });

  it("pins to the variables' own asOf and keeps the other variables, in a canonical order", async () => {
    const query = "query moves($ticker: String!, $asOf: Date) { stockMoves(asOf: $asOf, where: { company: { ticker: { eq: $ticker } } }) { totalCount } }";
    const knownAt = "2026-01-01T00:00:00.000Z";
    const { body } = await share({ query, variables: { ticker: "IREN", asOf: "2025-11-10", knownAt }, operationName: "moves" });
    expect(body.pin).toEqual({ asOf: "2025-11-10", knownAt });
    expect(body.url).toBe(`/p/${body.hash}?asOf=2025-11-10&knownAt=${encodeURIComponent(knownAt)}&operationName=moves&variables=${encodeURIComponent('{"ticker":"IREN"}')}`);
  });

  it("writes nothing for a saved example: it is known by its hash", async () => {
    const example = loadExamples()[0]!;
    const before = fs.readdirSync(dir).length;
    const { status, body } = await share({ query: example.query, variables: { provider: "IREN", customer: "MSFT" } });
    expect(status).toBe(201);
    expect(fs.readdirSync(dir).length).toBe(before);
    const page = await (await server.fetch(body.url)).text();
    expect(page).toContain(`<h1 data-testid="permalink-title">${example.name.replace(/'/g, "&#39;")}</h1>`);
  });

  it("refuses what cannot be a permalink, with a code", async () => {
    const cases: Array<[unknown, number, string]> = [
      [{ query: "{ deals( }" }, 400, "GRAPHQL_PARSE_FAILED"],
      [{ query: "{ deals { nope } }" }, 400, "GRAPHQL_VALIDATION_FAILED"],
      [{ query: "query a { deals { totalCount } } query b { sites { totalCount } }" }, 400, "OPERATION_RESOLUTION_FAILURE"],
      [{ variables: {} }, 400, "BAD_REQUEST"],
      [{ query: "{ deals { totalCount } }", variables: [1] }, 400, "BAD_REQUEST"],
    ];
    for (const [body, status, code] of cases) {
      const res = await share(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.errors[0].extensions.code).toBe(code);
    }
    const get = await server.fetch("/share");
    expect(get.status).toBe(405);
  });
});

describe("GET /p/<sha256>", () => {
  it("answers for the pin, not for today: asOf is added to every field that takes it", async () => {
    const { body } = await share({ query: "query dealCount { deals { totalCount } sites { totalCount } }" });
    const hash = body.hash;
    const then = await json(`/p/${hash}.json?asOf=2025-10-01`);
    const direct = await server.data(`{ deals(asOf: "2025-10-01") { totalCount } sites(asOf: "2025-10-01") { totalCount } }`);
    const now = await server.data(`{ deals { totalCount } sites { totalCount } }`);
    expect(then.data).toEqual(direct);
    expect(then.data.deals.totalCount).toBeLessThan(now.deals.totalCount);
  });

  it("pins knownAt too: a write after sharing (even a backfill dated before asOf) never changes the answer", async () => {
    const editor = await keyed(server, "editor", "permalink editor");
    const query = "query dealCount { deals { totalCount } company(ticker: \"CIFR\") { name } }";
    const { body } = await share({ query });
    const before = await json(body.json);
    await new Promise((r) => setTimeout(r, 10));
    const d = await server.data(`{ company(ticker: "CIFR") { id version } sources(first: 1) { nodes { id } } }`);
    const created = await editor.write(
      `mutation($p: ID!, $s: ID!) { createDeal(input: { providerId: $p, kind: CLOUD_SERVICES, totalValue: 1, announcedOn: "2025-01-02" }, sources: [{ id: $s }]) { userErrors { code } } }`,
      { p: d.company.id, s: d.sources.nodes[0].id },
    );
    expect(created.userErrors).toEqual([]);
    const renamed = await editor.write(
      `mutation($id: ID!, $v: Int!, $s: ID!) { reviseCompany(id: $id, version: $v, input: { name: "Renamed Co" }, sources: [{ id: $s }]) { userErrors { code } } }`,
      { id: d.company.id, v: d.company.version, s: d.sources.nodes[0].id },
    );
    expect(renamed.userErrors).toEqual([]);
    const now = await server.data("{ deals { totalCount } company(ticker: \"CIFR\") { name } }");
    expect(now.deals.totalCount).toBe(before.data.deals.totalCount + 1);
    expect(now.company.name).toBe("Renamed Co");
    expect(await json(body.json)).toEqual(before);
    const page = await (await server.fetch(body.url)).text();
    expect(page).toContain(before.data.company.name);
  });

  it("keeps a date written in the operation: the pin fills only what is missing", async () => {
    const { body } = await share({ query: '{ fixed: deals(asOf: "2025-12-01") { totalCount } open: deals { totalCount } }' });
    const then = await json(`/p/${body.hash}.json?asOf=2025-10-01`);
    const expected = await server.data(`{ fixed: deals(asOf: "2025-12-01") { totalCount } open: deals(asOf: "2025-10-01") { totalCount } }`);
    expect(then.data).toEqual(expected);
    expect(then.data.fixed.totalCount).toBeGreaterThan(then.data.open.totalCount);
  });

  it("serves the page as HTML with tables and linked sources, escaped, with no script", async () => {
    const { body } = await share({ query: "query irenDeal($key: String!) { deals(where: { key: { eq: $key } }) { nodes { key sources { quote source { title url } } } } }", variables: { key: "D-IREN-MSFT", note: "<script>alert(1)</script>" } });
    const res = await server.fetch(body.url);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect(res.headers.get("content-security-policy")).toContain("default-src 'none'");
    const html = await res.text();
    expect(html).not.toMatch(/<script/i);
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    expect(html).toContain('<table data-list="deals.nodes">');
    expect(html).toContain("<td>D-IREN-MSFT</td>");
    const { deals } = await server.data(`{ deals(where: { key: { eq: "D-IREN-MSFT" } }) { nodes { sources { source { url } } } } }`);
    for (const s of deals.nodes[0].sources) expect(html).toContain(`<a href="${s.source.url}" rel="noopener noreferrer">`);
    expect(html).toContain(`on or before ${today()} (asOf)`);
  });

  it("serves the first list as CSV named after the operation and the pin", async () => {
    const { body } = await share({ query: "query backstops { creditBackstops(where: { guarantor: { ticker: { eq: \"GOOGL\" } } }, orderBy: [{ field: KEY, direction: ASC }]) { nodes { key amount { usd } } } }" });
    const res = await server.fetch(`/p/${body.hash}.csv?asOf=2025-10-01`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="gigawatt-backstops-2025-10-01.csv"');
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual(["key", "amount.usd"]);
    const direct = await server.data(`{ creditBackstops(asOf: "2025-10-01", where: { guarantor: { ticker: { eq: "GOOGL" } } }, orderBy: [{ field: KEY, direction: ASC }]) { nodes { key } } }`);
    expect(rows.map((r) => r[0])).toEqual(direct.creditBackstops.nodes.map((n: { key: string }) => n.key));
  });

  it("says clearly what is wrong with a link", async () => {
    const unknown = "0".repeat(64);
    expect((await server.fetch(`/p/${unknown}?asOf=2025-10-01`)).status).toBe(404);
    const res = await server.fetch(`/p/${unknown}.json?asOf=2025-10-01`);
    expect(res.status).toBe(404);
    expect((await res.json()).errors[0].extensions.code).toBe("NOT_FOUND");
    const { body } = await share({ query: "{ deals { totalCount } }" });
    const noPin = await server.fetch(`/p/${body.hash}.json`);
    expect(noPin.status).toBe(400);
    expect((await noPin.json()).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    const badVars = await server.fetch(`/p/${body.hash}.json?asOf=2025-10-01&variables=%7Bnope`);
    expect((await badVars.json()).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((await server.fetch(`/p/${body.hash}?asOf=2025-10-01`, { method: "POST" })).status).toBe(405);
  });
});
