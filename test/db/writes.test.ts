import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadSeed } from "../../seeds/load";
import { startTestServer, type TestServer } from "../helpers/server";
import { DEAL_FIELDS, keyed, NEW_SOURCE } from "../helpers/writes";

/**
 * Writes through the real server: every mutation with its user errors (all at once), roles,
 * versions, the audit trail, retraction, knownAt reproducibility, caches following writes and a
 * seed reload that keeps editors' work. The response cache is ON: reads after writes must not be stale.
 */
let server: TestServer;
let editor: Awaited<ReturnType<typeof keyed>>;
let iren: string;
let msft: string;
let cifr: string;
let sourceId: string;

beforeAll(async () => {
  server = await startTestServer({ RESPONSE_CACHE: "true" });
  editor = await keyed(server, "editor");
  const d = await server.data(`{ iren: company(ticker: "IREN") { id } msft: company(ticker: "MSFT") { id } cifr: company(ticker: "CIFR") { id } sources(first: 1) { nodes { id } } }`);
  iren = d.iren.id;
  msft = d.msft.id;
  cifr = d.cifr.id;
  sourceId = d.sources.nodes[0].id;
});
afterAll(async () => {
  await server?.close();
});

const CREATE_DEAL = `mutation($input: DealInput!, $sources: [SourceRefInput!]!, $key: String) { createDeal(input: $input, sources: $sources, key: $key) { ${DEAL_FIELDS} } }`;
const REVISE_DEAL = `mutation($id: ID!, $version: Int!, $input: DealInput!, $sources: [SourceRefInput!]!) { reviseDeal(id: $id, version: $version, input: $input, sources: $sources) { ${DEAL_FIELDS} } }`;
const RETRACT_DEAL = `mutation($id: ID!, $version: Int!, $reason: String!, $sources: [SourceRefInput!]!) { retractDeal(id: $id, version: $version, reason: $reason, sources: $sources) { ${DEAL_FIELDS} } }`;

describe("who may write", () => {
  it("anonymous → UNAUTHENTICATED, reader → FORBIDDEN, and nothing is written", async () => {
    const vars = { input: { providerId: iren, kind: "CLOUD_SERVICES" }, sources: [{ id: sourceId }] };
    const anon = await server.query(CREATE_DEAL, vars);
    expect(anon.body.errors?.[0].extensions?.code).toBe("UNAUTHENTICATED");
    const reader = await keyed(server, "reader");
    const r = await reader.query(CREATE_DEAL, vars);
    expect(r.body.errors?.[0].extensions?.code).toBe("FORBIDDEN");
    const { changes } = await server.data(`{ changes { totalCount } }`);
    expect(changes.totalCount).toBe(0);
  });
});

