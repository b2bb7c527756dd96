import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { parseCsv } from "../helpers/csv";


const operation = (file: string) => fs.readFileSync(path.resolve(__dirname, "../../schema/operations", file), "utf8");

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server?.close();
});

async function csvPost(query: string, variables: Record<string, unknown> = {}, accept = "text/csv") {
  return server.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", accept }, body: JSON.stringify({ query, variables }) });
}

describe("CSV export over POST and GET", () => {
  it("exports the IREN–Microsoft example with dotted columns, joined sources and a dated file name", async () => {
    const res = await csvPost(operation("deal-with-sources.graphql"), { asOf: "2025-12-31" });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="gigawatt-dealWithSources-2025-12-31.csv"');
    expect(res.headers.get("vary")).toMatch(/Accept/i);
    const text = await res.text();
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual([
      "key", "kind", "provider.name", "provider.ticker", "customer.name", "customer.ticker",
      "totalValue.amount", "totalValue.currency", "totalValue.usd", "annualizedRevenue.amount", "annualizedRevenue.currency",
      "termMonths", "prepaymentPct", "itLoad.mw", "gpuModel", "site.name", "site.region", "contractOn", "announcedOn",
      "verified", "note", "sources",
    ]);
    expect(rows).toHaveLength(1);
    const row = Object.fromEntries(header!.map((h, i) => [h, rows[0]![i]]));
    expect(row).toMatchObject({
      key: "D-IREN-MSFT",
      "provider.ticker": "IREN",
      "customer.name": "Microsoft Corp.",
      "totalValue.amount": "9700000000",
      "totalValue.usd": "9700000000",
      termMonths: "60",
      "itLoad.mw": "200",
      "site.name": "Childress campus",
      announcedOn: "2025-11-03",
      verified: "true",
    });
    const sources = row.sources!.split("; ");
    expect(sources).toHaveLength(4);
    expect(sources[1]).toBe(
      "IREN Skyrockets After Sealing $9.7 Billion AI Cloud Deal With Microsoft (https://www.benzinga.com/trading-ideas/movers/25/11/48586714/iren-skyrockets-after-sealing-9-7-billion-ai-cloud-deal-with-microsoft)",
    );
    // The raw bytes: "IREN Limited (formerly Iris Energy)" needs no quotes; the note (commas) does.
    expect(text.split("\r\n")[1]).toMatch(/^D-IREN-MSFT,CLOUD_SERVICES,IREN Limited \(formerly Iris Energy\),IREN,Microsoft Corp\.,MSFT,9700000000,USD,9700000000,/);
  });

  it("gives the same file over GET", async () => {
    const query = operation("biggest-moves-2025-11-24.graphql");
    const post = await csvPost(query);
    const get = await server.fetch(`/graphql?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify({ first: 10 }))}`, {
      headers: { accept: "text/csv", "apollo-require-preflight": "true" },
    });
    expect(get.status).toBe(200);
    expect(get.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const today = new Date().toISOString().slice(0, 10);
    expect(get.headers.get("content-disposition")).toMatch(/^attachment; filename="gigawatt-biggestMovesOn20251124-\d{4}-\d{2}-\d{2}\.csv"$/);
    expect([today, new Date().toISOString().slice(0, 10)]).toContain(/(\d{4}-\d{2}-\d{2})\.csv/.exec(get.headers.get("content-disposition")!)![1]);
    const text = await get.text();
    expect(text).toBe(await post.text());
    const [header, ...rows] = parseCsv(text);
    const col = (name: string) => header!.indexOf(name);
    expect(rows.map((r) => [r[col("symbol")], r[col("changePct")]])).toEqual([
      ["BMNR", "20"],
      ["CIFR", "18"],
      ["SOSOVALUE-MINING", "13.84"],
      ["IREN", "13"],
    ]);
    expect(rows[2]![col("company.name")]).toBe("");
    // A value with a comma is quoted in the raw file.
    expect(text).toContain('"Cipher Mining Inc. (renamed Cipher Digital Inc., Feb 2026)"');
  });

  it("quotes a value holding a comma and a double quote, and defuses formulas", async () => {
    const db = server.db.database.db;
    await db.execute(sql`update sites set name = ${'Barber Lake "North", phase 1'} where id in (select id from facts where key = 'CIFR-BARBERLAKE')`);
    await db.execute(sql`update facts set note = ${'=HYPERLINK("http://example.invalid","x")'} where key = 'CIFR-BARBERLAKE'`);
    const res = await csvPost(`{ sites(where: { key: { eq: "CIFR-BARBERLAKE" } }) { nodes { key name note powerCapacity { mw } } } }`);
    const text = await res.text();
    expect(text.split("\r\n")[0]).toBe("key,name,note,powerCapacity.mw");
    expect(text).toContain(`CIFR-BARBERLAKE,"Barber Lake ""North"", phase 1","'=HYPERLINK(""http://example.invalid"",""x"")",`);
    expect(parseCsv(text)[1]!.slice(0, 3)).toEqual(["CIFR-BARBERLAKE", 'Barber Lake "North", phase 1', `'=HYPERLINK("http://example.invalid","x")`]);
    expect(res.headers.get("content-disposition")).toMatch(/filename="gigawatt-sites-/);
  });

  it("flattens edges[].node, takes the first of two aliased lists and dates the file by its asOf", async () => {
    const res = await csvPost(operation("google-backstops-over-time.graphql"));
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="gigawatt-googleBackstopsOverTime-2025-09-30.csv"');
    const [header, ...rows] = parseCsv(await res.text());
    expect(rows.map((r) => r[header!.indexOf("key")])).toEqual(["B-WULF-LM1", "B-WULF-CB5", "B-CIFR-1"]);
    expect(rows[0]![header!.indexOf("amount.usd")]).toBe("1800000000");

    const edges = await csvPost(`{ creditBackstops(first: 2, orderBy: [{ field: KEY }]) { totalCount edges { cursor node { key guarantor { ticker } } } } }`);
    expect(parseCsv(await edges.text())).toEqual([["key", "guarantor.ticker"], ["B-AGGREGATE", "GOOGL"], ["B-CIFR-1", "GOOGL"]]);
  });

  it("writes the header row even when the list is empty", async () => {
    const res = await csvPost(`{ deals(where: { key: { eq: "NOPE" } }) { nodes { key totalValue { usd } sources { source { title } } } } }`);
    expect(res.status).toBe(200);
    expect(await res.text()).toBe("key,totalValue.usd,sources\r\n");
  });

  it("answers JSON when the client prefers JSON", async () => {
    const res = await csvPost(`{ deals { nodes { key } } }`, {}, "application/json, text/csv;q=0.5");
    expect(res.headers.get("content-type")).toMatch(/application\/json/);
    expect((await res.json()).data.deals.nodes.length).toBeGreaterThan(0);
  });
});

describe("CSV requests that fail answer JSON with the usual codes", () => {
  it("parse, validation and variable errors keep their status and code", async () => {
    const cases: Array<[string, Record<string, unknown>, number, string]> = [
      ["{ deals( }", {}, 400, "GRAPHQL_PARSE_FAILED"],
      ["{ deals { nodes { nope } } }", {}, 400, "GRAPHQL_VALIDATION_FAILED"],
      ["query($n: Int) { deals(first: $n) { nodes { key } } }", { n: "ten" }, 400, "BAD_USER_INPUT"],
      [`{ deals(asOf: "2025-13-45") { nodes { key } } }`, {}, 400, "GRAPHQL_VALIDATION_FAILED"],
      [`query($d: Date) { deals(asOf: $d) { nodes { key } } }`, { d: "2025-13-45" }, 400, "BAD_USER_INPUT"],
      [`{ deals(first: 1000) { nodes { key } } }`, {}, 200, "BAD_USER_INPUT"],
      [`{ company(slug: "nope") { sites { name } } }`, {}, 200, "NOT_FOUND"],
    ];
    for (const [query, variables, status, code] of cases) {
      const res = await csvPost(query, variables);
      expect(res.headers.get("content-type"), query).toMatch(/application\/json/);
      expect(res.status, query).toBe(status);
      expect((await res.json()).errors[0].extensions.code, query).toBe(code);
    }
  });

  it("a result with no list → 400 BAD_USER_INPUT", async () => {
    const res = await csvPost(`{ company(slug: "iren") { name ticker } deals { totalCount } }`);
    expect(res.status).toBe(400);
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(body.errors[0].message).toMatch(/^The result has no list to export as CSV/);
  });

  it("a malformed body → 400 BAD_REQUEST; a GET without a preflight header is refused as for JSON", async () => {
    const bad = await server.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", accept: "text/csv" }, body: "{oops" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
    const csrf = await server.fetch(`/graphql?query=${encodeURIComponent("{ deals { nodes { key } } }")}`, { headers: { accept: "text/csv" } });
    expect(csrf.status).toBe(400);
    expect(csrf.headers.get("content-type")).toMatch(/application\/json/);
    expect((await csrf.json()).errors[0].extensions.code).toBe("BAD_REQUEST");
  });

  it("too complex operations are refused before any SQL, as JSON", async () => {
    const deep = `{ deals { nodes { provider { dealsAsProvider { site { company { sites { company { dealsAsProvider { provider { sites { company { sites { name } } } } } } } } } } } } } }`;
    const res = await csvPost(deep);
    expect((await res.json()).errors[0].extensions.code).toBe("QUERY_TOO_COMPLEX");
    expect(res.headers.get("x-sql-statements")).toBe("0");
  });
});
