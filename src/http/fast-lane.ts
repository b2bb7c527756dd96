/**
 * The fast lane: a hot query answered without Apollo Server's per-request pipeline.
 *
 * Profiles of the point lookup put a fifth of the Node CPU in Apollo's request handling
 * (header map, content negotiation, document hashing, seven plugins' hooks, the response
 * re-assembled as a HeaderMap), none of which changes for the thousandth run of one document.
 * Apollo offers no hook that skips it, and graphql-jit compiles execution only, so the lane is
 * ours. It does exactly what the pipeline does, with the same functions: parse with the same
 * token limit, validate with the same rules (limits included), measure and charge the cost
 * (measureOperation, chargeOperation, settleOperation), compute the cache policy, run the
 * operation as the compiled executor would (graphql-jit, or graphql-js for what graphql-jit does
 * not take: see operationRunner), and answer the same bytes and headers.
 *
 * It only takes what it answers identically, and hands anything else to Apollo untouched:
 * - POST of `Content-Type: application/json` with one operation (no batch, no `extensions`:
 *   APQ stays Apollo's; other content types meet Apollo's CSRF rule);
 * - an Accept that Apollo answers with `application/json` (or none);
 * - a document that parsed and validated here (a refusal's message is Apollo's to write);
 * - a query (no mutation, no introspection, no fragment at the root);
 * - no OpenTelemetry span being recorded (graphql-js gives the execution spans).
 * A refusal (limits, cost, budget) or any error in the result is handed to Apollo too, after the
 * charge is refunded: errors are rare on a hot document, and Apollo then writes them, codes,
 * logging and 503s included. Reads have no side effects, so running one again is safe.
 */
import { getOperationAST, parse, specifiedRules, validate, type DocumentNode, type GraphQLSchema, type OperationDefinitionNode, type ValidationRule } from "graphql";
import { trace } from "@opentelemetry/api";
import { LRUCache } from "lru-cache";
import type { ContextDeps } from "../context";
import { createContext } from "../loaders";
import { currentTally } from "../db/query-counter";
import { countFastLane, operationLabel } from "../shared/metrics";
import { isJsonContentType } from "../shared/media-type";
import { cacheControl, computePolicy } from "../cache/policy";
import type { RateLimiter } from "../ratelimit/limiter";
import { operationRunner, type OperationRunner } from "./executor";
import { measureOperation, type LimitsConfig } from "./limits-plugin";
import { chargeOperation, refundOperation, settleOperation } from "./cost-plugin";
import { requestState } from "./gate";
import type { HttpAnswer, HttpRequest } from "./types";

/** What one document text becomes once it is hot: parsed, validated, compiled where graphql-jit takes it. */
interface Plan {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  run: OperationRunner;
  /**
   * By the variables' JSON (when short): the accepted cost, and the cache policy of the current
   * second. Both are functions of the document and variables (the policy also of the clock, to
   * the second: max-age counts down to midnight UTC), so a hot operation measures once.
   */
  costs: Map<string, number>;
  policies: Map<string, { second: number; policy: ReturnType<typeof computePolicy> }>;
}

/** Variables longer than this as JSON are measured afresh every time (and kept maps stay small). */
const MAX_MEMO_JSON = 2048;
const MAX_MEMO_ENTRIES = 64;

function remember<V>(map: Map<string, V>, key: string, value: V): V {
  if (map.size >= MAX_MEMO_ENTRIES) map.clear();
  map.set(key, value);
  return value;
}

/** Documents kept (least recently used dropped), as for the compiled executor. */
const MAX_DOCUMENTS = 500;
/** Runs of a document before the lane plans it; earlier runs go through Apollo. */
const HOT_AFTER = 3;

export interface FastLaneOptions {
  schema: GraphQLSchema;
  context: ContextDeps;
  limits: LimitsConfig;
  limiter: RateLimiter | null;
  /** Apollo's parse options (the token limit) and extra validation rules: the same refusals. */
  parseOptions: { maxTokens?: number };
  validationRules: ValidationRule[];
  /** Runs before planning (tests: 1, so every suite goes through the lane). */
  hotAfter?: number;
}

/** Accept values Apollo answers with `application/json; charset=utf-8`. */
function answersJson(accept: string | undefined): boolean {
  return accept === undefined || accept === "" || accept === "*/*" || accept === "application/json" || accept === "application/json; charset=utf-8";
}

