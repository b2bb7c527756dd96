/**
 * `npm run bench -- --soak`: the real server (its own process) under a long, mixed load —
 * every workload of the bench in turn on each connection — reporting errors and the server's
 * RSS at start, end and peak, so a leak or a slow failure shows up that a 10 s run hides.
 *
 *   --minutes=N        duration (default 10)
 *   --connections=N    concurrency (default 50)
 *   --scale=N          synthetic scale (default 0.1; env SCALE)
 *   --pglite           PGlite under .bench/ even when DATABASE_URL / BENCH_DATABASE_URL is set
 *   --cache            response cache on (default off: every request reaches the database)
 *   --seed             the seed dataset instead of synthetic data (BENCH_DATABASE_URL must name a
 *                      database of its own: it is migrated and seeded if empty)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildGigawattSchema } from "../schema";
import { benchTarget, prepareBenchData, type BenchTarget } from "./database";
import { openDatabase } from "../db/client";
import { migrateDatabase } from "../db/migrate";
import { isSeeded, loadSeed } from "../../seeds/load";
import { memoryOf, startChild } from "./processes";
import { WORKLOADS } from "./workloads";

interface SoakOptions {
  minutes: number;
  connections: number;
  scale: number;
  pglite: boolean;
  cache: boolean;
  seed: boolean;
}

interface CannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats?: Record<string, { count: number }>;
}
type CannonInstance = PromiseLike<CannonResult> & { on(event: "response", fn: (client: unknown, status: number) => void): void };
// eslint-disable-next-line @typescript-eslint/no-require-imports
const autocannon = require("autocannon") as (opts: Record<string, unknown>) => CannonInstance;

const log = (s: string) => process.stdout.write(`${s}\n`);

function parse(argv: string[]): SoakOptions {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  return {
    minutes: Number(get("minutes") ?? 10),
    connections: Number(get("connections") ?? 50),
    scale: Number(get("scale") ?? process.env.SCALE ?? 0.1),
    pglite: argv.includes("--pglite"),
    cache: argv.includes("--cache"),
    seed: argv.includes("--seed"),
  };
}

/** Samples the server's RSS every second; logs a line a minute. */
function watchMemory(pid: number, counts: { ok: number; failed: number }) {
  const started = Date.now();
  const first = memoryOf(pid)?.rssMb ?? NaN;
  let peak = first;
  let lastMinute = 0;
  const timer = setInterval(() => {
    const m = memoryOf(pid);
    if (!m) return;
    peak = Math.max(peak, m.rssMb);
    const minute = Math.floor((Date.now() - started) / 60_000);
    if (minute > lastMinute) {
      lastMinute = minute;
      log(`  ${minute} min: RSS ${m.rssMb.toFixed(0)} MB, ${counts.ok.toLocaleString("en-US")} answered 2xx, ${counts.failed} failed, load ${os.loadavg()[0].toFixed(2)}`);
    }
  }, 1_000);
  return {
    startMb: first,
    stop: () => {
      clearInterval(timer);
      const end = memoryOf(pid);
      return { endMb: end?.rssMb ?? NaN, peakMb: Math.max(peak, end?.rssMb ?? 0), vmHwmMb: end?.peakMb ?? NaN };
    },
  };
}

/** The seed dataset in the bench database (migrated, seeded when empty). */
async function prepareSeed(target: BenchTarget): Promise<{ ticker: string }> {
  if (target.kind === "postgres" && !process.env.BENCH_DATABASE_URL) throw new Error("--seed on PostgreSQL needs BENCH_DATABASE_URL naming a database of its own");
  const database = await openDatabase({ databaseUrl: target.env.DATABASE_URL, pgliteDataDir: target.env.PGLITE_DATA_DIR });
  try {
    await migrateDatabase(database);
    if (!(await isSeeded(database.db))) await loadSeed(database.db);
    return { ticker: "IREN" };
  } finally {
    await database.close();
  }
}

