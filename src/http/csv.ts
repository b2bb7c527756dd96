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
import type { IncomingMessage, ServerResponse } from "node:http";
import type { RouteTools } from "../server";
import { currentTally } from "../db/query-counter";
import { BodyError, readJsonBody } from "./body";
import { columnsFromOperation, parseOperation, rootAsOf, type OperationRequest, type ParsedOperation } from "./csv-columns";
import { MAX_CSV_ROWS, columnsFromData, findFirstList, toCsv, type FoundList } from "./csv-format";

export interface CsvRouteOptions {
  /** Paths that serve GraphQL (default: /graphql and /, as the server does). */
  endpoints?: readonly string[];
  /** Today's date for file names (tests pin it). */
  today?: () => string;
}

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

function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === "string" ? body : JSON.stringify(body);
  res.writeHead(status, { ...headers, "content-type": "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(text)) });
  res.end(text);
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

async function readBody(req: IncomingMessage, res: ServerResponse, requestId: string): Promise<{ ok: true; body: unknown } | { ok: false }> {
  if (req.method !== "POST") return { ok: true, body: undefined };
  try {
    return { ok: true, body: await readJsonBody(req) };
  } catch (e) {
    // As /graphql does: the rest of the body may be unread, so do not reuse the socket.
    res.shouldKeepAlive = false;
    req.resume();
    const status = e instanceof BodyError ? e.status : 400;
    sendJson(res, status, { errors: [{ message: e instanceof Error ? e.message : "Bad request.", extensions: { code: "BAD_REQUEST" } }] }, { connection: "close", "x-request-id": requestId });
    return { ok: false };
  }
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

/** Handles CSV requests to the GraphQL endpoint; returns false for everything else. */
export function createCsvRoute(options: CsvRouteOptions = {}) {
  const endpoints = new Set(options.endpoints ?? ["/graphql", "/"]);
  const today = options.today ?? (() => new Date().toISOString().slice(0, 10));

  return async (req: IncomingMessage, res: ServerResponse, tools: RouteTools): Promise<boolean> => {
    if (req.method !== "GET" && req.method !== "POST") return false;
    const pathname = new URL(req.url ?? "/", "http://localhost").pathname;
    if (!endpoints.has(pathname) || !prefersCsv(req.headers.accept)) return false;

    const read = await readBody(req, res, tools.requestId);
    if (!read.ok) return true;
    const result = await tools.executeGraphQL({ body: read.body, headers: { accept: "application/json" } });
    const headers: Record<string, string> = { "x-request-id": tools.requestId, vary: "Accept" };
    const sql = currentTally()?.count;
    if (sql !== undefined) headers["x-sql-statements"] = String(sql);
    if (result.headers["cache-control"]) headers["cache-control"] = result.headers["cache-control"];

    const clean = cleanResult(result.status, result.body);
    if (!clean) {
      sendJson(res, result.status, result.body, headers);
      return true;
    }
    const found = findFirstList(clean.data);
    if (!found) {
      sendJson(res, 400, { errors: [{ message: NO_LIST_MESSAGE, extensions: { code: "BAD_USER_INPUT" } }] }, headers);
      return true;
    }
    const request = requestOf(req, read.body);
    const parsed = parseOperation(request);
    const selectionPath = found.unwrap ? [...found.path, found.unwrap] : found.path;
    const columns = (parsed && columnsFromOperation(tools.schema, parsed, selectionPath)) ?? columnsFromData(found.items, found.path[found.path.length - 1]!);
    const rows = found.items.slice(0, MAX_CSV_ROWS);
    if (found.items.length > rows.length) headers["x-csv-truncated"] = `${rows.length} of ${found.items.length} rows`;
    const text = toCsv(columns, rows);
    res.writeHead(200, {
      ...headers,
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${csvFilename(parsed, found, today())}"`,
      "content-length": String(Buffer.byteLength(text)),
      "x-content-type-options": "nosniff",
    });
    res.end(text);
    return true;
  };
}
