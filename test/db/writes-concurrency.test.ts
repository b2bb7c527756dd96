import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { keyed } from "../helpers/writes";

/**
 * 50 revisions of one deal sent at once by two editors (25 each). Each reads the version, writes,
 * and on VERSION_CONFLICT reads again and retries (at most 40 attempts, with random back-off). Every accepted write must
 * be in the audit trail with consecutive versions, none lost, and the record's final version must
 * be the last accepted one.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RESPONSE_CACHE: "true" });
});
afterAll(async () => {
  await server?.close();
});

it("50 concurrent revisions from two editors: every accepted one audited, none lost", { timeout: 240_000 }, async () => {
  const [a, b] = [await keyed(server, "editor", "editor A"), await keyed(server, "editor", "editor B")];
  const d = await server.data(`{ company(ticker: "IREN") { id } sources(first: 1) { nodes { id } } }`);
  const src = [{ id: d.sources.nodes[0].id }];
  const created = await a.write(`mutation($p: ID!, $s: [SourceRefInput!]!) { createDeal(input: { providerId: $p, kind: CLOUD_SERVICES, totalValue: 0 }, sources: $s, key: "D-RACE") { deal { id } userErrors { code } } }`, { p: d.company.id, s: src });
  const id = created.deal.id;
  const revise = `mutation($id: ID!, $v: Int!, $x: Float!, $s: [SourceRefInput!]!) { reviseDeal(id: $id, version: $v, input: { totalValue: $x }, sources: $s) { deal { version } change { id version actor } userErrors { code } } }`;
  let conflicts = 0;
  let gaveUp = 0;
  const accepted: Array<{ changeId: string; version: number; value: number; actor: string }> = [];
  const started = performance.now();
  await Promise.all(
    Array.from({ length: 50 }, async (_, i) => {
      const editor = i % 2 === 0 ? a : b;
      for (let attempt = 0; attempt < 40; attempt++) {
        // The record's current version: the last entry of its history (any revision's ID names the record).
        const h = await editor.query(`query($id: ID!) { node(id: $id) { ... on Deal { history { version } } } }`, { id });
        const version = Math.max(...h.body.data.node.history.map((e: any) => e.version));
        const p = await editor.write(revise, { id, v: version, x: i + 1, s: src });
        if (p.userErrors.length === 0) {
          accepted.push({ changeId: p.change.id, version: p.change.version, value: i + 1, actor: p.change.actor });
          return;
        }
        expect(p.userErrors.map((e: any) => e.code)).toEqual(["VERSION_CONFLICT"]);
        conflicts++;
        await new Promise((r) => setTimeout(r, Math.random() * 40 * (attempt + 1)));
      }
      gaveUp++;
    }),
  );
  const ms = Math.round(performance.now() - started);
  const history = (await server.data(`query($id: ID!) { node(id: $id) { ... on Deal { history { id action version } } } }`, { id })).node.history;
  const revisions = history.filter((e: any) => e.action === "REVISE");
  // Every accepted write is in the trail, once, and nothing else is.
  expect(revisions.map((e: any) => e.id).sort()).toEqual(accepted.map((x) => x.changeId).sort());
  // Versions are consecutive: no two writes both accepted on the same version, none lost.
  expect(history.map((e: any) => e.version)).toEqual(Array.from({ length: accepted.length + 1 }, (_, i) => i + 1));
  const last = accepted.reduce((m, x) => (x.version > m.version ? x : m));
  const keys = ["D-RACE", ...accepted.map((x) => `D-RACE~v${x.version}`)];
  const current = await server.data(`query($keys: [String!]) { deals(where: { key: { in: $keys } }) { totalCount nodes { version totalValue { amount } } } }`, { keys });
  expect(current.deals.totalCount).toBe(1);
  expect(current.deals.nodes[0]).toEqual({ version: last.version, totalValue: { amount: last.value } });
  expect(new Set(accepted.map((x) => x.actor)).size).toBe(2);
  expect(accepted.length + gaveUp).toBe(50);
  console.log(`concurrency: ${accepted.length} accepted, ${conflicts} VERSION_CONFLICT refusals, ${gaveUp} writers gave up after 40 attempts, final version ${last.version}, ${ms} ms (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`);
});
