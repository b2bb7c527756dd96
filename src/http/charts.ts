/**
 * The chart pages: `/charts` lists them; `/charts?chart=…` draws one with the bundled uPlot
 * (dist/graphiql/charts.js, served from /graphiql/assets/, nothing from elsewhere):
 *
 *   ?chart=sector&metric=<SectorMetric>&country=US&from=YYYY-MM-DD&to=YYYY-MM-DD&interval=MONTH|QUARTER
 *   ?chart=stock-moves&ticker=IREN
 *   ?chart=backstops&guarantor=GOOGL
 *
 * The page asks this origin's /graphql; under the chart, each point has its inputs and sources.
 */
import { escapeHtml } from "./permalink-page";
import { errorAnswer, writeAnswer } from "./respond";
import type { Route } from "./types";

export const CHARTS_PATH = "/charts";

const SECTOR_METRICS = [
  "MINER_CAPACITY_REPORTED", "MINER_CAPACITY_COMPUTED", "MINER_CAPACITY_SITES", "AI_CONTRACTED_IT_LOAD", "CONTRACTED_AI_VALUE", "CONTRACTED_AI_ANNUALIZED",
  "CONTRACTED_AI_REVENUE_SHARE", "REPORTED_AI_REVENUE_SHARE", "CREDIT_BACKSTOPS", "BOND_ISSUANCE", "HYPERSCALER_INVESTMENT",
];

const LINKS: Array<[string, string]> = [
  ["IREN's share-price moves", "?chart=stock-moves&ticker=IREN"],
  ["Cipher Mining's share-price moves", "?chart=stock-moves&ticker=CIFR"],
  ["TeraWulf's share-price moves", "?chart=stock-moves&ticker=WULF"],
  ["Google's credit backstops over time", "?chart=backstops&guarantor=GOOGL"],
  ...SECTOR_METRICS.map((m): [string, string] => [`Sector series: ${m}, monthly`, `?chart=sector&metric=${m}&country=US&from=2025-09-01&to=2026-02-28&interval=MONTH`]),
];

function page(endpoint: string): string {
  const nav = LINKS.map(([text, href]) => `<li><a href="${CHARTS_PATH}${escapeHtml(href)}">${escapeHtml(text)}</a></li>`).join("\n");
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>Gigawatt charts</title>
<link rel="icon" href="data:,">
<link rel="stylesheet" href="/graphiql/assets/charts.css">
<script defer src="/graphiql/assets/charts.js"></script>
</head>
<body>
<div id="chart-root" data-endpoint="${escapeHtml(endpoint)}">
<h1 id="chart-title">Gigawatt charts</h1>
<p id="chart-status" data-testid="chart-status">Loading…</p>
<div id="chart"></div>
<table class="points"><thead><tr><th>On</th><th>Value</th><th>What</th><th>Inputs (open in GraphiQL) and their sources</th><th>Sources</th></tr></thead><tbody id="chart-points"></tbody></table>
</div>
<h2>Charts</h2>
<ul class="chart-nav">
${nav}
</ul>
<noscript>Charts are drawn by a script; the same figures are in GraphiQL and in any permalink's tables.</noscript>
</body>
</html>
`;
}

/** The rows for the route table: /charts (and /charts/). */
export function chartsRoutes(opts: { endpoint: string }): Route[] {
  const html = page(opts.endpoint);
  const headers = {
    "content-type": "text/html; charset=utf-8",
    "content-security-policy": "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'",
    "x-content-type-options": "nosniff",
    "cache-control": "no-cache",
  };
  const handle: Route["handle"] = (r) => {
    if (r.method !== "GET" && r.method !== "HEAD") return writeAnswer(r, errorAnswer(405, "Use GET for /charts.", "BAD_REQUEST", { allow: "GET, HEAD" }));
    writeAnswer(r, { status: 200, headers, body: html });
  };
  return [
    { path: CHARTS_PATH, handle },
    { path: `${CHARTS_PATH}/`, handle },
  ];
}
