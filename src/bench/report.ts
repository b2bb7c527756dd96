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
  const head = "| query | cache | req/s | p50 ms | p99 ms | first ms | bytes | SQL/req | peak RSS MB | bare req/s | % of bare | load |";
  const sep = "|---|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|";
  const lines = rows.map(
    (r) =>
      `| ${r.workload} | ${r.mode === "cache on" ? "on" : "off"} | ${fmt(r.reqPerSec)} | ${fmt(r.p50Ms)} | ${fmt(r.p99Ms)} | ${fmt(r.firstMs)} | ${fmt(r.bytes)} | ${fmt(r.sqlPerRequest)} | ${fmt(r.peakRssMb)} | ${fmt(r.bareReqPerSec)} | ${r.ofBarePct == null ? "–" : `${fmt(r.ofBarePct, 1)} %`} | ${fmt(r.loadAvg, 1)} |` +
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

/** The issue's targets, checked against this run (they are defined for PostgreSQL, concurrency 10). */
export function evaluateTargets(i: TargetInputs): Target[] {
  const off = (id: string) => i.rows.find((r) => r.workload === id && r.mode === "cache off");
  const on = i.rows.filter((r) => r.mode === "cache on");
  const nested = off("nested");
  const point = off("point");
  const sector = off("sector");
  const out: Target[] = [];
  out.push({
    name: "nested list",
    goal: "≥ 400 req/s, p99 ≤ 100 ms",
    measured: nested ? `${fmt(nested.reqPerSec)} req/s, p99 ${fmt(nested.p99Ms)} ms` : "not run",
    met: nested ? nested.reqPerSec >= 400 && nested.p99Ms <= 100 && !nested.failures : null,
  });
  out.push({ name: "point lookup", goal: "≥ 4,000 req/s", measured: point ? `${fmt(point.reqPerSec)} req/s` : "not run", met: point ? point.reqPerSec >= 4000 : null });
  const sectorMeasured = !sector
    ? "no `sector` field yet"
    : Number.isNaN(sector.p50Ms)
      ? `no request completed under load; one alone takes ${fmt(sector.firstMs)} ms (SCALE=${i.scale})`
      : `p50 ${fmt(sector.p50Ms)} ms; one alone ${fmt(sector.firstMs)} ms (SCALE=${i.scale})`;
  out.push({
    name: "sector",
    goal: "p50 ≤ 20 ms at SCALE=1",
    measured: sectorMeasured,
    met: sector && i.scale >= 1 ? !Number.isNaN(sector.p50Ms) && sector.p50Ms <= 20 : null,
  });
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
