import { currentTally } from "../db/query-counter";
import { BodyError } from "./body";
import type { HttpAnswer, HttpRequest } from "./types";

/**
 * Writes an answer with the headers every response carries: the request id, the SQL statements
 * this request ran (x-sql-statements) and the content length.
 */
export function writeAnswer(r: HttpRequest, a: HttpAnswer): void {
  const length = String(typeof a.body === "string" ? Buffer.byteLength(a.body) : a.body.length);
  const sql = String(currentTally()?.count ?? 0);
  if (a.flat) r.res.writeHead(a.status, a.flat.concat("x-request-id", r.requestId, "x-sql-statements", sql, "content-length", length));
  else r.res.writeHead(a.status, { ...a.headers, "x-request-id": r.requestId, "x-sql-statements": sql, "content-length": length });
  r.res.end(r.method === "HEAD" ? undefined : a.body);
}

/** A JSON answer; errors (status ≥ 400) are never cacheable. */
export function jsonAnswer(status: number, body: unknown, headers: Record<string, string> = {}): HttpAnswer {
  const base: Record<string, string> = { "content-type": "application/json; charset=utf-8" };
  if (status >= 400) base["cache-control"] = "no-store";
  return { status, headers: { ...base, ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) };
}

/** `{ errors: [{ message, extensions: { code } }] }` with `Cache-Control: no-store`. */
export function errorAnswer(status: number, message: string, code: string, headers: Record<string, string> = {}): HttpAnswer {
  return jsonAnswer(status, { errors: [{ message, extensions: { code } }] }, { ...headers, "cache-control": "no-store" });
}

export function sendJson(r: HttpRequest, status: number, body: unknown, headers: Record<string, string> = {}): void {
  writeAnswer(r, jsonAnswer(status, body, headers));
}

export function sendError(r: HttpRequest, status: number, message: string, code: string, headers: Record<string, string> = {}): void {
  writeAnswer(r, errorAnswer(status, message, code, headers));
}

/**
 * A body that could not be read or parsed: 400/413/415 BAD_REQUEST. The rest of the body may
 * be unread, so the connection is closed rather than reused.
 */
export function sendBodyError(r: HttpRequest, e: unknown): void {
  r.res.shouldKeepAlive = false;
  r.req.resume();
  const status = e instanceof BodyError ? e.status : 400;
  sendError(r, status, e instanceof Error ? e.message : "Bad request.", "BAD_REQUEST", { connection: "close" });
}
