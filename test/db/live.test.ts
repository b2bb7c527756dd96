/**
 * Live updates between two servers on one PostgreSQL database, without Redis: LISTEN/NOTIFY.
 * A subscription on server A receives a mutation committed on server B; big changes (over
 * NOTIFY's 8000-byte payload limit) and big batches arrive whole and in order.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp, type App } from "../../src/app";
import { loadConfig } from "../../src/config";
import { createLogger } from "../../src/logger";
import { openDatabase, type Database } from "../../src/db/client";
import type { FactChange } from "../../src/events/types";
import { startTestServer, type TestServer } from "../helpers/server";
import { liveClient, type LiveClient } from "../helpers/live";
import { createKey } from "../../src/modules/keys/key.service";

const PG = process.env.TEST_DATABASE_URL;

describe.skipIf(!PG)("live updates across two servers through PostgreSQL LISTEN/NOTIFY", () => {
  let a: TestServer;
  let bDb: Database;
  let b: App;
  let bUrl: string;
  let client: LiveClient;
  let iren: string;
  let msft: string;
  let sourceId: string;

  beforeAll(async () => {
    a = await startTestServer();
    bDb = await openDatabase({ databaseUrl: a.db.url!, poolMax: 3 });
    const config = loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test", RATE_LIMIT: "false" } as NodeJS.ProcessEnv);
    b = await createApp({ database: bDb, config, logger: createLogger("silent") });
    bUrl = `http://127.0.0.1:${await b.server.listen(0, "127.0.0.1")}`;
    const d = await a.data(`{ iren: company(ticker: "IREN") { id } msft: company(ticker: "MSFT") { id } sources(first: 1) { nodes { id } } }`);
    iren = d.iren.id;
    msft = d.msft.id;
    sourceId = d.sources.nodes[0].id;
    client = liveClient(a.url);
    await client.connected;
  });
  afterAll(async () => {
    await client?.dispose();
    // Each write's NOTIFY makes both servers recompute the sector headline in the background; let that finish
    // before the pools close (postgres.js rejects a connection's type fetch it destroys mid-way, unhandled).
    await new Promise((r) => setTimeout(r, 1_500));
    await b?.close();
    await bDb?.close();
    await a?.close();
  });

  const listening = async (n: number) => {
    for (let i = 0; i < 500 && a.app.events.listening() < n; i++) await new Promise((r) => setTimeout(r, 10));
    expect(a.app.events.listening()).toBeGreaterThanOrEqual(n);
  };

  it("uses LISTEN/NOTIFY on PostgreSQL without REDIS_URL", () => {
    expect(a.app.events.transport).toBe("postgres");
    expect(b.events.transport).toBe("postgres");
  });

  it("a deal created on B reaches a factChanged and a sectorChanged subscription on A", async () => {
    const facts = client.subscribe(`subscription { factChanged(types: [DEAL], companyId: "${iren}") { changeId action typename nodeId countries at node { ... on Deal { key totalValue { amount } } } } }`);
    const sector = client.subscribe(`subscription { sectorChanged(country: "US") { country changeCount change { nodeId } } }`);
    await listening(2);
    const editorToken = (await createKey(bDb.db, "live editor", "editor")).token;
    const sent = Date.now();
    const write = await postAs(bUrl, editorToken, `mutation($input: DealInput!, $sources: [SourceRefInput!]!) { createDeal(input: $input, sources: $sources, key: "D-LIVE-PG") { deal { id } change { id } userErrors { code message } } }`, {
      input: { providerId: iren, customerId: msft, kind: "CLOUD_SERVICES", totalValue: 1.5e9, termMonths: 36, announcedOn: "2026-02-01" },
      sources: [{ id: sourceId }],
    });
    expect(write.errors).toBeUndefined();
    expect(write.data.createDeal.userErrors).toEqual([]);
    const got = await facts.next(5_000);
    const ms = Date.now() - sent;
    expect(got.errors).toBeUndefined();
    expect(got.data!.factChanged).toMatchObject({ changeId: write.data.createDeal.change.id, action: "CREATE", typename: "Deal", nodeId: write.data.createDeal.deal.id, node: { key: "D-LIVE-PG", totalValue: { amount: 1.5e9 } } });
    expect((got.data!.factChanged as { countries: string[] }).countries).toContain("US");
    const s = await sector.next(5_000);
    expect(s.data!.sectorChanged).toMatchObject({ country: "US", change: { nodeId: write.data.createDeal.deal.id } });
    expect(ms).toBeLessThan(1_000);
    facts.stop();
    sector.stop();
  });

  it("a change bigger than one NOTIFY payload, and a batch of 3000, arrive whole and in order", async () => {
    const sub = client.subscribe(`subscription { factChanged { changeId companyIds } }`);
    await listening(1);
    const at = new Date().toISOString();
    const huge: FactChange = { changeId: "huge", action: "UPDATE", typename: "Source", nodeId: "x", companyIds: Array.from({ length: 800 }, (_, i) => `Company-${i}-${"é".repeat(5)}`), countries: [], at };
    const batch: FactChange[] = Array.from({ length: 3000 }, (_, i) => ({ changeId: `b${i}`, action: "CREATE", typename: "StockMove", nodeId: `n${i}`, companyIds: [], countries: ["US"], at }));
    expect(Buffer.byteLength(JSON.stringify(huge))).toBeGreaterThan(8_000);
    await b.events.publish([huge, ...batch]);
    const first = await sub.next(5_000);
    expect(first.data!.factChanged).toEqual({ changeId: "huge", companyIds: huge.companyIds });
    for (let i = 0; i < 3000; i++) {
      const r = await sub.next(5_000);
      expect((r.data!.factChanged as { changeId: string }).changeId).toBe(`b${i}`);
    }
    sub.stop();
  });
});

/** A GraphQL POST with an API key; the parsed body. */
async function postAs(url: string, token: string, query: string, variables: Record<string, unknown>): Promise<{ data?: any; errors?: unknown[] }> {
  const res = await fetch(`${url}/graphql`, { method: "POST", headers: { "content-type": "application/json", authorization: `Bearer ${token}` }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as { data?: any; errors?: unknown[] };
}
