import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../helpers/database";
import { startTcpProxy, type TcpProxy } from "../helpers/tcp-proxy";
import { spawnServer, timed, type ServerProcess } from "../helpers/process";

/**
 * The built server in its own process, on PostgreSQL reached through a TCP proxy that the test
 * cuts: refused (the database process is gone) and black-holed (the network is silent).
 * Runs in the database suite (TEST_DATABASE_URL); on PGlite there is no network to cut.
 */
const PG = process.env.TEST_DATABASE_URL;
const QUERY = `{ deals(first: 3) { totalCount nodes { key provider { name } } } }`;

interface Answer {
  status: number;
  retryAfter: string | null;
  text: string;
  code?: string;
}

describe.skipIf(!PG)("database faults: refused and silent PostgreSQL", () => {
  let db: TestDatabase;
  let proxy: TcpProxy;
  let server: ServerProcess;
  let base: string;
  const timings: Record<string, number> = {};

  const graphql = async (query = QUERY): Promise<Answer> => {
    const res = await fetch(`${base}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }), signal: AbortSignal.timeout(10_000) });
    const text = await res.text();
    let code: string | undefined;
    try {
      code = JSON.parse(text).errors?.[0]?.extensions?.code;
    } catch {
      code = undefined;
    }
    return { status: res.status, retryAfter: res.headers.get("retry-after"), text, code };
  };
  const status = async (path: string) => (await fetch(`${base}${path}`, { signal: AbortSignal.timeout(10_000) })).status;

  /** Polls until a query succeeds; returns how long that took. */
  const recovery = async (): Promise<number> => {
    const t = performance.now();
    for (;;) {
      const r = await graphql();
      if (r.status === 200 && JSON.parse(r.text).data?.deals) return Math.round(performance.now() - t);
      if (performance.now() - t > 15_000) throw new Error(`no recovery after 15 s: ${r.status} ${r.text}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  };

  /** During an outage: each request (several at once, too) is a fast 503 SERVICE_UNAVAILABLE with Retry-After, no SQL. */
  const expectOutage = async (label: string) => {
    const first = await timed(() => graphql());
    timings[`${label}: first request`] = first.ms;
    const together = await timed(() => Promise.all(Array.from({ length: 8 }, (_, i) => graphql(`{ companies(first: ${i + 1}) { totalCount } }`))));
    timings[`${label}: 8 concurrent requests`] = together.ms;
    const ready = await timed(() => status("/readyz"));
    timings[`${label}: /readyz`] = ready.ms;
    for (const r of [first.value, ...together.value]) {
      expect(r.status).toBe(503);
      expect(r.code).toBe("SERVICE_UNAVAILABLE");
      expect(r.retryAfter).toMatch(/^\d+$/);
      expect(r.text).not.toMatch(/select|from "|drizzle|postgres|ECONN/i);
    }
    expect(first.ms).toBeLessThanOrEqual(2_000);
    expect(together.ms).toBeLessThanOrEqual(2_000);
    expect(ready.value).toBe(503);
    expect(ready.ms).toBeLessThanOrEqual(2_000);
    expect(await status("/healthz")).toBe(200);
  };

  beforeAll(async () => {
    db = await createTestDatabase();
    const target = new URL(PG!);
    proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    server = spawnServer({
      DATABASE_URL: proxy.url(db.url!),
      PORT: "0",
      HOST: "127.0.0.1",
      SEED_ON_START: "false",
      RESPONSE_CACHE: "false",
      LOG_LEVEL: "info",
      DB_POOL_MAX: "4",
    });
    base = `http://127.0.0.1:${await server.ready}`;
  });

  afterAll(async () => {
    server?.kill();
    await proxy?.close();
    await db?.dispose();
    if (Object.keys(timings).length) console.info(`database fault timings (ms): ${JSON.stringify(timings)}`);
  });

  it("serves normally through the proxy", async () => {
    const r = await graphql();
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).data.deals.totalCount).toBeGreaterThan(0);
    expect(await status("/readyz")).toBe(200);
  });

  it("refused: 503 SERVICE_UNAVAILABLE with Retry-After within 2 s, /readyz 503, /healthz 200; back within 5 s", async () => {
    await proxy.set("refuse");
    await expectOutage("refused");
    await proxy.set("pass");
    const back = await recovery();
    timings["refused: recovery"] = back;
    expect(back).toBeLessThanOrEqual(5_000);
    expect(await status("/readyz")).toBe(200);
  });

  it("black-holed: the same within 2 s, though every socket stays open and silent; back within 5 s", async () => {
    expect((await graphql()).status).toBe(200);
    await proxy.set("blackhole");
    await expectOutage("black-holed");
    await proxy.set("pass");
    const back = await recovery();
    timings["black-holed: recovery"] = back;
    expect(back).toBeLessThanOrEqual(5_000);
  });

  it("requests already waiting on the database when it falls silent answer 503 within 2 s", async () => {
    expect((await graphql()).status).toBe(200);
    const inFlight = Array.from({ length: 6 }, (_, i) => timed(() => graphql(`{ sites(first: ${i + 2}) { totalCount } }`)));
    await proxy.set("blackhole");
    const answers = await Promise.all(inFlight);
    timings["black-holed: slowest in-flight request"] = Math.max(...answers.map((a) => a.ms));
    for (const a of answers) {
      expect([200, 503]).toContain(a.value.status);
      expect(a.ms).toBeLessThanOrEqual(2_000);
    }
    await proxy.set("pass");
    expect(await recovery()).toBeLessThanOrEqual(5_000);
  });

  it("logs the outage and the recovery, each once, with the cause", () => {
    const log = server.stdout();
    expect(log).toMatch(/database unavailable: connection (refused|closed|reset)/);
    expect(log).toMatch(/database unavailable: (no answer|connection timed out)/);
    expect(log).toMatch(/database available again/);
    expect(log).not.toMatch(/Failed query/);
  });
});

describe.skipIf(!PG)("start-up against PostgreSQL", () => {
  it("names an unknown database in one line, retries, exits 1", async () => {
    const url = new URL(PG!);
    url.pathname = "/faults_no_such_database";
    const p = spawnServer({ DATABASE_URL: url.toString(), PORT: "0", DB_STARTUP_RETRY_MS: "6000", LOG_LEVEL: "info" });
    expect(await p.exited).toBe(1);
    const lines = p.stderr().trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/unknown database: database "faults_no_such_database" does not exist \[3D000\]; gave up after \d+ attempts? in [\d.]+ s \(DB_STARTUP_RETRY_MS=6000\)$/);
    expect(p.stdout()).toMatch(/unknown database: .*retrying in \d+ ms/);
  }, 180_000);

  it("waits for a database that comes up during the retry window, then serves", async () => {
    const db = await createTestDatabase();
    const target = new URL(PG!);
    const proxy = await startTcpProxy({ host: target.hostname, port: Number(target.port || 5432) });
    await proxy.set("refuse");
    const p = spawnServer({ DATABASE_URL: proxy.url(db.url!), PORT: "0", HOST: "127.0.0.1", SEED_ON_START: "false", DB_STARTUP_RETRY_MS: "20000", LOG_LEVEL: "info" });
    try {
      for (let i = 0; i < 100 && !/retrying in/.test(p.stdout()); i++) await new Promise((r) => setTimeout(r, 100));
      expect(p.stdout()).toMatch(/connection refused; retrying in \d+ ms/);
      await proxy.set("pass");
      const port = await p.ready;
      expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
    } finally {
      p.kill();
      await proxy.close();
      await db.dispose();
    }
  }, 180_000);
});
