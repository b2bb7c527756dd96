import fs from "node:fs";
import path from "node:path";

interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string; lineNumber: number }; hitCount?: number }>;
  samples?: number[];
  timeDeltas?: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  file: string;
  totalMs: number;
  byPackage: Array<{ name: string; pct: number }>;
  byFunction: Array<{ name: string; pct: number }>;
}

/** Which package (or our source folder) a frame belongs to. */
function packageOf(url: string): string {
  if (!url) return "(native/idle/gc)";
  const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (nm) return nm[1];
  if (url.startsWith("node:")) return url.replace(/^node:(internal\/)?/, "node:").split("/")[0];
  const src = /\/dist\/(src\/[^/]+(?:\/[^/]+)?)\//.exec(url);
  return src ? src[1] : path.basename(url);
}

/** Self time per package and per function from a V8 .cpuprofile (what --cpu-prof writes). */
export function summarizeProfile(file: string, top = 15): ProfileSummary {
  const prof = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const totalMs = (prof.endTime - prof.startTime) / 1000;
  const hits = new Map<number, number>();
  for (const id of prof.samples ?? []) hits.set(id, (hits.get(id) ?? 0) + 1);
  const total = prof.samples?.length ?? prof.nodes.reduce((s, n) => s + (n.hitCount ?? 0), 0);
  const pkg = new Map<string, number>();
  const fn = new Map<string, number>();
  for (const n of prof.nodes) {
    const h = hits.get(n.id) ?? n.hitCount ?? 0;
    if (!h) continue;
    const { functionName, url, lineNumber } = n.callFrame;
    const p = functionName === "(idle)" ? "(idle)" : functionName === "(garbage collector)" ? "(gc)" : packageOf(url);
    pkg.set(p, (pkg.get(p) ?? 0) + h);
    const name = `${functionName || "(anonymous)"} ${url ? `${path.basename(url)}:${lineNumber + 1}` : ""} [${p}]`;
    fn.set(name, (fn.get(name) ?? 0) + h);
  }
  const rank = (m: Map<string, number>) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, top)
      .map(([name, h]) => ({ name, pct: Math.round((h / total) * 1000) / 10 }));
  return { file, totalMs, byPackage: rank(pkg), byFunction: rank(fn) };
}
