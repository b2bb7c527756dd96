import { describe, expect, it } from "vitest";
import { buildGigawattSchema } from "../src/schema";
import { prefersCsv, csvFilename } from "../src/http/csv";
import { columnsFromData, findFirstList, guardFormula, listText, quoteField, toCsv } from "../src/http/csv-format";
import { columnsFromOperation, parseOperation } from "../src/http/csv-columns";

describe("RFC 4180 writing", () => {
  it("quotes fields with commas, quotes, CR or LF, doubles quotes, and ends lines with CRLF", () => {
    expect(quoteField("plain")).toBe("plain");
    expect(quoteField('Barber Lake "North", TX')).toBe('"Barber Lake ""North"", TX"');
    expect(quoteField("two\nlines")).toBe('"two\nlines"');
    expect(quoteField("cr\r")).toBe('"cr\r"');
    const csv = toCsv([{ name: "a", path: ["a"] }, { name: "b.c", path: ["b", "c"] }], [{ a: "x,y", b: { c: 1 } }, { a: null, b: null }]);
    expect(csv).toBe('a,b.c\r\n"x,y",1\r\n,\r\n');
  });

  it("guards spreadsheet formulas but leaves numbers alone", () => {
    expect(guardFormula("=HYPERLINK(\"x\")")).toBe("'=HYPERLINK(\"x\")");
    expect(guardFormula("+1 555")).toBe("'+1 555");
    expect(guardFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(guardFormula("\tcmd")).toBe("'\tcmd");
    expect(guardFormula("-11.46")).toBe("-11.46");
    expect(guardFormula("+5")).toBe("+5");
    expect(guardFormula("-1e3")).toBe("-1e3");
    expect(guardFormula("-")).toBe("'-");
    expect(toCsv([{ name: "n", path: ["n"] }], [{ n: -11.46 }, { n: "=1+1" }])).toBe("n\r\n-11.46\r\n'=1+1\r\n");
  });

  it("joins lists: scalars, source citations, one-value objects; other lists as JSON", () => {
    expect(listText(["a", "b", null])).toBe("a; b; ");
    expect(
      listText([
        { quote: null, source: { title: "8-K", url: "https://sec.example/8k" } },
        { source: { title: "Only a title" } },
        { source: { key: "IREN-BENZINGA" } },
      ]),
    ).toBe("8-K (https://sec.example/8k); Only a title; IREN-BENZINGA");
    expect(listText([{ ticker: "AMZN" }, { ticker: "MSFT" }])).toBe("AMZN; MSFT");
    expect(listText([{ a: 1, b: 2 }])).toBe('[{"a":1,"b":2}]');
  });
});

describe("finding the list", () => {
  it("takes the first list depth-first in field order, unwrapping edges", () => {
    expect(findFirstList({ deals: { totalCount: 2, nodes: [{ key: "a" }] } })).toEqual({ path: ["deals", "nodes"], unwrap: null, items: [{ key: "a" }] });
    expect(findFirstList({ deals: { edges: [{ cursor: "c", node: { key: "a" } }] } })).toEqual({ path: ["deals", "edges"], unwrap: "node", items: [{ key: "a" }] });
    expect(findFirstList({ company: { name: "IREN", sites: [] }, deals: { nodes: [1] } })?.path).toEqual(["company", "sites"]);
    expect(findFirstList({ company: { name: "IREN" } })).toBeNull();
    expect(findFirstList(null)).toBeNull();
  });

  it("derives columns from the data when the operation is not at hand", () => {
    const items = [{ key: "a", site: null, sources: [] }, { key: "b", site: { name: "Childress" }, sources: [] }];
    expect(columnsFromData(items, "nodes").map((c) => c.name)).toEqual(["key", "site.name", "sources"]);
    expect(columnsFromData(["x", "y"], "tickers")).toEqual([{ name: "tickers", path: [] }]);
  });
});

describe("columns from the operation", () => {
  const schema = buildGigawattSchema();
  const columns = (query: string, path: string[], variables = {}) =>
    columnsFromOperation(schema, parseOperation({ query, variables })!, path)?.map((c) => c.name);

  it("follows selection order, aliases, fragments and @include, with lists as one column", () => {
    const query = `query($withNote: Boolean!) {
      deals { nodes { key v: totalValue { usd } ...Parties sources { source { title } } note @include(if: $withNote) } }
    }
    fragment Parties on Deal { provider { name } customer { ... on Company { ticker } } }`;
    expect(columns(query, ["deals", "nodes"], { withNote: false })).toEqual(["key", "v.usd", "provider.name", "customer.ticker", "sources"]);
    expect(columns(query, ["deals", "nodes"], { withNote: true })).toContain("note");
  });

  it("unwraps edges and knows a list field with a selection is still one column", () => {
    expect(columns(`{ deals { edges { cursor node { key site { name } } } } }`, ["deals", "edges", "node"])).toEqual(["key", "site.name"]);
    expect(columns(`{ company(slug: "iren") { sites { name deals { key } } } }`, ["company", "sites"])).toEqual(["name", "deals"]);
  });
});

describe("content negotiation and file names", () => {
  it("serves CSV only when text/csv ranks at least as high as JSON", () => {
    expect(prefersCsv("text/csv")).toBe(true);
    expect(prefersCsv("text/csv, */*;q=0.1")).toBe(true);
    expect(prefersCsv("text/csv, */*")).toBe(true);
    expect(prefersCsv("text/csv, application/json")).toBe(true);
    expect(prefersCsv("application/json, text/csv")).toBe(false);
    expect(prefersCsv("text/csv;q=0.5, application/json")).toBe(false);
    expect(prefersCsv("text/csv;q=0")).toBe(false);
    expect(prefersCsv("*/*")).toBe(false);
    expect(prefersCsv("text/*")).toBe(false);
    expect(prefersCsv(undefined)).toBe(false);
  });

  it("names the file after the operation (or root field) and its asOf (or today), safely", () => {
    const parsed = parseOperation({ query: `query sector_Summary($d: Date = "2025-11-02") { before: deals(asOf: $d) { nodes { key } } }` });
    expect(csvFilename(parsed, { path: ["before", "nodes"], unwrap: null, items: [] }, "2026-01-01")).toBe("gigawatt-sector_Summary-2025-11-02.csv");
    const anonymous = parseOperation({ query: `{ deals { nodes { key } } }` });
    expect(csvFilename(anonymous, { path: ["deals", "nodes"], unwrap: null, items: [] }, "2026-01-01")).toBe("gigawatt-deals-2026-01-01.csv");
    const bad = parseOperation({ query: `query($a: Date) { deals(asOf: $a) { nodes { key } } }`, variables: { a: '2025-01-01"; rm' } });
    expect(csvFilename(bad, { path: ["deals", "nodes"], unwrap: null, items: [] }, "2026-01-01")).toBe("gigawatt-deals-2026-01-01.csv");
  });
});
