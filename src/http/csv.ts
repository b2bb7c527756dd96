/**
 * CSV export of any list query: `/graphql` with `Accept: text/csv` (GET or POST).
 *
 * The operation runs through the same Apollo server as every JSON request (limits, cost,
 * cache, error masking), asked for JSON. Then:
 * - any GraphQL error, or a non-200 answer: that JSON response is returned as it is (same
 *   status, same `extensions.code`s), so a bad request fails exactly as it would without CSV;
 * - no list in `data`: 400 with BAD_USER_INPUT;
 * - otherwise the FIRST list in `data` (depth-first in field order: a connection's `nodes` or
 *   `edges[].node`, or any list field) becomes a table, see ./csv-format.ts and docs/users.md.
 */
import type { IncomingMessage } from "node:http";
import type { GraphQLSchema } from "graphql";
import { errorAnswer, jsonAnswer } from "./respond";
import type { HttpAnswer } from "./types";
import { columnsFromOperation, parseOperation, rootAsOf, type OperationRequest, type ParsedOperation } from "./csv-columns";
import { MAX_CSV_ROWS, columnsFromData, findFirstList, toCsv, type FoundList } from "./csv-format";

export const NO_LIST_MESSAGE =
  "The result has no list to export as CSV. Select a list: a connection's `nodes` (e.g. `deals { nodes { key } }`) or a list field (e.g. `company(slug: \"iren\") { sites { name } }`).";

interface Negotiated {
  q: number;
  exact: boolean;
  index: number;
}

/** The best match of an Accept header for any of `types` (exact beats type/* beats * /*). */
function acceptMatch(accept: string, types: readonly string[]): Negotiated {
  let best: Negotiated & { specificity: number } = { q: 0, exact: false, index: Infinity, specificity: -1 };
  accept.split(",").forEach((part, index) => {
    const [rangeRaw, ...params] = part.split(";");
    const range = (rangeRaw ?? "").trim().toLowerCase();
    let specificity = -1;
    for (const type of types) {
      if (range === type) specificity = Math.max(specificity, 2);
      else if (range === `${type.split("/")[0]}/*`) specificity = Math.max(specificity, 1);
      else if (range === "*/*") specificity = Math.max(specificity, 0);
    }
    if (specificity < 0) return;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split("=").map((s) => s.trim().toLowerCase());
      if (k === "q") q = Math.min(Math.max(Number(v) || 0, 0), 1);
    }
    if (specificity > best.specificity || (specificity === best.specificity && q > best.q)) best = { q, exact: specificity === 2, index, specificity };
  });
  return best;
}

/**
 * True when the Accept header names text/csv and ranks it at least as high as JSON; a tie
 * goes to the type named explicitly, then to the one listed first.
 */
export function prefersCsv(accept: string | undefined): boolean {
  if (!accept) return false;
  const csv = acceptMatch(accept, ["text/csv"]);
  if (!csv.exact || csv.q <= 0) return false;
  const json = acceptMatch(accept, ["application/json", "application/graphql-response+json"]);
  if (csv.q !== json.q) return csv.q > json.q;
  if (!json.exact) return true;
  return csv.index < json.index;
}

/** The operation as sent: the POST body, or GET's `query`, `variables` and `operationName`. */
function requestOf(req: IncomingMessage, body: unknown): OperationRequest {
  if (req.method === "POST") return typeof body === "object" && body !== null && !Array.isArray(body) ? (body as OperationRequest) : {};
  const search = new URL(req.url ?? "/", "http://localhost").searchParams;
  let variables: unknown;
  try {
    variables = JSON.parse(search.get("variables") ?? "null");
  } catch {
    variables = undefined;
  }
  return { query: search.get("query") ?? undefined, operationName: search.get("operationName") ?? undefined, variables };
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** gigawatt-<operation or root field>-<asOf or today>.csv, from safe characters only. */
export function csvFilename(parsed: ParsedOperation | null, found: FoundList, today: string): string {
  const rootKey = found.path[0] ?? "data";
  const name = parsed?.operation.name?.value ?? rootKey;
  const asOf = parsed ? rootAsOf(parsed, rootKey) : undefined;
  const fromVariables = parsed?.variables.asOf;
  const date = [asOf, fromVariables].find((d): d is string => typeof d === "string" && DATE.test(d)) ?? today;
  const safe = name.replace(/[^A-Za-z0-9_-]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 80) || "export";
  return `gigawatt-${safe}-${date}.csv`;
}

/** The JSON body when it is a clean, complete GraphQL result; null when it must go back as JSON. */
function cleanResult(status: number, text: string): { data?: unknown } | null {
  if (status !== 200) return null;
  try {
    const parsed = JSON.parse(text) as { data?: unknown; errors?: unknown[] };
    return Array.isArray(parsed.errors) && parsed.errors.length > 0 ? null : parsed;
  } catch {
    return null;
  }
}

export interface CsvInput {
  req: IncomingMessage;
  /** The parsed POST body (undefined for GET). */
  body: unknown;
  /** The operation's answer as JSON (run with Accept: application/json). */
  json: HttpAnswer;
  schema: GraphQLSchema;
  /** Today's date, for the file name when the operation has no asOf. */
  today: string;
}

/** The CSV answer for a JSON result; errors stay JSON, and no error answer is cacheable. */
export function csvAnswer(input: CsvInput): HttpAnswer {
  const { req, json } = input;
  const headers: Record<string, string> = { vary: "Accept", "cache-control": json.headers["cache-control"] ?? "no-store" };
  const clean = cleanResult(json.status, String(json.body));
  if (!clean) return jsonAnswer(json.status, json.body, { ...headers, "cache-control": "no-store" });
  const found = findFirstList(clean.data);
  if (!found) return errorAnswer(400, NO_LIST_MESSAGE, "BAD_USER_INPUT", { vary: "Accept" });
  const parsed = parseOperation(requestOf(req, input.body));
  const selectionPath = found.unwrap ? [...found.path, found.unwrap] : found.path;
  const columns = (parsed && columnsFromOperation(input.schema, parsed, selectionPath)) ?? columnsFromData(found.items, found.path[found.path.length - 1]!);
  const rows = found.items.slice(0, MAX_CSV_ROWS);
  if (found.items.length > rows.length) headers["x-csv-truncated"] = `${rows.length} of ${found.items.length} rows`;
  return {
    status: 200,
    headers: {
      ...headers,
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csvFilename(parsed, found, input.today)}"`,
      "x-content-type-options": "nosniff",
    },
    body: toCsv(columns, rows),
  };
}
