import { memoryOf, sampleRss, startChild, type Child } from "./processes";
import { processCpuMs, type PgCpuMeter } from "./cpu";

// autocannon ships no types; this is the part of its result the bench reads.
interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Cannon = (opts: Record<string, unknown>) => Promise<CannonResult>;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as Cannon;

/** The same headers on probes and on the load: the response cache keys on Accept. */
const HEADERS = { "content-type": "application/json", accept: "application/json" };

export interface Operation {
  query: string;
  variables?: Record<string, unknown>;
}

export interface Probe {
  status: number;
  headers: Record<string, string>;
  body: string;
  sql: number;
  errors: string | null;
}

/** One request; reads the body and `x-sql-statements`. */
export async function probe(url: string, op: Operation, timeoutMs = 60_000): Promise<Probe> {
  const res = await fetch(url, { method: "POST", headers: HEADERS, body: JSON.stringify(op), signal: AbortSignal.timeout(timeoutMs) });
  const body = await res.text();
  const headers: Record<string, string> = {};
  res.headers.forEach((v, k) => (headers[k] = v));
  let errors: string | null = null;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message: string }> };
    if (parsed.errors?.length) errors = parsed.errors.map((e) => e.message).join("; ");
  } catch {
    errors = `non-JSON response (${res.status})`;
  }
  return { status: res.status, headers, body, sql: Number(res.headers.get("x-sql-statements") ?? NaN), errors };
}

export interface LoadResult {
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  failures: number;
  peakRssMb: number | null;
  /** Server process CPU over the window / requests (ms). */
  nodeCpuMsPerReq: number | null;
  /** PostgreSQL backends' CPU over the window / requests (ms). */
  pgCpuMsPerReq: number | null;
}

/** autocannon at fixed concurrency for fixed seconds (after a short warm-up), sampling the server's RSS. */
export async function load(
  url: string,
  op: Operation,
  o: { connections: number; seconds: number; warmupSeconds: number; pid?: number; pg?: PgCpuMeter | null; around?: { start(): Promise<void>; stop(): Promise<void> } },
): Promise<LoadResult> {
  const common = { url, connections: o.connections, method: "POST", headers: HEADERS, body: JSON.stringify(op) };
  if (o.warmupSeconds > 0) await autocannon({ ...common, duration: o.warmupSeconds });
  await o.around?.start();
  const stop = o.pid ? sampleRss(o.pid) : null;
  await o.pg?.start();
  const cpu0 = o.pid ? processCpuMs(o.pid) : null;
  const r = await autocannon({ ...common, duration: o.seconds });
  const cpu1 = o.pid ? processCpuMs(o.pid) : null;
  const pgMs = (await o.pg?.stop()) ?? null;
  const peak = stop ? stop() : null;
  const done = Math.max(1, r.requests.total);
  await o.around?.stop();
  return {
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    requests: r.requests.total,
    failures: r.non2xx + r.errors + r.timeouts,
    peakRssMb: peak,
    nodeCpuMsPerReq: cpu0 != null && cpu1 != null ? (cpu1 - cpu0) / done : null,
    pgCpuMsPerReq: pgMs != null ? pgMs / done : null,
  };
}

export { startChild, memoryOf, type Child };
