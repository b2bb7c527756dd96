/**
 * `node dist/src/bench/plans.js [--scale=N] [--pglite]`: EXPLAIN (ANALYZE) of the SQL behind each
 * filter and sort order the API offers, on the bench database (run `npm run bench` first so the
 * data exists). Flags sequential scans that read more than 10,000 rows: a filter or an order
 * that no index serves.
 */
import { benchTarget, prepareBenchData } from "./database";
import { explainOperations } from "./explain";

const BIG = 10_000;

/** Selective filters and every orderBy, with values that exist in the synthetic data. */
function operations(ticker: string): Array<{ name: string; query: string }> {
  const page = `first: 20`;
  const ops: Array<[string, string]> = [
    ["deals by key", `deals(${page}, where: { key: { eq: "SYN-D-0000042" } }) { nodes { id } }`],
    ["deals by kind", `deals(${page}, where: { kind: { eq: JV_HOSTING } }) { nodes { id } }`],
    ["deals by provider ticker", `deals(${page}, where: { provider: { ticker: { eq: "${ticker}" } } }) { nodes { id } }`],
    ["deals by party", `deals(${page}, where: { party: { ticker: { eq: "${ticker}" } } }) { nodes { id } }`],
    ["deals by totalValue", `deals(${page}, where: { totalValue: { gt: 15000000000 } }) { nodes { id } }`],
    ["deals by termMonths", `deals(${page}, where: { termMonths: { eq: 180 } }) { nodes { id } }`],
    ["deals by itLoadMw", `deals(${page}, where: { itLoadMw: { gt: 450 } }) { nodes { id } }`],
    ["deals by announcedOn", `deals(${page}, where: { announcedOn: { gte: "2026-10-20" } }) { nodes { id } }`],
    ["deals by verified", `deals(${page}, where: { verified: { eq: false } }) { nodes { id } }`],
    ["deals totalCount", `deals { totalCount }`],
    ...["ANNOUNCED_ON", "TOTAL_VALUE", "TERM_MONTHS", "IT_LOAD_MW", "KEY"].map(
      (f) => [`deals orderBy ${f} DESC`, `deals(${page}, orderBy: [{ field: ${f}, direction: DESC }]) { nodes { id } }`] as [string, string],
    ),
    ["companies by name", `companies(${page}, where: { name: { contains: "Mining" } }) { nodes { id } }`],
    ["companies by ticker", `companies(${page}, where: { ticker: { eq: "${ticker}" } }) { nodes { id } }`],
    ["sites by country", `sites(${page}, where: { country: { eq: "IS" } }) { nodes { id } }`],
    ["sites orderBy POWER_CAPACITY_MW", `sites(${page}, orderBy: [{ field: POWER_CAPACITY_MW, direction: DESC }]) { nodes { id } }`],
    ["stockMoves by symbol", `stockMoves(${page}, where: { symbol: { eq: "${ticker}" } }) { nodes { id } }`],
    ["stockMoves by company", `stockMoves(${page}, where: { company: { ticker: { eq: "${ticker}" } } }) { nodes { id } }`],
    ["stockMoves by on", `stockMoves(${page}, where: { on: { eq: "2025-06-02" } }) { nodes { id } }`],
    ["stockMoves by changePct", `stockMoves(${page}, where: { changePct: { gt: 29.9 } }) { nodes { id } }`],
    ["stockMoves by key", `stockMoves(${page}, where: { key: { eq: "SYN-M-0123456" } }) { nodes { id } }`],
    ["stockMoves unresolved", `stockMoves(${page}, where: { unresolved: { eq: true } }) { nodes { id } }`],
    ["stockMoves asOf", `stockMoves(${page}, asOf: "2024-03-01") { nodes { id } }`],
    ...["ON", "CHANGE_PCT", "SYMBOL", "KEY"].map(
      (f) => [`stockMoves orderBy ${f} DESC`, `stockMoves(${page}, orderBy: [{ field: ${f}, direction: DESC }]) { nodes { id } }`] as [string, string],
    ),
    ["stockMoves totalCount", `stockMoves { totalCount }`],
    ["revenueReports by company", `revenueReports(${page}, where: { company: { ticker: { eq: "${ticker}" } } }) { nodes { id } }`],
    ["revenueReports orderBy TOTAL_REVENUE", `revenueReports(${page}, orderBy: [{ field: TOTAL_REVENUE, direction: DESC }]) { nodes { id } }`],
    ["bondRaises by currency", `bondRaises(${page}, where: { currency: { eq: "CHF" } }) { nodes { id } }`],
    ["creditBackstops orderBy AMOUNT", `creditBackstops(${page}, orderBy: [{ field: AMOUNT, direction: DESC }]) { nodes { id } }`],
    ["sources by publisher", `sources(${page}, where: { publisher: { eq: "Synthetic Wire (generated)" } }) { nodes { id } }`],
    ["sources orderBy TITLE", `sources(${page}, orderBy: [{ field: TITLE }]) { nodes { id } }`],
  ];
  return ops.map(([name, body]) => ({ name, query: `{ ${body} }` }));
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const scale = Number(argv.find((a) => a.startsWith("--scale="))?.split("=")[1] ?? process.env.SCALE ?? 1);
  const target = benchTarget(scale, argv.includes("--pglite"));
  const data = await prepareBenchData(target, scale, 42, (s) => process.stdout.write(`${s}\n`));
  const results = await explainOperations(target, operations(data.ticker));
  console.log(`\n## Plans — SCALE=${scale}, ${target.label}\n`);
  console.log("| operation | statements | slowest ms | sequential scans over 10,000 rows |");
  console.log("|---|--:|--:|---|");
  for (const r of results) {
    if (r.error) {
      console.log(`| ${r.name} | – | – | error: ${r.error.replace(/\|/g, "\\|")} |`);
      continue;
    }
    const slowest = Math.max(...r.statements.map((s) => s.executionMs));
    const scans = r.statements.flatMap((s) => s.seqScans).filter((s) => s.rows > BIG);
    console.log(`| ${r.name} | ${r.statements.length} | ${slowest.toFixed(1)} | ${scans.map((s) => `**${s.table}** (${s.rows.toLocaleString("en-US")} rows)`).join(", ") || "none"} |`);
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.stack : err);
  process.exit(1);
});
