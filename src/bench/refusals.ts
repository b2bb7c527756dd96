/**
 * `npm run bench -- --refusals`: how fast the server refuses (or answers) hostile documents —
 * the cases found when the API was attacked. One server process on the seed data (PGlite in
 * memory: refusals never reach the database), each document sent one at a time, reporting the
 * client-side p50 / p99 / max and the server's CPU ms per request (process CPU over the window /
 * requests), which is what to trust on a shared machine.
 *
 *   --requests=N   requests per document (default 50)
 */
import os from "node:os";
import { startChild } from "./processes";
import { processCpuMs } from "./cpu";

const log = (s: string) => process.stdout.write(`${s}\n`);

/** The hostile documents: name → raw JSON body. */
export function hostileBodies(): Array<{ id: string; title: string; body: string }> {
  const doubling = ["query { ...F0 }"];
  for (let i = 0; i < 22; i++) doubling.push(`fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
  doubling.push("fragment F22 on Query { __typename }");
  const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: company(ticker: "IREN") { name }`).join(" ")} }`;
  let big = "{";
  while (big.length < 850_000) big += ' company(ticker: "IREN") { name }';
  const intro = (n: number) => `{ __schema { types { fields { type { ${"ofType { ".repeat(n)}name${" }".repeat(n)} } } } } }`;
  const orBranches = { or: Array.from({ length: 200 }, () => ({ ticker: { in: Array.from({ length: 500 }, (_, i) => `T${i}`) } })) };
  // Written out: JSON.stringify itself overflows the stack on 5,000 levels.
  const deepAnd = `${'{"and":['.repeat(5000)}{"ticker":{"eq":"IREN"}}${"]}".repeat(5000)}`;
  const q = (query: string, variables?: unknown) => JSON.stringify({ query, variables });
  return [
    { id: "fragment-doubling", title: "939-byte document, 22 fragments each spread twice (2^22 paths)", body: q(doubling.join("\n")) },
    { id: "aliases-10k", title: "10,000 aliases of company(ticker:) (370 KB)", body: q(aliases(10_000)) },
    { id: "aliases-1k", title: "1,000 aliases (37 KB, over the token limit)", body: q(aliases(1_000)) },
    { id: "document-850k", title: "850 KB document", body: q(`${big} }`) },
    { id: "introspection-200", title: "introspection nested 200 deep", body: q(intro(200)) },
    { id: "or-200x500", title: "`or` of 200 branches × 500-value `in` (100k values)", body: q("query($w: CompanyWhere) { companies(where: $w) { totalCount } }", { w: orBranches }) },
    { id: "and-5000-deep", title: "`and` nested 5,000 deep", body: `{"query":"query($w: CompanyWhere) { companies(where: $w) { totalCount } }","variables":{"w":${deepAnd}}}` },
  ];
}

export async function runRefusals(argv: string[]): Promise<void> {
  const n = Number(argv.find((a) => a.startsWith("--requests="))?.split("=")[1] ?? 50);
  const env: NodeJS.ProcessEnv = { ...process.env, PGLITE_DATA_DIR: "memory://", RESPONSE_CACHE: "false", RATE_LIMIT: "false", LOG_LEVEL: "silent", NODE_ENV: "production" };
  delete env.DATABASE_URL;
  delete env.REDIS_URL;
  log(`# Gigawatt refusals — ${n} sequential requests per document, one server process (PGlite, seed data)`);
  const child = await startChild("server-child.js", env);
  const url = `http://127.0.0.1:${child.port}/graphql`;
  const headers = { "content-type": "application/json", accept: "application/json" };
  try {
    log("");
    log("| document | body KB | status | code | p50 ms | p99 ms | max ms | server CPU ms/req |");
    log("|---|--:|--:|---|--:|--:|--:|--:|");
    for (const h of hostileBodies()) {
      const send = async () => {
        const t = performance.now();
        const res = await fetch(url, { method: "POST", headers, body: h.body });
        const text = await res.text();
        return { ms: performance.now() - t, status: res.status, text };
      };
      for (let i = 0; i < 3; i++) await send(); // warm-up
      const times: number[] = [];
      const cpu0 = processCpuMs(child.proc.pid!);
      let last = { ms: 0, status: 0, text: "" };
      for (let i = 0; i < n; i++) {
        last = await send();
        times.push(last.ms);
      }
      const cpu1 = processCpuMs(child.proc.pid!);
      times.sort((a, b) => a - b);
      const pct = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))].toFixed(1);
      let code = "—";
      try {
        code = (JSON.parse(last.text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code ?? "(answered)";
      } catch {
        code = "non-JSON";
      }
      const cpu = cpu0 != null && cpu1 != null ? ((cpu1 - cpu0) / n).toFixed(2) : "?";
      log(`| ${h.title} | ${(Buffer.byteLength(h.body) / 1024).toFixed(0)} | ${last.status} | ${code} | ${pct(0.5)} | ${pct(0.99)} | ${times[times.length - 1].toFixed(1)} | ${cpu} |`);
    }
    log(`\nLoad average at the end ${os.loadavg().map((x) => x.toFixed(2)).join(" ")} on ${os.cpus().length} CPUs.`);
  } finally {
    await child.stop();
  }
}
