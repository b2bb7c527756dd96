import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { keyed, NEW_SOURCE } from "../helpers/writes";

/**
 * Every writable type through its three mutations: a create with bad input (every problem listed
 * at once, nothing written), a valid create, a revision (a superseding record for facts; an edit
 * in place for companies and sources) and a retraction.
 */
let server: TestServer;
let editor: Awaited<ReturnType<typeof keyed>>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer({ RESPONSE_CACHE: "false" });
  editor = await keyed(server, "editor");
  const d = await server.data(`{ msft: company(ticker: "MSFT") { id } cifr: company(ticker: "CIFR") { id } iren: company(ticker: "IREN") { id } sources(first: 1) { nodes { id } } }`);
  Object.assign(ids, { msft: d.msft.id, cifr: d.cifr.id, iren: d.iren.id, source: d.sources.nodes[0].id });
});
afterAll(async () => {
  await server?.close();
});

interface Case {
  type: string;
  field: string;
  valid: () => Record<string, unknown>;
  invalid: () => Record<string, unknown>;
  /** "path:CODE" of every problem the invalid create must list. */
  problems: string[];
  revise: Record<string, unknown>;
  read: string;
  fact?: boolean;
}

const CASES: Case[] = [
  { type: "Deal", field: "deal", valid: () => ({ providerId: ids.cifr, customerId: ids.msft, kind: "COLOCATION_LEASE", totalValue: 1e9, announcedOn: "2026-01-05" }), invalid: () => ({ totalValue: -1, prepaymentPct: 101 }), problems: ["input.providerId:REQUIRED", "input.kind:REQUIRED", "input.totalValue:INVALID", "input.prepaymentPct:INVALID"], revise: { totalValue: 2e9 }, read: "totalValue { amount }" },
  { type: "CreditBackstop", field: "creditBackstop", valid: () => ({ guarantorId: ids.msft, beneficiaryId: ids.cifr, amount: 1e9, announcedOn: "2026-01-05" }), invalid: () => ({ amount: -1, equityStakePct: 101 }), problems: ["input.guarantorId:REQUIRED", "input.amount:INVALID", "input.equityStakePct:INVALID"], revise: { amount: 2e9 }, read: "amount { amount }" },
  { type: "BondRaise", field: "bondRaise", valid: () => ({ issuerId: ids.msft, amount: 5e9, pricedOn: "2026-01-05" }), invalid: () => ({ tranches: 0, currency: "X" }), problems: ["input.issuerId:REQUIRED", "input.amount:REQUIRED", "input.tranches:INVALID", "input.currency:INVALID"], revise: { amount: 6e9 }, read: "amount { amount }" },
  { type: "InvestmentPlan", field: "investmentPlan", valid: () => ({ companyId: ids.msft, amountUsd: 1e10, capacityMw: 500, announcedOn: "2026-01-05" }), invalid: () => ({ jobs: -1 }), problems: ["input.jobs:INVALID", "input.companyId:INVALID"], revise: { jobs: 100 }, read: "jobs" },
  { type: "RevenueReport", field: "revenueReport", valid: () => ({ companyId: ids.cifr, period: "QUARTER", periodStart: "2025-10-01", periodEnd: "2025-12-31", totalRevenue: 1e8 }), invalid: () => ({ companyId: ids.cifr, period: "QUARTER", periodStart: "2025-12-31", periodEnd: "2025-10-01", miningRevenue: -1 }), problems: ["input.periodEnd:INVALID", "input.miningRevenue:INVALID"], revise: { totalRevenue: 2e8 }, read: "periodEnd" },
  { type: "CapacityReport", field: "capacityReport", valid: () => ({ scope: "COMPANY", companyId: ids.cifr, country: "US", capacityMw: 800, reportedOn: "2026-01-05" }), invalid: () => ({ scope: "SECTOR", companyId: ids.cifr, capacityMw: -3, country: "USA" }), problems: ["input.capacityMw:INVALID", "input.country:INVALID", "input.companyId:INVALID"], revise: { capacityMw: 900 }, read: "capacity { mw }" },
  { type: "StockMove", field: "stockMove", valid: () => ({ companyId: ids.cifr, symbol: "cifr", on: "2026-01-05", window: "DAY", changePct: 5.5 }), invalid: () => ({ symbol: " ", companyId: "x" }), problems: ["input.symbol:INVALID", "input.on:REQUIRED", "input.window:REQUIRED", "input.companyId:INVALID"], revise: { changePct: 6 }, read: "changePct symbol" },
  { type: "MarketIndicator", field: "marketIndicator", valid: () => ({ name: "Puell Multiple", provider: "CryptoQuant", value: 0.7, unit: "ratio", asOf: "2026-01-05" }), invalid: () => ({ name: "x", provider: "y", unit: "z", valueLow: 5, valueHigh: 1 }), problems: ["input.valueHigh:INVALID"], revise: { value: 0.8 }, read: "value" },
  { type: "Site", field: "site", valid: () => ({ companyId: ids.cifr, name: "Test Campus", country: "US", region: "TX", powerCapacityMw: 300, reportedOn: "2026-01-05" }), invalid: () => ({ country: "USA", powerCapacityMw: -1 }), problems: ["input.companyId:REQUIRED", "input.name:REQUIRED", "input.country:INVALID", "input.powerCapacityMw:INVALID"], revise: { powerCapacityMw: 350 }, read: "powerCapacity { mw }" },
  { type: "Company", field: "company", valid: () => ({ slug: "test-miner", name: "Test Miner", ticker: "tstm", kind: "MINER", country: "US" }), invalid: () => ({ slug: "Bad Slug", name: "x", kind: "MINER", ticker: "iren" }), problems: ["input.slug:INVALID", "input.ticker:TAKEN"], revise: { name: "Test Miner Inc" }, read: "name ticker" },
  { type: "Source", field: "source", valid: () => ({ ...NEW_SOURCE.new, url: "https://example.com/source-test" }), invalid: () => ({ url: "nope" }), problems: ["input.title:REQUIRED", "input.publisher:REQUIRED", "input.url:INVALID", "input.publishedOn:REQUIRED"], revise: { title: "Updated title" }, read: "title" },
];

