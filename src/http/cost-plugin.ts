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
 * Charges an operation's estimated cost (less the gate's first point) to its client's bucket,
 * before any resolver runs. Throws QUERY_TOO_COMPLEX past the viewer's per-request maximum and
 * THROTTLED when the bucket cannot pay. Null when nothing is charged (rate limiting off).
 */
export async function chargeOperation(limiter: RateLimiter | null, context: Pick<Context, "cost" | "viewer">): Promise<Charge | null> {
  const { cost, viewer } = context;
  if (!limiter || !cost.client || cost.requested == null) return null;
  const policy = limiter.policyFor(viewer);
  if (cost.requested > policy.maximum) {
    throw new QueryTooComplexError(
      `The operation's estimated cost is ${cost.requested}; a ${viewer.role === "anonymous" ? "client without an API key" : "key"} may spend at most ${policy.maximum} per request.`,
      { limit: "budget", cost: cost.requested, maxCost: policy.maximum },
    );
  }
  const charge = await limiter.take(cost.client, viewer, cost.requested - 1);
  if (!charge.allowed) {
    cost.actual = 1;
    throw new ThrottledError(charge, cost.requested);
  }
  return charge;
}

/**
 * Gives back all that chargeOperation took, for an operation that is measured and charged again
 * elsewhere (the fast lane handing a request to Apollo).
 */
export function refundOperation(limiter: RateLimiter | null, context: Pick<Context, "cost" | "viewer">, charge: Charge | null): void {
  const { cost, viewer } = context;
  if (charge && limiter && cost.client && cost.requested != null) void limiter.take(cost.client, viewer, -(cost.requested - 1));
}

/**
 * After execution: counts what the answer cost (one point per object returned), refunds the rest
 * of the estimate, and gives the RateLimit headers and `extensions.cost` of the answer.
 */
export function settleOperation(
  limiter: RateLimiter | null,
  context: Pick<Context, "cost" | "viewer">,
  charge: Charge | null,
  data: unknown,
): { headers: Record<string, string>; cost: { requestedQueryCost: number; actualQueryCost: number; throttleStatus: unknown } } {
  const { cost, viewer } = context;
  const requested = cost.requested ?? 1;
  cost.actual ??= cost.requested == null ? 1 : actualCost(data, requested);
  if (limiter && cost.client && charge?.allowed && requested > cost.actual) {
    const refund = requested - cost.actual;
    charge = { ...charge, available: Math.min(charge.policy.maximum, charge.available + refund) };
    void limiter.take(cost.client, viewer, -refund);
  }
  return {
    headers: charge ? rateLimitHeaders(charge) : {},
    cost: { requestedQueryCost: requested, actualQueryCost: cost.actual, throttleStatus: charge ? throttleStatus(charge) : cost.throttle },
  };
}

/**
 * Charges each operation's estimated cost to its client's bucket before execution (the gate took
 * the first point), refunds what the answer did not use, and reports it all as Shopify does:
 * `extensions.cost { requestedQueryCost actualQueryCost throttleStatus }`, plus RateLimit headers.
 * The fast lane (src/http/fast-lane.ts) calls the same two functions.
 */
export function costPlugin(limiter: RateLimiter | null): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      let charge: Charge | null = null;
      return {
        async didResolveOperation({ contextValue }) {
          charge = await chargeOperation(limiter, contextValue);
        },
        async willSendResponse({ response, contextValue }) {
          const data = response.body.kind === "single" ? response.body.singleResult.data : undefined;
          const settled = settleOperation(limiter, contextValue, charge, data);
          for (const [k, v] of Object.entries(settled.headers)) response.http.headers.set(k, v);
          if (response.body.kind !== "single") return;
          const result = response.body.singleResult;
          result.extensions = { ...result.extensions, cost: settled.cost };
        },
      };
    },
  };
}