export type FastLane = (r: HttpRequest, body: unknown) => Promise<HttpAnswer | null>;

/** The lane for one server: null from a call means "let Apollo answer". */
export function fastLane(opts: FastLaneOptions): FastLane {
  const { schema, limiter } = opts;
  const hotAfter = opts.hotAfter ?? HOT_AFTER;
  const rules = [...specifiedRules, ...opts.validationRules];
  // Per document text and operation name: runs so far, the plan, or false (never eligible).
  const plans = new LRUCache<string, Plan | number | false>({ max: MAX_DOCUMENTS });

  const planFor = (query: string, operationName: string | undefined): Plan | null => {
    const key = operationName === undefined ? query : `${operationName}\u0000${query}`;
    const seen = plans.get(key) ?? 0;
    if (seen === false) return null;
    if (typeof seen === "object") return seen;
    if (seen + 1 < hotAfter) {
      plans.set(key, seen + 1);
      return null;
    }
    let plan: Plan | null = null;
    try {
      const document = parse(query, opts.parseOptions);
      const operation = getOperationAST(document, operationName);
      if (operation && validate(schema, document, rules).length === 0) {
        const run = operationRunner(schema, document, operationName);
        if (run) plan = { document, operation, run, costs: new Map(), policies: new Map() };
      }
    } catch {
      plan = null; // a syntax error: Apollo reports it
    }
    plans.set(key, plan ?? false);
    return plan;
  };

  const lane: FastLane = async (r, body) => {
    if (r.method !== "POST" || !isJsonContentType(r.req.headers["content-type"]) || !answersJson(r.req.headers.accept)) return null;
    if (!body || typeof body !== "object" || Array.isArray(body)) return null;
    const { query, variables, operationName, extensions } = body as Record<string, unknown>;
    if (typeof query !== "string" || extensions !== undefined) return null;
    if (variables != null && (typeof variables !== "object" || Array.isArray(variables))) return null;
    if (operationName != null && typeof operationName !== "string") return null;
    if (trace.getActiveSpan()?.isRecording()) return null;
    const plan = planFor(query, operationName ?? undefined);
    if (!plan) return null;

    const vars = (variables ?? undefined) as Record<string, unknown> | undefined;
    const context = createContext(opts.context, r.requestId, requestState(r.req));
    const tally = currentTally();
    if (tally) tally.operation = operationLabel(plan.operation.name?.value ?? (operationName as string | undefined));
    let charge: Awaited<ReturnType<typeof chargeOperation>> = null;
    // Anything unexpected — a refusal, variables too deep to serialize, an execution that throws,
    // an error in the result — is Apollo's to answer: the charge is refunded and nothing is sent.
    const handOver = (): null => {
      refundOperation(limiter, context, charge);
      context.cost.requested = null;
      context.cost.actual = null;
      return null;
    };
    try {
      const json = vars === undefined ? "" : JSON.stringify(vars);
      const memo = json.length <= MAX_MEMO_JSON ? json : null;
      const known = memo === null ? undefined : plan.costs.get(memo);
      if (known !== undefined) context.cost.requested = known;
      else {
        const cost = measureOperation(opts.limits, schema, plan.document, plan.operation, vars, context);
        if (memo !== null) remember(plan.costs, memo, cost);
      }
      charge = await chargeOperation(limiter, context);
      const now = new Date();
      const second = Math.floor(now.getTime() / 1000);
      const kept = memo === null ? undefined : plan.policies.get(memo);
      const policy =
        kept && kept.second === second
          ? kept.policy
          : computePolicy(schema, plan.document, plan.operation, vars ?? {}, undefined, now);
      if (memo !== null && kept?.second !== second) remember(plan.policies, memo, { second, policy });
      const result = await plan.run(context, vars ?? {});
      if (result.errors?.length) return handOver();
      const settled = settleOperation(limiter, context, charge, result.data);
      charge = null; // settled: never refunded twice
      const headers: Record<string, string> = {
        ...settled.headers,
        "cache-control": cacheControl(policy),
        "content-type": "application/json; charset=utf-8",
        vary: "Accept",
      };
      return { status: 200, headers, body: `${JSON.stringify({ data: result.data, extensions: { cost: settled.cost } })}\n` };
    } catch {
      return handOver();
    }
  };
  return async (r, body) => {
    const answer = await lane(r, body);
    countFastLane(answer !== null);
    return answer;
  };
}
