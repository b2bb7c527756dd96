import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "../db/client";
import { createGraphiqlHandler, wantsHtml } from "./graphiql";
import { loadExamples } from "./examples";
import { sendError, sendJson } from "./respond";
import type { Handler, Middleware, Route } from "./types";

/** What the routes are built from (createServer fills it in). */
export interface RouteDeps {
  database: Database;
  /** The GraphQL endpoint (src/http/graphql.ts): JSON and CSV, through the response cache. */
  graphql: Handler;
}

/**
 * THE route table: every path the server answers, in one place. First matching row wins (exact
 * paths before prefixes; among rows for one path, table order). To add a route, add one row:
 * `{ path: "/metrics", handle: metricsHandler(deps) }`.
 */
export function routeTable(deps: RouteDeps): Route[] {
  const graphiql = fromNodeHandler(createGraphiqlHandler({ endpoint: "/graphql", examples: loadExamples() }));
  return [
    { path: "/healthz", handle: (r) => sendJson(r, 200, { status: "ok" }) },
    { path: "/readyz", handle: readyz(deps.database) },
    { path: "/graphql", when: (r) => wantsHtml(r.req), handle: graphiql },
    { path: "/graphql", handle: deps.graphql },
    { path: "/", handle: deps.graphql },
    { path: "/graphiql", prefix: true, handle: graphiql },
  ];
}

/**
 * Middleware around every route, outermost first (e.g. CORS headers, refusing new requests while
 * draining). A request that a middleware answers never reaches the route table.
 */
export function middlewareTable(_deps: RouteDeps): Middleware[] {
  return [];
}

function readyz(database: Database): Handler {
  return async (r) => {
    try {
      await database.ping();
      sendJson(r, 200, { status: "ready", database: database.kind });
    } catch {
      sendJson(r, 503, { status: "unavailable", database: database.kind });
    }
  };
}

/** A plain node:http handler that returns false when it does not serve the path (→ 404). */
function fromNodeHandler(handler: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>): Handler {
  return async (r) => {
    if (!(await handler(r.req, r.res))) sendError(r, 404, `No route for ${r.path}. The API is at /graphql.`, "NOT_FOUND");
  };
}
