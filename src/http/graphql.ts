import { HeaderMap, type ApolloServer } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import type { Context, ContextDeps } from "../context";
import { createContext } from "../loaders";
import { requestState } from "./gate";
import { BodyError } from "./body";
import { csvAnswer, prefersCsv } from "./csv";
import { errorAnswer, jsonAnswer, sendBodyError, writeAnswer } from "./respond";
import type { AnswerCache, Handler, HttpAnswer, HttpRequest } from "./types";
import type { FastLane } from "./fast-lane";

export interface GraphQLEndpointDeps {
  apollo: ApolloServer<Context>;
  schema: GraphQLSchema;
  context: ContextDeps;
  cache?: AnswerCache;
  /** Today's date for CSV file names (tests pin it). */
  today?: () => string;
  /** MAX_QUERY_BYTES: longer documents are refused before they are hashed or parsed. */
  maxQueryBytes?: number;
  /** Hot queries answered without Apollo's pipeline (src/http/fast-lane.ts); null from it means Apollo answers. */
  fastLane?: FastLane;
}

/**
 * A cached JSON answer, its cost restated for this client: what the operation cost when it was
 * computed (requestedQueryCost), what this hit cost (the gate's one point) and this client's own
 * throttleStatus — never the budget of the client whose request filled the cache.
 */
function restateCost(r: HttpRequest, a: HttpAnswer, stored: NonNullable<HttpAnswer["storedCost"]>): HttpAnswer {
  const body = typeof a.body === "string" ? Buffer.from(a.body) : a.body;
  const throttle = requestState(r.req)?.cost.throttle ?? null;
  const cost = JSON.stringify({ ...stored.value, actualQueryCost: 1, throttleStatus: throttle });
  // The stored bytes up to the cost object, then this client's cost and the closing braces.
  return { ...a, body: Buffer.concat([body.subarray(0, stored.at), Buffer.from(cost), CLOSE_EXTENSIONS]) };
}
const CLOSE_EXTENSIONS = Buffer.from("}}\n");

/** The GraphQL document(s) of a request: `query` of the JSON body (or of each batch item), else of the URL. */
function documentsOf(r: HttpRequest, body: unknown): unknown[] {
  if (r.method === "GET") return [new URLSearchParams(r.search).get("query")];
  if (Array.isArray(body)) return body.map((b) => (b && typeof b === "object" ? (b as { query?: unknown }).query : undefined));
  return [body && typeof body === "object" ? (body as { query?: unknown }).query : undefined];
}

/**
 * A document longer than `max` bytes is refused outright (400 QUERY_TOO_COMPLEX, limit "bytes"):
 * the token limit stops the parser, but hashing, decoding and locating the error in an 850 KB
 * document still cost milliseconds each, so the cheapest check runs first.
 */
export function oversizedDocument(r: HttpRequest, body: unknown, max: number): HttpAnswer | null {
  for (const q of documentsOf(r, body)) {
    if (typeof q !== "string" || q.length * 3 <= max) continue;
    const bytes = q.length > max ? q.length : Buffer.byteLength(q);
    if (bytes <= max) continue;
    const throttle = requestState(r.req)?.cost.throttle ?? null;
    return jsonAnswer(400, {
      errors: [{ message: `The document is ${bytes} bytes long; the limit is ${max}.`, extensions: { code: "QUERY_TOO_COMPLEX", limit: "bytes", documentBytes: bytes, maxQueryBytes: max } }],
      // Refused before it was measured: it costs the gate's one point, like any other refusal.
      extensions: { cost: { requestedQueryCost: 1, actualQueryCost: 1, throttleStatus: throttle } },
    });
  }
  return null;
}

/** Runs a request through Apollo (plugins, limits, context, error codes) and collects the answer. */
export type GraphQLRunner = (r: HttpRequest, body: unknown, overrides?: Record<string, string>) => Promise<HttpAnswer>;

export function apolloRunner(apollo: ApolloServer<Context>, deps: ContextDeps): GraphQLRunner {
  return async (r, body, overrides = {}) => {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(r.req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    for (const [k, v] of Object.entries(overrides)) headers.set(k.toLowerCase(), v);
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: r.method, headers, search: r.search, body },
      context: async () => createContext(deps, r.requestId, requestState(r.req)),
    });
    const out: Record<string, string> = {};
    for (const [k, v] of response.headers) out[k] = v;
    let text = "";
    if (response.body.kind === "complete") text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    const status = response.status ?? 200;
    // Only the cache policy (src/cache/policy.ts) makes an answer cacheable, and never an error.
    if (status !== 200 || !out["cache-control"]) out["cache-control"] = "no-store";
    out.vary = "Accept";
    return { status, headers: out, body: text };
  };
}

/**
 * `/graphql` (and `/`): GET or POST, JSON or CSV by the Accept header, both through the response
 * cache when there is one. A hit is the stored bytes; a miss reads the body once, runs Apollo
 * and, for CSV, turns the JSON result into a table.
 */
export function graphqlEndpoint(deps: GraphQLEndpointDeps): Handler {
  const run = apolloRunner(deps.apollo, deps.context);
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const compute = async (r: HttpRequest): Promise<HttpAnswer> => {
    const body = await r.jsonBody();
    if (!prefersCsv(r.req.headers.accept)) return (deps.fastLane ? await deps.fastLane(r, body) : null) ?? run(r, body);
    const json = await run(r, body, { accept: "application/json" });
    return csvAnswer({ req: r.req, body, json, schema: deps.schema, today: today() });
  };
  return async (r) => {
    if (r.method !== "GET" && r.method !== "POST") {
      writeAnswer(r, errorAnswer(405, "Use GET or POST for /graphql.", "BAD_REQUEST", { allow: "GET, POST" }));
      return;
    }
    try {
      // A document is never longer in UTF-8 than its JSON encoding, so a POST body within the
      // limit needs no parsing here (a cache hit then parses nothing at all).
      if (deps.maxQueryBytes && (r.method !== "POST" || (await r.rawBody()).length > deps.maxQueryBytes)) {
        const refused = oversizedDocument(r, r.method === "POST" ? await r.jsonBody() : undefined, deps.maxQueryBytes);
        if (refused) return writeAnswer(r, refused);
      }
      const answer = deps.cache ? await deps.cache.answer(r, () => compute(r)) : await compute(r);
      writeAnswer(r, answer.storedCost ? restateCost(r, answer, answer.storedCost) : answer);
    } catch (e) {
      if (e instanceof BodyError) sendBodyError(r, e);
      else throw e;
    }
  };
}