describe("createDeal", () => {
  it("lists every problem at once, writes nothing", async () => {
    const p = await editor.write(CREATE_DEAL, {
      input: { customerId: "not-an-id", totalValue: -5, currency: "dollars", prepaymentPct: 140, termMonths: 0, announcedOn: "2026-01-15" },
      sources: [{ new: { title: "t", url: "ftp://x" } }, { id: sourceId, quote: "" }],
      key: "bad key!",
    });
    const got = p.userErrors.map((e: any) => `${e.field.join(".")}:${e.code}`).sort();
    expect(got).toEqual(
      [
        "input.providerId:REQUIRED",
        "input.kind:REQUIRED",
        "input.totalValue:INVALID",
        "input.currency:INVALID",
        "input.customerId:INVALID",
        "input.prepaymentPct:INVALID",
        "input.termMonths:INVALID",
        "sources.0.new.publisher:REQUIRED",
        "sources.0.new.url:INVALID",
        "sources.0.new.publishedOn:REQUIRED",
        "sources.1.quote:INVALID",
        "key:INVALID",
      ].sort(),
    );
    expect(p.deal).toBeNull();
    expect(p.change).toBeNull();
  });

  it("needs a source; references must exist", async () => {
    const p = await editor.write(CREATE_DEAL, { input: { providerId: iren, customerId: Buffer.from("Company:NOPE").toString("base64url"), kind: "CLOUD_SERVICES" }, sources: [] });
    expect(p.userErrors.map((e: any) => e.code).sort()).toEqual(["NOT_FOUND", "SOURCE_REQUIRED"]);
  });

  it("creates a deal with a new source; the audit trail and history record it", async () => {
    const p = await editor.write(CREATE_DEAL, {
      input: { providerId: iren, customerId: msft, kind: "CLOUD_SERVICES", totalValue: 1e9, termMonths: 24, announcedOn: "2026-01-15" },
      sources: [NEW_SOURCE],
      key: "D-TEST-1",
    });
    expect(p.userErrors).toEqual([]);
    expect(p.deal).toMatchObject({ key: "D-TEST-1", version: 1, publicOn: "2026-01-15", totalValue: { amount: 1e9, currency: "USD" }, provider: { ticker: "IREN" } });
    expect(p.deal.sources).toEqual([{ source: { title: NEW_SOURCE.new.title }, quote: NEW_SOURCE.quote }]);
    expect(p.change).toMatchObject({ action: "CREATE", version: 1, recordId: p.deal.id, actor: `key:${editor.id}` });
    const d = await server.data(`query($id: ID!) { node(id: $id) { ... on Deal { history { action version after sources { title } } } } changes(first: 100) { nodes { id action typename } } }`, { id: p.deal.id });
    expect(d.node.history).toHaveLength(1);
    expect(d.node.history[0]).toMatchObject({ action: "CREATE", version: 1, after: { key: "D-TEST-1", totalValue: 1e9 }, sources: [{ title: NEW_SOURCE.new.title }] });
    expect(d.changes.nodes.at(-1)).toMatchObject({ id: p.change.id, action: "CREATE", typename: "Deal" });
  });
});

describe("revise and retract", () => {
  it("a stale version is refused; a current one makes a new revision that hides the old one", async () => {
    const created = await editor.write(CREATE_DEAL, { input: { providerId: iren, kind: "COLOCATION_LEASE", totalValue: 100, announcedOn: "2026-01-10" }, sources: [{ id: sourceId }], key: "D-TEST-REV" });
    const id = created.deal.id;
    const stale = await editor.write(REVISE_DEAL, { id, version: 7, input: { totalValue: 200 }, sources: [{ id: sourceId }] });
    expect(stale.userErrors).toEqual([expect.objectContaining({ field: ["version"], code: "VERSION_CONFLICT" })]);
    const ok = await editor.write(REVISE_DEAL, { id, version: 1, input: { totalValue: 200, termMonths: 12 }, sources: [{ id: sourceId }] });
    expect(ok.userErrors).toEqual([]);
    expect(ok.deal).toMatchObject({ key: "D-TEST-REV~v2", version: 2, totalValue: { amount: 200 }, kind: "COLOCATION_LEASE" });
    expect(ok.change).toMatchObject({ action: "REVISE", version: 2 });
    // The same read version again (a second editor who read version 1): refused.
    const again = await editor.write(REVISE_DEAL, { id, version: 1, input: { totalValue: 300 }, sources: [{ id: sourceId }] });
    expect(again.userErrors[0].code).toBe("VERSION_CONFLICT");
    const list = await server.data(`{ deals(where: { key: { in: ["D-TEST-REV", "D-TEST-REV~v2"] } }) { nodes { key } } }`);
    expect(list.deals.nodes.map((n: any) => n.key)).toEqual(["D-TEST-REV~v2"]);
    const h = await server.data(`query($id: ID!) { node(id: $id) { ... on Deal { history { action version before after } } } }`, { id });
    expect(h.node.history.map((e: any) => [e.action, e.version])).toEqual([["CREATE", 1], ["REVISE", 2]]);
    expect(h.node.history[1].before).toMatchObject({ totalValue: 100 });
  });

  it("retract needs a reason; the fact leaves the present view and stays visible to an earlier asOf and knownAt", async () => {
    const created = await editor.write(CREATE_DEAL, { input: { providerId: iren, kind: "CLOUD_SERVICES", totalValue: 5, announcedOn: "2025-12-01" }, sources: [{ id: sourceId }], key: "D-TEST-RETRACT" });
    const before = new Date().toISOString();
    await new Promise((r) => setTimeout(r, 20));
    const id = created.deal.id;
    const noReason = await editor.write(RETRACT_DEAL, { id, version: 1, reason: " ", sources: [{ id: sourceId }] });
    expect(noReason.userErrors.map((e: any) => e.code)).toEqual(["REQUIRED"]);
    const r = await editor.write(RETRACT_DEAL, { id, version: 1, reason: "The source withdrew the report.", sources: [{ id: sourceId }] });
    expect(r.userErrors).toEqual([]);
    expect(r.change).toMatchObject({ action: "RETRACT", version: 2 });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    const q = `query($k: DateTime, $a: Date) { deals(where: { key: { eq: "D-TEST-RETRACT" } }, knownAt: $k, asOf: $a) { totalCount nodes { key retraction { reason } } } }`;
    expect((await server.data(q, {})).deals.totalCount).toBe(0);
    expect((await server.data(q, { k: before })).deals.nodes).toEqual([{ key: "D-TEST-RETRACT", retraction: { reason: "The source withdrew the report." } }]);
    expect((await server.data(q, { a: yesterday })).deals.totalCount).toBe(1);
    const again = await editor.write(REVISE_DEAL, { id, version: 2, input: { totalValue: 6 }, sources: [{ id: sourceId }] });
    expect(again.userErrors[0].code).toBe("RETRACTED");
  });
});

