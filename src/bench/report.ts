export interface Row {
  workload: string;
  title: string;
  mode: "cache off" | "cache on";
  reqPerSec: number;
  p50Ms: number;
  p99Ms: number;
  /** One request alone, before the load (ms). */
  firstMs: number;
  bytes: number;
  sqlPerRequest: number;
  peakRssMb: number | null;
  /** Server process CPU per request over the measured window (ms). */
  nodeCpuMs: number | null;
  /** PostgreSQL backends' CPU per request over the measured window (ms). */
  pgCpuMs: number | null;
  bareReqPerSec: number | null;
  ofBarePct: number | null;
  failures: number;
  /** 1-minute load average when the run ended: other work on the machine skews the numbers. */
  loadAvg: number;
}

export interface Skipped {
  workload: string;
  reason: string;
}

export interface Target {
  name: string;
  goal: string;
  measured: string;
  met: boolean | null;
}

const fmt = (n: number | null, digits = 0) => (n == null || Number.isNaN(n) ? "–" : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));

export function markdownTable(rows: Row[]): string {
  const head = "| query | cache | req/s | p50 ms | p99 ms | Node CPU ms/req | PG CPU ms/req | first ms | bytes | SQL/req | peak RSS MB | bare req/s | % of bare | load |";
  const sep = "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|";
  const lines = rows.map(
    (r) =>
      `| ${r.workload} | ${r.mode === "cache on" ? "on" : "off"} | ${fmt(r.reqPerSec)} | ${fmt(r.p50Ms)} | ${fmt(r.p99Ms)} | ${fmt(r.nodeCpuMs, 2)} | ${fmt(r.pgCpuMs, 2)} | ${fmt(r.firstMs)} | ${fmt(r.bytes)} | ${fmt(r.sqlPerRequest)} | ${fmt(r.peakRssMb)} | ${fmt(r.bareReqPerSec)} | ${r.ofBarePct == null ? "–" : `${fmt(r.ofBarePct, 1)} %`} | ${fmt(r.loadAvg, 1)} |` +
      (r.failures ? ` ⚠ ${r.failures} requests failed or timed out (10 s)` : ""),
  );
  return [head, sep, ...lines].join("\n");
}

export function targetsTable(targets: Target[]): string {
  const lines = targets.map((t) => `| ${t.name} | ${t.goal} | ${t.measured} | ${t.met == null ? "n/a" : t.met ? "met" : "**missed**"} |`);
  return ["| target | goal | measured | |", "|---|---|---|---|", ...lines].join("\n");
}

export interface TargetInputs {
  rows: Row[];
  nestedSql10: number;
  nestedSql100: number;
  peakRssMb: number;
  /** VmHWM per server process ("<workload>, cache on|off"). */
  peaks: Record<string, number>;
  scale: number;
  database: string;
}

const ms = (n: number | null | undefined, d = 2) => (n == null || Number.isNaN(n) ? "–" : `${fmt(n, d)} ms`);

/** One CPU-per-request target (Node and, when given, PostgreSQL) for one uncached workload. */
function cpuTarget(row: Row | undefined, name: string, node: number, pg: number | null): Target {
  const goal = `Node CPU ≤ ${node} ms/req${pg == null ? "" : `, PG CPU ≤ ${pg} ms/req`}`;
  if (!row) return { name, goal, measured: "not run", met: null };
  const measured = `Node ${ms(row.nodeCpuMs)}${pg == null ? "" : `, PG ${ms(row.pgCpuMs)}`}`;
  const met = row.nodeCpuMs != null && row.nodeCpuMs <= node && (pg == null || (row.pgCpuMs != null && row.pgCpuMs <= pg)) && !row.failures;
  return { name, goal, measured, met };
}

/** The targets, checked against this run (they are defined for SCALE=1 on PostgreSQL, concurrency 10). */
export function evaluateTargets(i: TargetInputs): Target[] {
  const off = (id: string) => i.rows.find((r) => r.workload === id && r.mode === "cache off");
  const on = i.rows.filter((r) => r.mode === "cache on");
  const out: Target[] = [
    cpuTarget(off("point"), "company by ticker", 0.35, 0.1),
    cpuTarget(off("nested"), "100 nested deals", 7, null),
    cpuTarget(off("moves-root"), "50 moves, root list + where", 1.5, 1),
    cpuTarget(off("moves-company"), "50 moves, company { stockMoves }", 1.5, 1),
  ];
  const total = off("total-count");
  out.push({
    name: "unfiltered totalCount",
    goal: "p50 ≤ 50 ms",
    measured: total ? `p50 ${ms(total.p50Ms, 0)}; one alone ${ms(total.firstMs, 0)}` : "not run",
    met: total && i.scale >= 1 ? total.p50Ms <= 50 : null,
  });
  const sector = off("sector");
  out.push({
    name: "sector",
    goal: "p50 ≤ 20 ms at SCALE=1",
    measured: !sector ? "not run" : Number.isNaN(sector.p50Ms) ? `no request completed under load; one alone ${ms(sector.firstMs, 0)}` : `p50 ${ms(sector.p50Ms, 0)}; one alone ${ms(sector.firstMs, 0)}`,
    met: sector && i.scale >= 1 ? !Number.isNaN(sector.p50Ms) && sector.p50Ms <= 20 : null,
  });
  for (const id of ["aggregate", "aggregate-kind"]) {
    const a = off(id);
    if (a) out.push({ name: `grouped aggregate (${id})`, goal: "no slower than before (compare tables)", measured: `${fmt(a.reqPerSec)} req/s, Node ${ms(a.nodeCpuMs)}, PG ${ms(a.pgCpuMs)}`, met: null });
  }
  out.push({
    name: "N+1 guard",
    goal: "same SQL/req at 10 and 100 rows",
    measured: `${i.nestedSql10} at 10, ${i.nestedSql100} at 100`,
    met: i.nestedSql10 === i.nestedSql100,
  });
  for (const r of on) {
    out.push({ name: `cached ${r.workload}`, goal: "≥ 50 % of bare", measured: r.ofBarePct == null ? "–" : `${fmt(r.ofBarePct, 1)} %`, met: r.ofBarePct == null ? null : r.ofBarePct >= 50 });
  }
  const worst = Object.entries(i.peaks).sort((a, b) => b[1] - a[1])[0];
  out.push({ name: "peak RSS under load", goal: "≤ 300 MB", measured: `${fmt(i.peakRssMb)} MB${worst ? ` (${worst[0]})` : ""}`, met: i.peakRssMb <= 300 });
  return out;
}
