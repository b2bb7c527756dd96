/**
 * `npm run bench` (`npm run build && node dist/src/bench/run.js`): the real server (createApp)
 * on synthetic data, driven by autocannon at fixed concurrency for a fixed time per workload,
 * with the response cache off, then on, then a bare node:http server replaying the same bytes.
 * Each workload gets a fresh server process, so one slow workload cannot leak CPU or memory
 * into the next and each row's peak RSS is its own.
 *
 *   --quick            SCALE=0.05, 3 s per run, 1.5 s per bare run (under a minute)
 *   --scale=N          synthetic scale (default 1; env SCALE)
 *   --seconds=N        seconds per run (default 10)
 *   --connections=N    concurrency (default 10)
 *   --pglite           PGlite under .bench/ even when DATABASE_URL / BENCH_DATABASE_URL is set
 *   --redis            response cache in Redis (REDIS_URL, default redis://127.0.0.1:6379)
 *   --cpu-prof         profile the server during each measured run (.bench/profiles) and print where time goes
 *   --only=a,b         run only these workloads (point, nested, moves-root, moves-company, total-count,
 *                      aggregate, aggregate-kind, sector, sector-headline, sector-inputs)
 *   --soak             10 minutes at 50 connections on the mixed workload instead (src/bench/soak.ts)
 *   --refusals         hostile documents one at a time: refusal latency and CPU (src/bench/refusals.ts)
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { buildGigawattSchema } from "../schema";
import { benchTarget, prepareBenchData, type BenchTarget } from "./database";
import { explainSlowest, type ExplainResult } from "./explain";
import { load, memoryOf, probe, startChild, type Operation, type Probe } from "./measure";
import type { Child } from "./processes";
import { pgCpuMeter } from "./cpu";
import { summarizeProfile, type ProfileSummary } from "./profile";
import { evaluateTargets, markdownTable, targetsTable, type Row, type Skipped } from "./report";
import { nestedProbe, WORKLOADS } from "./workloads";
import { runSoak } from "./soak";
import { runRefusals } from "./refusals";

interface Options {
  quick: boolean;
  scale: number;
  seed: number;
  seconds: number;
  bareSeconds: number;
  warmupSeconds: number;
  connections: number;
  pglite: boolean;
  redis: boolean;
  cpuProf: boolean;
  only: string[] | null;
}

function parseOptions(argv: string[]): Options {
  const get = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.split("=")[1];
  const has = (name: string) => argv.includes(`--${name}`);
  const quick = has("quick");
  const seconds = Number(get("seconds") ?? (quick ? 3 : 10));
  return {
    quick,
    scale: Number(get("scale") ?? (quick ? 0.05 : (process.env.SCALE ?? 1))),
    seed: Number(get("seed") ?? 42),
    seconds,
    bareSeconds: quick ? Math.min(1.5, seconds) : seconds,
    warmupSeconds: quick ? 0.3 : 1,
    connections: Number(get("connections") ?? 10),
    pglite: has("pglite"),
    redis: has("redis"),
    cpuProf: has("cpu-prof"),
    only: get("only")?.split(",") ?? null,
  };
}

const log = (s: string) => process.stdout.write(`${s}\n`);

function childEnv(target: BenchTarget, responseCache: boolean, redis: boolean): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...target.env, RESPONSE_CACHE: String(responseCache), LOG_LEVEL: "silent", NODE_ENV: "production" };
  if (target.kind === "postgres") delete env.PGLITE_DATA_DIR;
  else delete env.DATABASE_URL;
  if (redis) env.REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
  else delete env.REDIS_URL;
  return env;
}

interface Active {
  id: string;
  title: string;
  hot: boolean;
  op: Operation;
}

interface Measured {
  row: Row | null;
  /** The answer's bytes and headers, for the bare replay. */
  canned: { headers: Record<string, string>; body: string } | null;
  skipped: string | null;
  vmHwmMb: number;
  profile: ProfileSummary | null;
  nestedSql?: { at10: number; at100: number };
}

/** Sends an IPC message to a child and waits for the reply that carries `key`. */
function ask(child: Child, msg: object, key: string): Promise<void> {
  return new Promise((resolve) => {
    const on = (m: Record<string, unknown>) => {
      if (key in m) {
        child.proc.off("message", on);
        resolve();
      }
    };
    child.proc.on("message", on);
    child.proc.send(msg);
  });
}

/** Sequential requests for about `seconds` (JIT and pools warm, nothing left running). */
async function warmUp(url: string, op: Operation, seconds: number): Promise<Probe> {
  const until = Date.now() + seconds * 1000;
  let last = await probe(url, op);
  while (Date.now() < until && !last.errors) last = await probe(url, op);
  return last;
}

