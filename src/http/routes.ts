import type { IncomingMessage, ServerResponse } from "node:http";
import type { Database } from "../db/client";
import { createGraphiqlHandler, wantsHtml } from "./graphiql";
import { loadExamples } from "./examples";
import { sendError, sendJson } from "./respond";
import type { Handler, Middleware, Route } from "./types";
import { journalistRoutes, type JournalistDeps } from "./journalist-routes";
import { readyz, type Lifecycle } from "./lifecycle";
import { gateMiddleware, type Gate } from "./gate";
import type { GraphQLRunner } from "./graphql";
import { metricsHandler } from "./metrics";

/** What the routes are built from (createServer fills it in). */
export interface RouteDeps extends JournalistDeps {
  database: Database;
  /** The GraphQL endpoint (src/http/graphql.ts): JSON and CSV, through the response cache. */
  graphql: Handler;
  /** Draining on SIGTERM (src/http/lifecycle.ts): /readyz turns 503. */
  lifecycle: Lifecycle;
  /** CORS, API keys and the first point of the cost budget (src/http/gate.ts), in front of the API. */
  gate?: Gate;
  /** Runs an operation through Apollo for another route (the MCP tools). */
  runGraphQL: GraphQLRunner;
  /** POST /mcp (src/mcp/route.ts), built by the server so this table does not depend on the MCP rooms. */
  mcp?: Handler;
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
    { path: "/readyz", handle: (r) => readyz(r.res, deps.database, deps.lifecycle) },
    { path: "/graphql", when: (r) => wantsHtml(r.req), handle: graphiql },
    { path: "/graphql", handle: deps.graphql },
    { path: "/", handle: deps.graphql },
    { path: "/graphiql", prefix: true, handle: graphiql },
    ...journalistRoutes(deps),
    { path: "/metrics", handle: metricsHandler() },
    ...(deps.mcp ? [{ path: "/mcp", handle: deps.mcp }] : []),
  ];
}

/**
 * Middleware around every route, outermost first (e.g. CORS headers, refusing new requests while
 * draining). A request that a middleware answers never reaches the route table.
 */
export function middlewareTable(deps: RouteDeps): Middleware[] {
  return deps.gate ? [gateMiddleware(deps.gate)] : [];
}

/** A plain node:http handler that returns false when it does not serve the path (→ 404). */
function fromNodeHandler(handler: (req: IncomingMessage, res: ServerResponse) => Promise<boolean>): Handler {
  return async (r) => {
    if (!(await handler(r.req, r.res))) sendError(r, 404, `No route for ${r.path}. The API is at /graphql.`, "NOT_FOUND");
  };
}
