import type { ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";
import { currentTally } from "../db/query-counter";
import { operationLabel, renderMetrics } from "../shared/metrics";
import type { Handler } from "./types";

/** GET /metrics: Prometheus text exposition of the process's metrics (src/shared/metrics.ts). */
export function metricsHandler(): Handler {
  return async ({ req, res, method }) => {
    if (method !== "GET" && method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      res.end("Use GET for /metrics.\n");
      return;
    }
    const { contentType, body } = await renderMetrics();
    res.writeHead(200, { "content-type": contentType, "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
    res.end(req.method === "HEAD" ? undefined : body);
  };
}

const ROUTES = new Set(["/graphql", "/", "/healthz", "/readyz", "/metrics", "/mcp"]);
/** The `operation` of a request that ran no GraphQL operation: its route, from a fixed set. */
export function routeLabel(path: string): string {
  return ROUTES.has(path) ? path : path.startsWith("/graphiql") ? "/graphiql" : "other";
}

/**
 * Names the request after its GraphQL operation (request log line and the duration histogram)
 * as soon as Apollo has resolved it; an unparsable request keeps the name it was sent with.
 */
export function operationNamePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request }) {
      const tally = currentTally();
      if (tally) tally.operation = operationLabel(request.operationName);
      return {
        async didResolveOperation({ operationName }) {
          const t = currentTally();
          if (t) t.operation = operationLabel(operationName);
        },
      };
    },
  };
}