async function measure(target: BenchTarget, o: Options, w: Active, cache: boolean): Promise<Measured> {
  const child = await startChild("server-child.js", childEnv(target, cache, o.redis));
  const url = `http://127.0.0.1:${child.port}/graphql`;
  const out: Measured = { row: null, canned: null, skipped: null, vmHwmMb: NaN, profile: null };
  try {
    if (w.id === "nested" && !cache) {
      const [at10, at100] = [await probe(url, nestedProbe(10)), await probe(url, nestedProbe(100))];
      out.nestedSql = { at10: at10.sql, at100: at100.sql };
    }
    const started = Date.now();
    const first = await probe(url, w.op, 120_000).catch((e: Error) => ({ errors: e.message }) as Probe);
    const singleMs = Date.now() - started;
    if (first.errors || first.status !== 200) {
      out.skipped = first.errors ?? `HTTP ${first.status}`;
      return out;
    }
    const p = await warmUp(url, w.op, o.warmupSeconds);
    out.canned = { headers: replayHeaders(p.headers), body: p.body };
    log(`  ${w.id} (cache ${cache ? "on" : "off"}): first request ${singleMs} ms; ${o.seconds} s at ${o.connections} connections ...`);
    const file = path.resolve(".bench", "profiles", `${w.id}-cache-${cache ? "on" : "off"}.cpuprofile`);
    const around = o.cpuProf ? { start: () => ask(child, { profile: "start" }, "profiling"), stop: () => ask(child, { profile: "stop", file }, "profiled") } : undefined;
    const pg = await pgCpuMeter(target);
    const r = await load(url, w.op, { connections: o.connections, seconds: o.seconds, warmupSeconds: 0, pid: child.proc.pid, pg, around }).finally(() => pg?.close());
    if (around) out.profile = summarizeProfile(file);
    out.row = {
      workload: w.id,
      title: w.title,
      mode: cache ? "cache on" : "cache off",
      reqPerSec: r.reqPerSec,
      p50Ms: r.requests > r.failures ? r.p50Ms : NaN,
      p99Ms: r.requests > r.failures ? r.p99Ms : NaN,
      firstMs: singleMs,
      bytes: Buffer.byteLength(p.body),
      sqlPerRequest: p.sql,
      peakRssMb: r.peakRssMb,
      nodeCpuMs: r.nodeCpuMsPerReq,
      pgCpuMs: r.pgCpuMsPerReq,
      bareReqPerSec: null,
      ofBarePct: null,
      failures: r.failures,
      loadAvg: os.loadavg()[0],
    };
  } finally {
    out.vmHwmMb = Math.round(memoryOf(child.proc.pid!)?.peakMb ?? NaN);
    await child.stop();
  }
  return out;
}

/** Headers the real server sent that a replay should send too (not per-connection ones). */
function replayHeaders(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) if (!["date", "connection", "keep-alive", "content-length", "transfer-encoding"].includes(k)) out[k] = v;
  return out;
}

async function runBare(o: Options, canned: Map<string, { headers: Record<string, string>; body: string }>, ops: Map<string, Operation>): Promise<Map<string, number>> {
  const child = await startChild("bare-child.js", { ...process.env });
  const out = new Map<string, number>();
  try {
    const routes: Record<string, { headers: Record<string, string>; body: string }> = {};
    for (const [id, c] of canned) routes[`/w/${id}`] = c;
    await ask(child, { routes }, "ready");
    for (const id of canned.keys()) {
      log(`  ${id} (bare): ${o.bareSeconds} s ...`);
      const r = await load(`http://127.0.0.1:${child.port}/w/${id}`, ops.get(id)!, { connections: o.connections, seconds: o.bareSeconds, warmupSeconds: o.warmupSeconds });
      out.set(id, r.reqPerSec);
    }
  } finally {
    await child.stop();
  }
  return out;
}

function printProfiles(profiles: Record<string, ProfileSummary>): void {
  for (const [id, p] of Object.entries(profiles)) {
    log(`\n### CPU profile: ${id} (${path.relative(process.cwd(), p.file)}; self time, % of samples)\n`);
    log(["| package | % |", "|---|--:|", ...p.byPackage.slice(0, 10).map((x) => `| ${x.name} | ${x.pct} |`)].join("\n"));
    log("");
    log(["| function | % |", "|---|--:|", ...p.byFunction.slice(0, 12).map((x) => `| ${x.name.replace(/\|/g, "\\|")} | ${x.pct} |`)].join("\n"));
  }
}

