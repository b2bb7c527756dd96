/**
 * The permalink page: plain HTML rendered on the server (no script), readable in any browser
 * and printable — the operation's title, the pin, the result as tables with linked sources,
 * and links to the same answer as JSON and CSV.
 */
import { resultTables, safeHref, type Cell, type ResultTable } from "../shared/result-tables";
import type { Pin } from "./pin";

export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

const STYLE = `
body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 24px auto; max-width: 1200px; padding: 0 16px; color: #1f2937; line-height: 1.45; }
h1 { font-size: 1.5rem; margin-bottom: 4px; }
.pin { background: #eef2ff; border: 1px solid #c7d2fe; padding: 8px 12px; border-radius: 6px; }
table { border-collapse: collapse; font-size: 13px; margin-bottom: 24px; }
th, td { border: 1px solid #d1d5db; padding: 4px 6px; text-align: left; vertical-align: top; }
th { background: #f3f4f6; white-space: nowrap; }
td ul { margin: 0; padding-left: 16px; min-width: 220px; }
q { display: block; font-style: italic; color: #4b5563; }
.errors { color: #b91c1c; }
pre { background: #f9fafb; border: 1px solid #e5e7eb; padding: 8px; overflow-x: auto; font-size: 12px; }
.scroll { overflow-x: auto; }
`;

function cellHtml(cell: Cell): string {
  if (cell.kind === "text") return escapeHtml(cell.text);
  const items = cell.links.map((l) => {
    const href = safeHref(l.url);
    const title = escapeHtml(l.title);
    const link = href ? `<a href="${escapeHtml(href)}" rel="noopener noreferrer">${title}</a>` : title;
    return `<li>${link}${l.quote ? `<q>${escapeHtml(l.quote)}</q>` : ""}</li>`;
  });
  return `<ul>${items.join("")}</ul>`;
}

function tableHtml(t: ResultTable): string {
  const head = t.columns.map((c) => `<th scope="col">${escapeHtml(c)}</th>`).join("");
  const rows = t.rows.map((r) => `<tr>${r.map((c) => `<td>${cellHtml(c)}</td>`).join("")}</tr>`).join("\n");
  return `<h2>${escapeHtml(t.path.join("."))} <small>(${t.rows.length} ${t.rows.length === 1 ? "row" : "rows"})</small></h2>
<div class="scroll"><table data-list="${escapeHtml(t.path.join("."))}"><thead><tr>${head}</tr></thead><tbody>
${rows}
</tbody></table></div>`;
}

/** One sentence for the pin, so a reader knows what moment the page answers for. */
export function pinSentence(pin: Pin): string {
  const parts = [`facts public on or before ${pin.asOf} (asOf), latest revisions by then`];
  if (pin.knownAt) parts.push(`as recorded by ${pin.knownAt} (knownAt)`);
  return `Pinned: this page answers with ${parts.join(", ")}. It does not change when newer facts arrive.`;
}

function scalarsOf(data: unknown): string {
  // Top-level scalars and single objects (not lists) as a JSON block, so nothing is hidden.
  if (!data || typeof data !== "object") return "";
  const text = JSON.stringify(data, (_k, v) => (Array.isArray(v) ? `[${v.length} rows: see the tables]` : v), 2);
  return `<details><summary>The whole answer as JSON (lists shown above)</summary><pre>${escapeHtml(text)}</pre></details>`;
}

export interface PageInput {
  title: string;
  pin: Pin;
  variables: Record<string, unknown>;
  query: string;
  /** The GraphQL answer: status and JSON text. */
  result: { status: number; body: string };
  jsonUrl: string;
  csvUrl: string;
}

export function renderPermalinkPage(input: PageInput): string {
  let body: { data?: unknown; errors?: Array<{ message?: string; extensions?: { code?: string } }> } = {};
  try {
    body = JSON.parse(input.result.body);
  } catch {
    body = { errors: [{ message: "The answer could not be read." }] };
  }
  const tables = resultTables(body.data ?? null);
  const errors = (body.errors ?? []).map((e) => `<li>${escapeHtml(e.message ?? "Error")} <code>${escapeHtml(e.extensions?.code ?? "")}</code></li>`).join("");
  const vars = Object.keys(input.variables).length ? `<p>Variables: <code>${escapeHtml(JSON.stringify(input.variables))}</code></p>` : "";
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(input.title)} — Gigawatt</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body>
<h1 data-testid="permalink-title">${escapeHtml(input.title)}</h1>
<p class="pin" data-testid="permalink-pin">${escapeHtml(pinSentence(input.pin))}</p>
<p>The same answer as <a href="${escapeHtml(input.jsonUrl)}" data-testid="permalink-json">JSON</a> · <a href="${escapeHtml(input.csvUrl)}" data-testid="permalink-csv">CSV</a> (first list) · <a href="/graphiql?query=${encodeURIComponent(input.query)}&amp;variables=${encodeURIComponent(JSON.stringify({ ...input.variables, ...(input.pin.asOf ? { asOf: input.pin.asOf } : {}) }))}">open in GraphiQL</a></p>
${vars}
${errors ? `<ul class="errors" role="alert">${errors}</ul>` : ""}
${tables.map(tableHtml).join("\n")}
${tables.length ? "" : "<p>The answer has no list.</p>"}
${scalarsOf(body.data)}
<details><summary>The operation</summary><pre>${escapeHtml(input.query)}</pre></details>
</body>
</html>
`;
}

export function renderNotFoundPage(message = "No shared query has this address on this server."): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Not found — Gigawatt</title><style>${STYLE}</style></head>
<body><h1>Not found</h1><p>${escapeHtml(message)}</p><p><a href="/graphiql">GraphiQL</a></p></body></html>
`;
}