const codes = (p: any) => p.userErrors.map((e: any) => `${e.field.join(".")}:${e.code}`).sort();

describe.each(CASES)("$type", (c) => {
  const sel = `${c.field} { id version ${c.read} } change { action version } userErrors { field message code }`;
  const sourcesVar = c.type === "Source" ? "" : ", $sources: [SourceRefInput!]!";
  const sourcesArg = c.type === "Source" ? "" : ", sources: $sources";
  const create = `mutation($input: ${c.type}Input!${sourcesVar}) { create${c.type}(input: $input${sourcesArg}) { ${sel} } }`;
  const revise = `mutation($id: ID!, $v: Int!, $input: ${c.type}Input!${sourcesVar}) { revise${c.type}(id: $id, version: $v, input: $input${sourcesArg}) { ${sel} } }`;
  const retract = `mutation($id: ID!, $v: Int!, $sources: [SourceRefInput!]!) { retract${c.type}(id: $id, version: $v, reason: "Wrong figure.", sources: $sources) { ${sel} } }`;
  const sources = () => [{ id: ids.source, quote: "as reported" }];

  it(`create${c.type}, revise${c.type}, retract${c.type}`, async () => {
    const bad = await editor.write(create, { input: c.invalid(), sources: sources() });
    expect(codes(bad)).toEqual([...c.problems].sort());
    expect(bad[c.field]).toBeNull();

    const made = await editor.write(create, { input: c.valid(), sources: sources() });
    expect(made.userErrors).toEqual([]);
    expect(made.change).toEqual({ action: "CREATE", version: 1 });
    expect(made[c.field].version).toBe(1);

    const stale = await editor.write(revise, { id: made[c.field].id, v: 2, input: c.revise, sources: sources() });
    expect(codes(stale)).toEqual(["version:VERSION_CONFLICT"]);
    const rev = await editor.write(revise, { id: made[c.field].id, v: 1, input: c.revise, sources: sources() });
    expect(rev.userErrors).toEqual([]);
    const inPlace = c.type === "Company" || c.type === "Source";
    expect(rev.change).toEqual({ action: inPlace ? "UPDATE" : "REVISE", version: 2 });
    expect(rev[c.field]).toMatchObject({ version: 2 });
    if (inPlace) expect(rev[c.field].id).toBe(made[c.field].id);
    else expect(rev[c.field].id).not.toBe(made[c.field].id);

    const gone = await editor.write(retract, { id: rev[c.field].id, v: 2, sources: [{ id: ids.source }] });
    expect(gone.userErrors).toEqual([]);
    expect(gone.change).toEqual({ action: "RETRACT", version: 3 });
    const history = await server.data(`query($id: ID!) { node(id: $id) { ... on ${c.type} { history { action version } retraction { reason } } } }`, { id: made[c.field].id });
    expect(history.node.history).toEqual([
      { action: "CREATE", version: 1 },
      { action: inPlace ? "UPDATE" : "REVISE", version: 2 },
      { action: "RETRACT", version: 3 },
    ]);
  });
});

describe("retracting what facts still name", () => {
  it("a company or source that current facts name is IN_USE", async () => {
    const d = await server.data(`{ company(ticker: "IREN") { id version } }`);
    const c = await editor.write(`mutation($id: ID!, $v: Int!, $s: ID!) { retractCompany(id: $id, version: $v, reason: "x", sources: [{ id: $s }]) { userErrors { code } } }`, { id: d.company.id, v: d.company.version, s: ids.source });
    expect(c.userErrors).toEqual([{ code: "IN_USE" }]);
    const s = await server.data(`query($id: ID!) { node(id: $id) { ... on Source { version } } }`, { id: ids.source });
    const r = await editor.write(`mutation($id: ID!, $v: Int!) { retractSource(id: $id, version: $v, reason: "x", sources: [{ id: $id }]) { userErrors { code } } }`, { id: ids.source, v: s.node.version });
    expect(r.userErrors).toEqual([{ code: "IN_USE" }]);
  });
});
