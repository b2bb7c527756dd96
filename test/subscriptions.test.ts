/**
 * Live updates on PGlite, through the real server: graphql-ws on /graphql, the in-process bus,
 * filters, the limits HTTP has (key, validation rules, cost, caps per client) and the drain.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";
import { liveClient, rawSocket, type LiveClient } from "./helpers/live";
import { createKey } from "../src/modules/keys/key.service";
import type { FactChange } from "../src/events/types";

const FACT = `subscription($types: [FactType!], $companyId: ID) {
  factChanged(types: $types, companyId: $companyId) { changeId action type typename nodeId companyIds countries at node { id __typename } companies { slug } }
}`;

describe("subscriptions on PGlite (in-process bus)", () => {
  let server: TestServer;
  let deal: { id: string; provider: { id: string; slug: string }; customer: { id: string } };
  const clients: LiveClient[] = [];
  const open = (authorization?: string) => {
    const c = liveClient(server.url, { authorization });
    clients.push(c);
    return c;
  };
  const change = (over: Partial<FactChange> = {}): FactChange => ({
    changeId: `c-${Math.random().toString(36).slice(2)}`,
    action: "CREATE",
    typename: "Deal",
    nodeId: deal.id,
    companyIds: [deal.provider.id, deal.customer.id],
    countries: ["US"],
    at: new Date().toISOString(),
    ...over,
  });

  beforeAll(async () => {
    server = await startTestServer({ WS_MAX_CONNECTIONS_PER_CLIENT: "3", WS_MAX_SUBSCRIPTIONS_PER_CLIENT: "4" });
    const data = await server.data(`{ deals(first: 1, where: { provider: { country: { eq: "US" } } }) { nodes { id provider { id slug } customer { id } } } }`).catch(() =>
      server.data(`{ deals(first: 1) { nodes { id provider { id slug } customer { id } } } }`),
    );
    deal = data.deals.nodes[0];
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.dispose().catch(() => undefined)));
    await server?.close();
  });

  it("uses the in-process bus on PGlite", () => {
    expect(server.app.events.transport).toBe("local");
  });

  it("factChanged delivers a committed write with its record and companies, filtered by type and company", async () => {
    const c = open();
    await c.connected;
    const all = c.subscribe(FACT);
    const deals = c.subscribe(FACT, { types: ["DEAL"], companyId: deal.provider.id });
    const moves = c.subscribe(FACT, { types: ["STOCK_MOVE"] });
    await waitSubscribed(server, 3);
    const first = change();
    await server.app.events.publish([first]);
    const got = await deals.next();
    expect(got.errors).toBeUndefined();
    expect(got.data!.factChanged).toMatchObject({ changeId: first.changeId, action: "CREATE", type: "DEAL", typename: "Deal", nodeId: deal.id, countries: ["US"], node: { id: deal.id, __typename: "Deal" } });
    expect((got.data!.factChanged as { companies: Array<{ slug: string }> }).companies.map((x) => x.slug)).toContain(deal.provider.slug);
    expect((await all.next()).data!.factChanged).toMatchObject({ changeId: first.changeId });
    // Another company's deal and another type: only the unfiltered subscription sees them.
    const other = change({ companyIds: [deal.customer.id], changeId: "other-company" });
    const move = change({ typename: "StockMove", changeId: "a-move", companyIds: [deal.provider.id] });
    await server.app.events.publish([other, move]);
    expect((await all.next()).data!.factChanged).toMatchObject({ changeId: "other-company" });
    expect((await all.next()).data!.factChanged).toMatchObject({ changeId: "a-move", type: "STOCK_MOVE" });
    expect((await moves.next()).data!.factChanged).toMatchObject({ changeId: "a-move" });
    await sleep(100);
    expect(deals.waiting).toBe(0);
    for (const s of [all, deals, moves]) s.stop();
  });

  it("sectorChanged fires for its country only, and computes `sector` only when selected", async () => {
    await waitSubscribed(server, 0, "exactly");
    const c = open();
    const us = c.subscribe(`subscription { sectorChanged(country: "US") { country changeCount at change { changeId } sector { country asOf } } }`);
    const de = c.subscribe(`subscription { sectorChanged(country: "ZW") { country } }`);
    const deEnded = de.ended;
    await waitSubscribed(server, 1);
    const first = change({ changeId: "us-1" });
    await server.app.events.publish([first]);
    const got = await us.next();
    expect(got.errors).toBeUndefined();
    expect(got.data!.sectorChanged).toMatchObject({ country: "US", changeCount: 1, change: { changeId: "us-1" }, sector: { country: "US" } });
    // ZW has nothing on file: NOT_FOUND, like `sector(country: "ZW")`.
    const caErrors = (await Promise.race([deEnded, de.next().then((r) => r.errors)])) as Array<{ extensions?: { code?: string } }>;
    expect(caErrors?.[0]?.extensions?.code).toBe("NOT_FOUND");
    us.stop();
  });

  it("refuses queries over WebSocket, and applies the validation, depth and cost limits", async () => {
    const c = open();
    const query = c.subscribe("{ __typename }");
    expect(await errorCode(query)).toBe("BAD_REQUEST");
    const invalid = c.subscribe("subscription { factChanged { nope } }");
    expect(await errorCode(invalid)).toBe("GRAPHQL_VALIDATION_FAILED");
    const deep = c.subscribe(`subscription { factChanged { ${"companies { sites { company { ".repeat(6)}name${" } } }".repeat(6)} } }`);
    expect(await errorCode(deep)).toBe("QUERY_TOO_COMPLEX");
    const parse = c.subscribe("subscription { factChanged { ");
    expect(await errorCode(parse)).toBe("GRAPHQL_PARSE_FAILED");
    const badId = c.subscribe(FACT, { companyId: deal.id });
    expect(await errorCode(badId)).toBe("BAD_USER_INPUT");
  });

  it("caps subscriptions per client (THROTTLED) and sockets per client (close 4429)", async () => {
    await waitSubscribed(server, 0, "exactly");
    for (const old of clients) await old.dispose();
    const c = open();
    const subs = [1, 2, 3, 4].map(() => c.subscribe(FACT));
    await waitSubscribed(server, 4);
    const fifth = c.subscribe(FACT);
    expect(await errorCode(fifth)).toBe("THROTTLED");
    subs[0]!.stop();
    await waitSubscribed(server, 3, "exactly");
    const again = c.subscribe(FACT);
    await waitSubscribed(server, 4);
    for (const s of [...subs, again]) s.stop();
    await waitSubscribed(server, 0, "exactly");
    // Sockets: `c` and two more fit, the next is refused.
    const more = [open(), open()];
    await Promise.all(more.map((m) => m.connected));
    const refused = open();
    const closed = await refused.closed;
    expect(closed.code).toBe(4429);
    expect(closed.reason).toMatch(/^THROTTLED: /);
    for (const m of [c, ...more]) await m.dispose();
  });

  it("checks the API key of connection_init: a valid key connects, an unknown one is closed with 4401 UNAUTHENTICATED", async () => {
    const key = await createKey(server.db.database.db, "live reader", "reader");
    const ok = open(`Bearer ${key.token}`);
    await ok.connected;
    const s = ok.subscribe(FACT, { types: ["DEAL"] });
    await waitSubscribed(server, 1);
    await server.app.events.publish([change({ changeId: "with-key" })]);
    expect((await s.next()).data!.factChanged).toMatchObject({ changeId: "with-key" });
    s.stop();
    await ok.dispose();
    const bad = open("Bearer gw_unknown");
    const closed = await bad.closed;
    expect(closed.code).toBe(4401);
    expect(closed.reason).toMatch(/^UNAUTHENTICATED: /);
  });

  it("refuses upgrades on other paths, and subscriptions over HTTP POST with SUBSCRIPTION_OVER_HTTP", async () => {
    const other = rawSocket(server.url, {}, "/other");
    await expect(other.opened).rejects.toThrow(/404/);
    const r = await server.query("subscription { factChanged { nodeId } }");
    expect(r.status).toBe(400);
    expect(r.body.errors?.[0]?.extensions?.code).toBe("SUBSCRIPTION_OVER_HTTP");
  });

  it("drain closes open sockets with 1001 (going away) at once", async () => {
    await waitSubscribed(server, 0, "exactly");
    const c = open();
    c.subscribe(FACT);
    await waitSubscribed(server, 1);
    const started = Date.now();
    const drained = await server.app.server.drain({ graceMs: 100, timeoutMs: 5_000 });
    const closed = await c.closed;
    expect(closed.code).toBe(1001);
    expect(drained).toBe(true);
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(server.app.server.subscriptions.stats().connections).toBe(0);
  });
});

async function errorCode(s: { ended: Promise<unknown[] | null>; next(ms?: number): Promise<{ errors?: ReadonlyArray<{ extensions?: Record<string, unknown> }> }> }): Promise<unknown> {
  const errors = (await Promise.race([s.ended, s.next().then((r) => r.errors ?? null)])) as Array<{ extensions?: { code?: unknown } }> | null;
  return errors?.[0]?.extensions?.code;
}

/** Waits until `n` subscriptions listen on the bus (their source streams exist), so a publish reaches them. */
async function waitSubscribed(server: TestServer, n: number, mode: "atLeast" | "exactly" = "atLeast"): Promise<void> {
  const have = () => Math.min(server.app.events.listening(), server.app.server.subscriptions.stats().subscriptions);
  for (let i = 0; i < 500; i++) {
    if (mode === "exactly" ? have() === n : have() >= n) return;
    await sleep(10);
  }
  throw new Error(`expected ${n} subscriptions, have ${have()}`);
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
