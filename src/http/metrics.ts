import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import type { Context } from "../context";
import type { Route } from "../server";
import { countCacheLookup, operationLabel, renderMetrics } from "../shared/metrics";

/** GET /metrics: Prometheus text exposition of the process's metrics (src/shared/metrics.ts). */
export function metricsRoute(): Route {
  return async (req, res) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/metrics") return false;
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.writeHead(405, { allow: "GET, HEAD", "content-type": "text/plain; charset=utf-8" });
      res.end("Use GET for /metrics.\n");
      return true;
    }
    const { contentType, body } = await renderMetrics();
    res.writeHead(200, { "content-type": contentType, "cache-control": "no-store", "content-length": Buffer.byteLength(body) });
    res.end(req.method === "HEAD" ? undefined : body);
    return true;
  };
}

/**
 * Names the request after its GraphQL operation (request log line and the duration histogram)
 * as soon as Apollo has resolved it; an unparsable request keeps the name it was sent with.
 */
export function operationNamePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart({ request, contextValue }) {
      contextValue.tally.operation = operationLabel(request.operationName);
      return {
        async didResolveOperation({ operationName, contextValue: ctx }) {
          ctx.tally.operation = operationLabel(operationName);
        },
      };
    },
  };
}

/**
 * Counts hits and misses of Apollo's response cache (added by src/cache only when that cache is
 * on). Requests carrying `skipHeader` (passed on by the HTTP byte cache) or asking for no-cache
 * never look it up, so they count as neither.
 */
export function responseCacheMetricsPlugin<C extends BaseContext>(skipHeader: string): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ metrics, operation, request }) {
          const headers = request.http?.headers;
          if (operation?.operation !== "query" || headers?.get(skipHeader) || /no-cache|no-store/i.test(headers?.get("cache-control") ?? "")) return;
          countCacheLookup("response", metrics.responseCacheHit === true);
        },
      };
    },
  };
}