describe("knownAt", () => {
  it("a backfill changes the asOf answer, never the answer for a knownAt from before it", async () => {
    const q = `query($k: DateTime) {
      deals(asOf: "2025-06-30", knownAt: $k) { totalCount aggregate { count sum { itLoadMw } } }
      sector(asOf: "2025-06-30", knownAt: $k) { contractedAiValue { total { value } } }
      company(ticker: "CIFR", knownAt: $k) { dealsAsProvider(first: 100) { key } }
    }`;
    await new Promise((r) => setTimeout(r, 20));
    const k0 = new Date().toISOString();
    const then = await server.data(q, { k: k0 });
    expect(await server.data(q, {})).toEqual(then);
    await new Promise((r) => setTimeout(r, 20));
    const backfill = await editor.write(CREATE_DEAL, {
      input: { providerId: cifr, customerId: msft, kind: "CLOUD_SERVICES", totalValue: 2e9, termMonths: 60, itLoadMw: 100, announcedOn: "2025-05-20" },
      sources: [{ new: { ...NEW_SOURCE.new, url: "https://example.com/old", publishedOn: "2025-05-20" } }],
      key: "D-TEST-BACKFILL",
    });
    expect(backfill.userErrors).toEqual([]);
    const now = await server.data(q, {});
    expect(now.deals.totalCount).toBe(then.deals.totalCount + 1);
    expect(now.sector.contractedAiValue.total.value).toBe((then.sector.contractedAiValue.total.value ?? 0) + 2e9);
    expect(now.company.dealsAsProvider).toHaveLength(then.company.dealsAsProvider.length + 1);
    expect(await server.data(q, { k: k0 })).toEqual(then);
    // node and nodes: the backfilled deal did not exist at k0.
    const n = await server.data(`query($id: ID!, $k: DateTime) { a: node(id: $id, knownAt: $k) { id } b: node(id: $id) { id } }`, { id: backfill.deal.id, k: k0 });
    expect(n).toEqual({ a: null, b: { id: backfill.deal.id } });
  });

  it("companies edited in place read as they were, at the root and nested under facts", async () => {
    const q = `query($k: DateTime) {
      company(ticker: "IREN", knownAt: $k) { name }
      deals(knownAt: $k, where: { key: { eq: "D-IREN-MSFT" } }) { nodes { provider { name } } }
      sector(knownAt: $k) { minerCapacity { reported { value } } }
    }`;
    await new Promise((r) => setTimeout(r, 20));
    const k0 = new Date().toISOString();
    const then = await server.data(q, { k: k0 });
    const c = await server.data(`{ company(ticker: "IREN") { id version } }`);
    const edit = await editor.write(`mutation($id: ID!, $v: Int!, $s: ID!) { reviseCompany(id: $id, version: $v, input: { name: "IREN Renamed" }, sources: [{ id: $s }]) { userErrors { code } } }`, { id: c.company.id, v: c.company.version, s: sourceId });
    expect(edit.userErrors).toEqual([]);
    const now = await server.data(q, {});
    expect(now.company.name).toBe("IREN Renamed");
    expect(now.deals.nodes[0].provider.name).toBe("IREN Renamed");
    expect(then.company.name).not.toBe("IREN Renamed");
    expect(await server.data(q, { k: k0 })).toEqual(then);
  });

  it("refuses a knownAt in the future", async () => {
    const r = await server.query(`{ deals(knownAt: "2999-01-01T00:00:00Z") { totalCount } }`);
    expect(r.body.errors?.[0].extensions?.code).toBe("BAD_USER_INPUT");
  });
});

