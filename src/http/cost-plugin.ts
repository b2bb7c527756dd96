import { HeaderMap, type ApolloServerPlugin } from "@apollo/server";
import type { Context } from "../context";
import { AppError, QueryTooComplexError } from "../shared/errors";
import { actualCost } from "../shared/limits";
import { countRateLimitRefusal } from "../shared/metrics";
import { rateLimitHeaders, throttleStatus, type Charge, type RateLimiter } from "../ratelimit/limiter";

/** THROTTLED: HTTP 429 with Retry-After and the RateLimit headers. */
export class ThrottledError extends AppError {
  constructor(charge: Charge, requested: number) {
    countRateLimitRefusal("cost");
    const headers = new HeaderMap(Object.entries(rateLimitHeaders(charge)));
    super(
      `This operation costs ${requested} points and the client's budget holds ${Math.floor(charge.available)}; retry in ${charge.retryAfterSeconds} s.`,
      "THROTTLED",
      { retryAfterSeconds: charge.retryAfterSeconds, http: { status: 429, headers } },
    );
  }
}

/**
 * Charges each operation's estimated cost to its client's bucket before execution (the gate took
 * the first point), refunds what the answer did not use, and reports it all as Shopify does:
 * `extensions.cost { requestedQueryCost actualQueryCost throttleStatus }`, plus RateLimit headers.
 */
export function costPlugin(limiter: RateLimiter | null): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let charge: Charge | null = null;
      return {
        async didResolveOperation({ contextValue }) {
          const { cost, viewer } = contextValue;
          if (!limiter || !cost.client || cost.requested == null) return;
          const policy = limiter.policyFor(viewer);
          if (cost.requested > policy.maximum) {
            throw new QueryTooComplexError(
              `The operation's estimated cost is ${cost.requested}; a ${viewer.role === "anonymous" ? "client without an API key" : "key"} may spend at most ${policy.maximum} per request.`,
              { limit: "budget", cost: cost.requested, maxCost: policy.maximum },
            );
          }
          charge = await limiter.take(cost.client, viewer, cost.requested - 1);
          if (!charge.allowed) {
            cost.actual = 1;
            throw new ThrottledError(charge, cost.requested);
          }
        },
        async willSendResponse({ response, contextValue }) {
          const { cost, viewer } = contextValue;
          const requested = cost.requested ?? 1;
          const data = response.body.kind === "single" ? response.body.singleResult.data : undefined;
          cost.actual ??= cost.requested == null ? 1 : actualCost(data, requested);
          if (limiter && cost.client && charge?.allowed && requested > cost.actual) {
            const refund = requested - cost.actual;
            charge = { ...charge, available: Math.min(charge.policy.maximum, charge.available + refund) };
            void limiter.take(cost.client, viewer, -refund);
          }
          if (charge) for (const [k, v] of Object.entries(rateLimitHeaders(charge))) response.http.headers.set(k, v);
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = {
            ...result.extensions,
            cost: { requestedQueryCost: requested, actualQueryCost: cost.actual, throttleStatus: charge ? throttleStatus(charge) : cost.throttle },
          };
        },
      };
    },
  };
}
