import client from "prom-client";
import type { Database } from "../db/client";
import { hookStatements, onStatement } from "../db/statement-hooks";

/**
 * The process's Prometheus metrics (prom-client), served by GET /metrics. Metrics describe the
 * process, so there is one registry per process, whatever the number of servers in it.
 */
export const metricsRegistry = new client.Registry();
client.collectDefaultMetrics({ register: metricsRegistry, eventLoopMonitoringPrecision: 20 });

const requestDuration = new client.Histogram({
  name: "gigawatt_http_request_duration_seconds",
  help: "HTTP request duration by GraphQL operation name (or route) and status.",
  labelNames: ["operation", "status"] as const,
  buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
  registers: [metricsRegistry],
});

const sqlPerRequest = new client.Histogram({
  name: "gigawatt_sql_statements_per_request",
  help: "SQL statements run for one HTTP request (0 for answers from the cache).",
  buckets: [0, 1, 2, 3, 5, 8, 13, 21, 34, 55, 89],
  registers: [metricsRegistry],
});

const cacheLookups = new client.Counter({
  name: "gigawatt_cache_lookups_total",
  help: "Response-cache lookups by layer (http: the byte cache in front of Apollo; response: Apollo's) and result (hit, miss).",
  labelNames: ["layer", "result"] as const,
  registers: [metricsRegistry],
});

const rateLimitRefusals = new client.Counter({
  name: "gigawatt_rate_limit_refusals_total",
  help: "Requests refused by the rate limiter (THROTTLED), by reason.",
  labelNames: ["reason"] as const,
  registers: [metricsRegistry],
});

const fastLane = new client.Counter({
  name: "gigawatt_graphql_fast_lane_total",
  help: "GraphQL POSTs by who answered them: the fast lane (lane) or Apollo (apollo: not hot yet, not eligible, refused or with errors).",
  labelNames: ["answered_by"] as const,
  registers: [metricsRegistry],
});

/** Call once per GraphQL request the fast lane was offered (src/http/fast-lane.ts). */
export function countFastLane(answered: boolean): void {
  fastLane.inc({ answered_by: answered ? "lane" : "apollo" });
}

let poolSize = 0;
let inFlight = 0;
new client.Gauge({
  name: "gigawatt_db_pool_connections",
  help: "Database pool connections in use (running a statement) and statements waiting for one.",
  labelNames: ["state"] as const,
  registers: [metricsRegistry],
  collect() {
    this.set({ state: "in_use" }, Math.min(inFlight, poolSize));
    this.set({ state: "waiting" }, Math.max(0, inFlight - poolSize));
  },
});
new client.Gauge({
  name: "gigawatt_db_pool_size",
  help: "Connections the database pool may open (1 for embedded PGlite).",
  registers: [metricsRegistry],
  collect() {
    this.set(poolSize);
  },
});

let watching = false;
/** Starts counting statements in flight on this database (pool gauges). */
export function watchDatabase(database: Database, poolMax: number): void {
  poolSize = database.kind === "pglite" ? 1 : poolMax;
  hookStatements(database.db);
  if (watching) return;
  watching = true;
  onStatement(() => {
    inFlight += 1;
    return () => {
      inFlight -= 1;
    };
  });
}

const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;
const MAX_OPERATIONS = 300;
const seenOperations = new Set<string>();

/**
 * The `operation` label: a GraphQL operation name as sent, bounded so that clients cannot
 * blow up the number of series (odd names and names beyond the first 300 count as "other").
 */
export function operationLabel(name: string | null | undefined): string {
  if (!name) return "anonymous";
  if (seenOperations.has(name)) return name;
  if (!NAME.test(name) || seenOperations.size >= MAX_OPERATIONS) return "other";
  seenOperations.add(name);
  return name;
}

/** One finished HTTP request. */
export function observeRequest(r: { operation: string; status: number; seconds: number; sqlStatements: number }): void {
  requestDuration.observe({ operation: r.operation, status: String(r.status) }, r.seconds);
  sqlPerRequest.observe(r.sqlStatements);
}

/** One response-cache lookup. */
export function countCacheLookup(layer: "http" | "response", hit: boolean): void {
  cacheLookups.inc({ layer, result: hit ? "hit" : "miss" });
}

/** Call once for every request the rate limiter refuses (THROTTLED). */
export function countRateLimitRefusal(reason = "rate"): void {
  rateLimitRefusals.inc({ reason });
}

/** The exposition text and its content type, for GET /metrics. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: metricsRegistry.contentType, body: await metricsRegistry.metrics() };
}