describe("caches follow writes", () => {
  it("a cached answer is replaced after a write (present list and sector)", async () => {
    const q = `{ deals(where: { provider: { ticker: { eq: "IREN" } } }) { totalCount } sector { contractedAiValue { total { value } } } }`;
    const a = await server.data(q);
    const cached = await server.query(q);
    expect(cached.body.data).toEqual(a);
    const w = await editor.write(CREATE_DEAL, { input: { providerId: iren, customerId: msft, kind: "CLOUD_SERVICES", totalValue: 3e9, termMonths: 36, announcedOn: "2026-01-20" }, sources: [{ id: sourceId }], key: "D-TEST-CACHE" });
    expect(w.userErrors).toEqual([]);
    const b = await server.data(q);
    expect(b.deals.totalCount).toBe(a.deals.totalCount + 1);
    expect(b.sector.contractedAiValue.total.value).toBeGreaterThan(a.sector.contractedAiValue.total.value);
  });
});

describe("the seed stays sacred", () => {
  it("reloading the seed keeps revisions, retractions and company edits", async () => {
    const db = server.db.database.db;
    const seedDeal = await server.data(`{ deals(where: { key: { eq: "D-IREN-MSFT" } }) { nodes { id version totalValue { amount } } } company(ticker: "CIFR") { id version name } }`);
    const d = seedDeal.deals.nodes[0];
    const rev = await editor.write(REVISE_DEAL, { id: d.id, version: d.version, input: { totalValue: 9.9e9 }, sources: [{ id: sourceId }] });
    expect(rev.userErrors).toEqual([]);
    const c = seedDeal.company;
    const edit = await editor.write(`mutation($id: ID!, $v: Int!) { reviseCompany(id: $id, version: $v, input: { name: "Cipher Digital" }, sources: [{ id: "${sourceId}" }]) { company { name version } userErrors { code } } }`, { id: c.id, v: c.version });
    expect(edit).toMatchObject({ company: { name: "Cipher Digital", version: c.version + 1 }, userErrors: [] });
    const counts = async () => (await db.execute(sql`select (select count(*) from facts)::int as f, (select count(*) from audit_entries)::int as a`)) as any;
    const before = await counts();
    await loadSeed(db);
    expect(await counts()).toEqual(before);
    const after = await server.data(`{ deals(where: { key: { in: ["D-IREN-MSFT", "${rev.deal.key}"] } }) { nodes { key totalValue { amount } } } company(ticker: "CIFR") { name version } }`);
    expect(after.deals.nodes).toEqual([{ key: rev.deal.key, totalValue: { amount: 9.9e9 } }]);
    expect(after.company).toEqual({ name: "Cipher Digital", version: c.version + 1 });
    const retracted = await server.data(`{ deals(where: { key: { eq: "D-TEST-RETRACT" } }) { totalCount } }`);
    expect(retracted.deals.totalCount).toBe(0);
  });
});