async function main(): Promise<void> {
  if (process.argv.includes("--soak")) return runSoak(process.argv.slice(2));
  if (process.argv.includes("--refusals")) return runRefusals(process.argv.slice(2));
  const o = parseOptions(process.argv.slice(2));
  const t0 = Date.now();
  const target = benchTarget(o.scale, o.pglite);
  log(`# Gigawatt bench — SCALE=${o.scale}, ${target.label}, ${o.connections} connections, ${o.seconds} s per run${o.quick ? " (quick)" : ""}`);
  log(`  ${os.cpus().length} CPUs; load average ${os.loadavg().map((x) => x.toFixed(2)).join(" ")} (the bench shares these cores with the database and the load generator)`);
  const data = await prepareBenchData(target, o.scale, o.seed, log);
  if (data.generated) log(`  generated ${Object.values(data.rows).reduce((a, b) => a + b, 0).toLocaleString("en-US")} rows in ${data.generated.seconds.toFixed(1)} s (${data.generated.rowsPerSecond.toLocaleString("en-US")} rows/s)`);

  const schema = buildGigawattSchema();
  const active: Active[] = [];
  const skipped: Skipped[] = [];
  for (const w of WORKLOADS) {
    if (o.only && !o.only.includes(w.id)) continue;
    const built = w.build(schema, { ticker: data.ticker });
    if ("skip" in built) skipped.push({ workload: w.id, reason: built.skip });
    else active.push({ id: w.id, title: w.title, hot: w.hot, op: built });
  }

  const rows: Row[] = [];
  const canned = new Map<string, { headers: Record<string, string>; body: string }>();
  const peaks: Record<string, number> = {};
  const profiles: Record<string, ProfileSummary> = {};
  let nestedSql: { at10: number; at100: number } | null = null;
  for (const cache of [false, true]) {
    log(`## cache ${cache ? "on" : "off"}`);
    for (const w of cache ? active.filter((x) => x.hot) : active) {
      const m = await measure(target, o, w, cache);
      peaks[`${w.id}, cache ${cache ? "on" : "off"}`] = m.vmHwmMb;
      if (m.nestedSql) nestedSql = m.nestedSql;
      if (m.profile) profiles[`${w.id}, cache ${cache ? "on" : "off"}`] = m.profile;
      if (m.skipped) {
        log(`  ${w.id}: skipped (${m.skipped})`);
        if (!cache) skipped.push({ workload: w.id, reason: m.skipped });
        continue;
      }
      if (m.row) rows.push(m.row);
      if (m.canned && !cache) canned.set(w.id, m.canned);
    }
  }
  log("## bare node:http with the same bytes");
  const bare = await runBare(o, canned, new Map(active.map((w) => [w.id, w.op])));
  for (const r of rows) {
    const b = bare.get(r.workload) ?? null;
    r.bareReqPerSec = b;
    r.ofBarePct = b ? Math.round((r.reqPerSec / b) * 1000) / 10 : null;
  }

  // The slowest query: the longest single (uncontended) request without the cache.
  const slowest = rows.filter((r) => r.mode === "cache off").sort((a, b) => b.firstMs - a.firstMs)[0];
  let explained: ExplainResult | { error: string } | null = null;
  if (slowest) {
    log(`## EXPLAIN (ANALYZE, BUFFERS) of the statements of the slowest query (${slowest.workload})`);
    explained = await explainSlowest(target, active.find((w) => w.id === slowest.workload)!.op).catch((e: Error) => ({ error: e.message }));
  }

  const peakRssMb = Math.max(...Object.values(peaks).filter(Number.isFinite));
  const targets = evaluateTargets({ rows, nestedSql10: nestedSql?.at10 ?? NaN, nestedSql100: nestedSql?.at100 ?? NaN, peakRssMb, peaks, scale: o.scale, database: target.label });
  const result = {
    at: new Date().toISOString(),
    options: o,
    database: target.label,
    node: process.version,
    cpus: os.cpus().length,
    rowsInDatabase: data.rows,
    generation: data.generated,
    rows,
    skipped,
    nestedSql,
    serverPeakRssMb: peaks,
    targets,
    explain: explained,
    profiles,
    seconds: Math.round((Date.now() - t0) / 1000),
  };
  const outDir = path.resolve(".bench", "results");
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, "latest.json"), JSON.stringify(result, null, 2));

  log("");
  log(`## Results — SCALE=${o.scale}, ${target.label}, concurrency ${o.connections}, ${o.seconds} s per run, Node ${process.version}, ${os.cpus().length} CPUs`);
  log("");
  log(markdownTable(rows));
  for (const s of skipped) log(`\n_${s.workload}: skipped — ${s.reason}._`);
  log(`\n"first ms": one request alone, before the load. "load": 1-minute load average when the run ended; on ${os.cpus().length} CPUs, well above 3 (server + database + autocannon) means other work skewed that row.`);
  log(`\nServer peak RSS (VmHWM) per process: ${Object.entries(peaks).map(([k, v]) => `${k} ${v} MB`).join("; ")}.`);
  log(`SQL statements for the nested list: ${nestedSql?.at10} at 10 rows, ${nestedSql?.at100} at 100 rows.`);
  log("\n### Targets\n");
  log(targetsTable(targets));
  if (explained && "slowest" in explained && explained.slowest) {
    log(`\n### EXPLAIN (ANALYZE, BUFFERS): slowest of ${explained.statements} statements of \`${slowest!.workload}\` (${explained.slowest.executionMs} ms)\n`);
    log("```sql\n" + explained.slowest.sql + "\n```\n```\n" + explained.slowest.plan + "\n```");
  } else if (explained && "error" in explained) log(`\nEXPLAIN failed: ${explained.error}`);
  printProfiles(profiles);
  log(`\nWrote ${path.relative(process.cwd(), path.join(outDir, "latest.json"))} in ${result.seconds} s.`);
}

main().catch((err: unknown) => {
  console.error(`bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exit(1);
});
