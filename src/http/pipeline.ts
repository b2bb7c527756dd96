import type { IncomingMessage, ServerResponse } from "node:http";
import { randomUUID } from "node:crypto";
import type { Logger } from "../logger";
import { runWithQueryTally, type QueryTally } from "../db/query-counter";
import { parseJsonBody, readRawBody } from "./body";
import { sendError } from "./respond";
import type { Handler, HttpRequest, Middleware, Route } from "./types";

const REQUEST_ID = /^[A-Za-z0-9._-]{1,100}$/;

function requestIdOf(req: IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && REQUEST_ID.test(given) ? given : randomUUID();
}

/** The request as routes see it; the body is read on first use and kept. */
function httpRequest(req: IncomingMessage, res: ServerResponse): HttpRequest {
  const target = req.url ?? "/";
  const q = target.indexOf("?");
  let raw: Promise<Buffer> | null = null;
  let json: Promise<unknown> | null = null;
  const rawBody = () => (raw ??= readRawBody(req));
  return {
    req,
    res,
    method: req.method ?? "GET",
    path: q < 0 ? target : target.slice(0, q),
    search: q < 0 ? "" : target.slice(q),
    requestId: requestIdOf(req),
    rawBody,
    jsonBody: () => (json ??= req.method === "POST" ? rawBody().then((b) => parseJsonBody(b, req.headers["content-type"])) : Promise.resolve(undefined)),
  };
}

/** Exact paths in a map (one lookup), prefixes in order; within a path, rows in table order. */
function compile(routes: readonly Route[]): (r: HttpRequest) => Route | undefined {
  const exact = new Map<string, Route[]>();
  const prefixes = routes.filter((x) => x.prefix);
  for (const route of routes) if (!route.prefix) exact.set(route.path, [...(exact.get(route.path) ?? []), route]);
  return (r) => {
    for (const route of exact.get(r.path) ?? []) if (!route.when || route.when(r)) return route;
    for (const route of prefixes) if (r.path.startsWith(route.path) && (!route.when || route.when(r))) return route;
    return undefined;
  };
}

/** The route for the request (404 when none), behind the middleware, outermost first. */
function chain(routes: readonly Route[], middleware: readonly Middleware[]): Handler {
  const find = compile(routes);
  const route: Handler = async (r) => {
    const found = find(r);
    if (found) await found.handle(r);
    else sendError(r, 404, `No route for ${r.path}. The API is at /graphql.`, "NOT_FOUND");
  };
  return middleware.reduceRight<Handler>((next, m) => (r) => m(r, async () => next(r)), route);
}

export interface PipelineOptions {
  routes: readonly Route[];
  middleware?: readonly Middleware[];
  logger: Logger;
}

/**
 * The request pipeline: request id → SQL tally (AsyncLocalStorage, read by x-sql-statements and
 * the log) → middleware → the route table → one log line. A route that throws gets a 500
 * without details.
 */
export function createPipeline(opts: PipelineOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const { logger } = opts;
  const handle = chain(opts.routes, opts.middleware ?? []);
  const logs = logger.isLevelEnabled("info");
  return async (req, res) => {
    const started = logs ? process.hrtime.bigint() : 0n;
    const r = httpRequest(req, res);
    const tally: QueryTally = { count: 0 };
    try {
      await runWithQueryTally(tally, () => handle(r));
    } catch (err) {
      logger.error({ err, requestId: r.requestId }, "request failed");
      if (!res.headersSent) sendError(r, 500, "Internal server error.", "INTERNAL_SERVER_ERROR");
      else res.destroy();
    } finally {
      if (logs) {
        const ms = Number(process.hrtime.bigint() - started) / 1e6;
        logger.info({ requestId: r.requestId, method: r.method, path: r.path, status: res.statusCode, ms: Math.round(ms * 10) / 10, sql: tally.count }, "request");
      }
    }
  };
}