/** Prints the result table and writes .bench/results/soak.json. */
function report(o: SoakOptions, target: BenchTarget, workloads: string[], r: CannonResult, mem: { startMb: number; endMb: number; peakMb: number; vmHwmMb: number }, ms: number): void {
  const result = {
    at: new Date().toISOString(),
    options: o,
    database: target.label,
    workloads,
    seconds: Math.round(ms / 1000),
    requests: r.requests.total,
    reqPerSec: Math.round(r.requests.average),
    p50Ms: r.latency.p50,
    p99Ms: r.latency.p99,
    maxMs: r.latency.max,
    errors: { non2xx: r.non2xx, socketErrors: r.errors, timeouts: r.timeouts },
    statusCodes: Object.fromEntries(Object.entries(r.statusCodeStats ?? {}).map(([k, v]) => [k, v.count])),
    rssMb: { start: Math.round(mem.startMb), end: Math.round(mem.endMb), peak: Math.round(mem.peakMb), vmHwm: Math.round(mem.vmHwmMb) },
    node: process.version,
    cpus: os.cpus().length,
    loadAverage: os.loadavg(),
  };
  const out = path.resolve(".bench", "results", "soak.json");
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, JSON.stringify(result, null, 2));
  log("");
  log(`## Soak result — ${result.seconds} s, ${o.connections} connections, ${o.seed ? "seed data" : `SCALE=${o.scale}`}, ${target.label}`);
  log("");
  log("| requests | req/s | p50 ms | p99 ms | max ms | non-2xx | socket errors | timeouts | RSS start MB | RSS end MB | RSS peak MB |");
  log("|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|");
  log(`| ${result.requests} | ${result.reqPerSec} | ${result.p50Ms} | ${result.p99Ms} | ${result.maxMs} | ${r.non2xx} | ${r.errors} | ${r.timeouts} | ${result.rssMb.start} | ${result.rssMb.end} | ${result.rssMb.peak} |`);
  log(`\nStatus codes: ${JSON.stringify(result.statusCodes)}; load average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(" ")} on ${os.cpus().length} CPUs. Wrote ${path.relative(process.cwd(), out)}.`);
}

export async function runSoak(argv: string[]): Promise<void> {
  const o = parse(argv);
  const target = benchTarget(o.scale, o.pglite);
  log(`# Gigawatt soak — ${o.minutes} min at ${o.connections} connections, ${o.seed ? "seed data" : `SCALE=${o.scale}`}, ${target.label}, response cache ${o.cache ? "on" : "off"}`);
  const data = o.seed ? await prepareSeed(target) : await prepareBenchData(target, o.scale, 42, log);
  const schema = buildGigawattSchema();
  const ops = WORKLOADS.map((w) => ({ id: w.id, built: w.build(schema, { ticker: data.ticker }) })).filter((w) => !("skip" in w.built));
  log(`  mixed workload: ${ops.map((w) => w.id).join(", ")} (each connection cycles through them)`);
  const env: NodeJS.ProcessEnv = { ...process.env, ...target.env, RESPONSE_CACHE: String(o.cache), LOG_LEVEL: "warn", NODE_ENV: "production" };
  if (target.kind === "postgres") delete env.PGLITE_DATA_DIR;
  else delete env.DATABASE_URL;
  delete env.REDIS_URL;
  const child = await startChild("server-child.js", env);
  const url = `http://127.0.0.1:${child.port}/graphql`;
  try {
    const headers = { "content-type": "application/json", accept: "application/json" };
    const requests = ops.map((w) => ({ method: "POST", headers, body: JSON.stringify(w.built) }));
    await fetch(url, { method: "POST", headers, body: requests[0].body });
    const counts = { ok: 0, failed: 0 };
    const memory = watchMemory(child.proc.pid!, counts);
    const t0 = Date.now();
    const instance = autocannon({ url, connections: o.connections, duration: o.minutes * 60, requests, timeout: 30 });
    instance.on("response", (_c, status) => (status >= 200 && status < 300 ? counts.ok++ : counts.failed++));
    const r = await instance;
    report(o, target, ops.map((w) => w.id), r, { startMb: memory.startMb, ...memory.stop() }, Date.now() - t0);
  } finally {
    await child.stop();
  }
}
