import type { IncomingMessage, ServerResponse } from "node:http";

/** One request as every route sees it: the URL split once, the body read at most once. */
export interface HttpRequest {
  req: IncomingMessage;
  res: ServerResponse;
  method: string;
  /** The path without the query string, e.g. "/graphql". */
  path: string;
  /** The query string with its "?", or "" (as Apollo's `search`). */
  search: string;
  requestId: string;
  /** The raw body; read on the first call, the same bytes afterwards. Rejects with BodyError (413). */
  rawBody(): Promise<Buffer>;
  /** The body as JSON (GET: undefined), parsed once; rejects with BodyError (400, 413, 415). */
  jsonBody(): Promise<unknown>;
}

/** A route's work: it writes the response (src/http/respond.ts) or throws (→ 500). */
export type Handler = (r: HttpRequest) => Promise<void> | void;

/**
 * Runs around every routed request, in table order (src/http/routes.ts): it may set headers
 * (`r.res.setHeader`), answer itself (and not call `next`), or call `next()` to go on.
 */
export type Middleware = (r: HttpRequest, next: () => Promise<void>) => Promise<void>;

/**
 * One row of the route table (src/http/routes.ts). The first row whose path (exact, or a
 * prefix when `prefix` is set) and `when` both match handles the request.
 */
export interface Route {
  path: string;
  /** Match every path that starts with `path` (e.g. "/graphiql" also serves "/graphiql/assets/x.js"). */
  prefix?: boolean;
  /** Further condition on the request (e.g. a browser asking for HTML). */
  when?: (r: HttpRequest) => boolean;
  handle: Handler;
}

export type { AnswerCache, HttpAnswer } from "../cache/types";
