/**
 * Traces through OpenTelemetry, into an in-memory exporter: one GraphQL request through the
 * real server (built, in a child process so the instrumentations load before `http` and
 * `graphql`, as in production) gives an HTTP server span, GraphQL spans under it, and one SQL
 * span per statement, all in the same trace. Runs on PGlite, or on PostgreSQL with DATABASE_URL.
 */
import { fork, type ChildProcess } from "node:child_process";
import http from "node:http";
import { startServerProcess } from "./helpers/processes";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

interface SpanSummary {
  name: string;
  kind: number;
  traceId: string;
  spanId: string;
  parentSpanId: string | null;
  attributes: Record<string, unknown>;
  scope: string;
}

let child: ChildProcess;
let url: string;

function next<T>(predicate: (m: any) => boolean): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: any) => {
      if (!predicate(m)) return;
      child.off("message", onMessage);
      resolve(m);
    };
    child.on("message", onMessage);
    child.once("exit", (code) => reject(new Error(`traced server exited with ${code}`)));
  });
}

beforeAll(async () => {
  child = fork(path.join(__dirname, "helpers/otel-child.cjs"), [], { stdio: ["ignore", "inherit", "inherit", "ipc"], env: { ...process.env } });
  const { port } = await next<{ port: number }>((m) => typeof m?.port === "number");
  url = `http://127.0.0.1:${port}`;
}, 180_000);
afterAll(() => {
  child?.kill("SIGTERM");
});

describe("OpenTelemetry traces", () => {
  it("one request: HTTP server span → GraphQL spans → one SQL span per statement, one trace", async () => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ query: "query tracedDeals { deals(first: 3) { nodes { key provider { name } } } }" }),
    });
    expect(res.status).toBe(200);
    const sqlStatements = Number(res.headers.get("x-sql-statements"));
    expect(sqlStatements).toBeGreaterThan(0);
    await new Promise((r) => setTimeout(r, 200));
    child.send("spans");
    const { spans } = await next<{ spans: SpanSummary[] }>((m) => Array.isArray(m?.spans));

    const http = spans.find((s) => s.scope === "@opentelemetry/instrumentation-http" && s.kind === 1 && [s.attributes["http.target"], s.attributes["url.path"]].includes("/graphql"));
    expect(http, JSON.stringify(spans.map((s) => [s.scope, s.name]))).toBeDefined();
    const trace = spans.filter((s) => s.traceId === http!.traceId);
    const gql = trace.filter((s) => s.scope === "@opentelemetry/instrumentation-graphql");
    expect(gql.map((s) => s.name)).toEqual(expect.arrayContaining(["graphql.parse", "graphql.validate", "query tracedDeals"]));
    const sql = trace.filter((s) => s.scope === "gigawatt-sql");
    expect(sql).toHaveLength(sqlStatements);
    expect(sql.every((s) => s.kind === 2 && /^sql \w+$/.test(s.name) && String(s.attributes["db.query.text"]).length > 0)).toBe(true);
    // Every SQL span hangs under the request: walk up the parents to the HTTP span.
    const byId = new Map(trace.map((s) => [s.spanId, s]));
    for (const s of sql) {
      let p: SpanSummary | undefined = s;
      while (p && p.spanId !== http!.spanId) p = p.parentSpanId ? byId.get(p.parentSpanId) : undefined;
      expect(p?.spanId).toBe(http!.spanId);
    }
  });
});

describe("OTEL_EXPORTER_OTLP_ENDPOINT", () => {
  it("makes `npm start`'s server export its spans over OTLP/HTTP", async () => {
    const received: Array<{ path: string; type: string; body: Buffer }> = [];
    const collector = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (c: Buffer) => chunks.push(c));
      req.on("end", () => {
        received.push({ path: req.url ?? "", type: String(req.headers["content-type"]), body: Buffer.concat(chunks) });
        res.writeHead(200, { "content-type": "application/x-protobuf" });
        res.end();
      });
    });
    await new Promise<void>((r) => collector.listen(0, "127.0.0.1", r));
    const endpoint = `http://127.0.0.1:${(collector.address() as { port: number }).port}`;
    const server = await startServerProcess({ PGLITE_DATA_DIR: "memory://", SEED_ON_START: "false", OTEL_EXPORTER_OTLP_ENDPOINT: endpoint, OTEL_SERVICE_NAME: "gigawatt-otlp-test", OTEL_BSP_SCHEDULE_DELAY: "100" });
    try {
      const res = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: "query exported { companies(first: 1) { totalCount } }" }) });
      expect(res.status).toBe(200);
      for (let i = 0; i < 50 && !received.some((r) => r.body.includes("exported")); i++) await new Promise((r) => setTimeout(r, 100));
      const traces = received.filter((r) => r.path === "/v1/traces");
      expect(traces.length).toBeGreaterThan(0);
      expect(traces[0]!.type).toBe("application/x-protobuf");
      const all = Buffer.concat(traces.map((t) => t.body));
      expect(all.includes("gigawatt-otlp-test")).toBe(true);
      expect(all.includes("query exported")).toBe(true);
      expect(all.includes("gigawatt-sql")).toBe(true);
    } finally {
      expect(await server.stop()).toBe(0);
      await new Promise((r) => collector.close(r));
    }
  }, 180_000);
});
