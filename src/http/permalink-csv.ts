/**
 * A permalink's answer as CSV: the first list of the pinned result, with the same columns,
 * cells and file name rules as `/graphql` with `Accept: text/csv` (./csv.ts). A result with
 * errors goes back as its JSON, as there.
 */
import type { ServerResponse } from "node:http";
import type { ExecutedGraphQL, RouteTools } from "../server";
import { csvFilename, NO_LIST_MESSAGE } from "./csv";
import { columnsFromOperation, parseOperation, type OperationRequest } from "./csv-columns";
import { MAX_CSV_ROWS, columnsFromData, findFirstList, toCsv } from "./csv-format";

function sendJson(res: ServerResponse, status: number, text: string, requestId: string): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(text)), "x-request-id": requestId });
  res.end(text);
}

export function permalinkCsv(res: ServerResponse, tools: RouteTools, result: ExecutedGraphQL, request: OperationRequest, pinnedOn: string): void {
  let parsed: { data?: unknown; errors?: unknown[] } | null = null;
  try {
    parsed = JSON.parse(result.body) as { data?: unknown; errors?: unknown[] };
  } catch {
    parsed = null;
  }
  if (result.status !== 200 || !parsed || (parsed.errors?.length ?? 0) > 0) return sendJson(res, result.status === 200 ? 400 : result.status, result.body, tools.requestId);
  const found = findFirstList(parsed.data);
  if (!found) return sendJson(res, 400, JSON.stringify({ errors: [{ message: NO_LIST_MESSAGE, extensions: { code: "BAD_USER_INPUT" } }] }), tools.requestId);
  const operation = parseOperation(request);
  const selectionPath = found.unwrap ? [...found.path, found.unwrap] : found.path;
  const columns = (operation && columnsFromOperation(tools.schema, operation, selectionPath)) ?? columnsFromData(found.items, found.path[found.path.length - 1]!);
  const text = toCsv(columns, found.items.slice(0, MAX_CSV_ROWS));
  res.writeHead(200, {
    "content-type": "text/csv; charset=utf-8",
    "content-disposition": `attachment; filename="${csvFilename(operation, found, pinnedOn)}"`,
    "content-length": String(Buffer.byteLength(text)),
    "x-content-type-options": "nosniff",
    "cache-control": "public, max-age=86400",
    "x-request-id": tools.requestId,
  });
  res.end(text);
}
