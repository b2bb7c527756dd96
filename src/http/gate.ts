import type { IncomingMessage, ServerResponse } from "node:http";
import type { Config } from "../config";
import type { Db } from "../db/client";
import type { Logger } from "../logger";
import type { RequestCost } from "../context";
import { ANONYMOUS, bearerToken, type Viewer } from "../shared/auth";
import { viewerForToken } from "../modules/keys/key.service";
import { createRateLimiter, rateLimitHeaders, throttleStatus, type RateLimiter, type RateLimitConfig } from "../ratelimit/limiter";
import proxyAddr from "proxy-addr";
import { answered, corsHandler } from "./cors";
import type { Middleware } from "./types";
import { countRateLimitRefusal } from "../shared/metrics";

export type GateConfig = RateLimitConfig & Pick<Config, "ANONYMOUS_READS" | "CORS_ORIGINS"> & Partial<Pick<Config, "TRUST_PROXY_HOPS">>;

/**
 * The client's address: the socket's peer, or with TRUST_PROXY_HOPS=n behind n proxies (a load
 * balancer, …) the address the outermost trusted proxy saw, read from X-Forwarded-For by
 * proxy-addr (Express's parser) — never an address the client could have written itself.
 */
export function clientAddress(req: IncomingMessage, hops: number): string {
  if (hops <= 0) return req.socket.remoteAddress ?? "unknown";
  return proxyAddr(req, (_addr, i) => i < hops) || "unknown";
}

/** What the gate learnt about a request, for the context and the request log. */
export interface RequestState {
  viewer: Viewer;
  cost: RequestCost;
}

export interface Gate {
  limiter: RateLimiter | null;
  /** Runs before every API route; returns true when it answered (preflight, 401, 429). */
  handle(req: IncomingMessage, res: ServerResponse): Promise<boolean>;
  state(req: IncomingMessage): RequestState | undefined;
  /**
   * The caller behind an Authorization value (the HTTP header, or the graphql-ws connection_init
   * payload's `authorization`): a viewer, or why it is refused (UNAUTHENTICATED).
   */
  identify(authorization: string | undefined): Promise<Viewer | Refusal>;
  close(): Promise<void>;
}

export interface Refusal {
  code: "UNAUTHENTICATED";
  message: string;
  /** The WWW-Authenticate header of the HTTP answer. */
  challenge: string;
}

export const isRefusal = (v: Viewer | Refusal): v is Refusal => "code" in v;

const KEY_CACHE_MS = 10_000;

/** Per request, what the gate learnt (read by the GraphQL context and the request log). */
const states = new WeakMap<IncomingMessage, RequestState>();
export const requestState = (req: IncomingMessage): RequestState | undefined => states.get(req);

/** Paths answered by the GraphQL API (and its CSV export): the gate runs in front of them. */
const isApiPath = (path: string) => path === "/graphql" || path === "/";

/** The gate as a pipeline middleware (src/http/routes.ts). */
export function gateMiddleware(gate: Gate): Middleware {
  return async (r, next) => {
    if (isApiPath(r.path) && (await gate.handle(r.req, r.res))) return;
    await next();
  };
}

function refuse(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}, extensions: Record<string, unknown> = {}): true {
  const text = JSON.stringify({ errors: [{ message, extensions: { ...extensions, code } }] });
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": String(Buffer.byteLength(text)), "cache-control": "no-store", ...headers });
  res.end(text);
  return true;
}

/** Token → viewer, remembered for 10 s (a revoked key stops working within that time). */
function keyCache(db: Db) {
  const cache = new Map<string, { viewer: Viewer | null; until: number }>();
  return async (token: string): Promise<Viewer | null> => {
    const hit = cache.get(token);
    if (hit && hit.until > Date.now()) return hit.viewer;
    const viewer = await viewerForToken(db, token);
    if (cache.size > 10_000) cache.clear();
    cache.set(token, { viewer, until: Date.now() + KEY_CACHE_MS });
    return viewer;
  };
}

/**
 * In front of the API: CORS, `X-Content-Type-Options: nosniff`, the caller's identity (API key
 * or anonymous) and the first point of its cost budget. The rest of the cost is charged by the
 * cost plugin once the operation is measured.
 */
export function createGate(deps: { db: Db; config: GateConfig; logger: Logger }): Gate {
  const cors = corsHandler(deps.config.CORS_ORIGINS);
  const lookup = keyCache(deps.db);
  const limiter = deps.config.RATE_LIMIT ? createRateLimiter(deps.config, deps.logger) : null;

  async function viewerFor(authorization: string | undefined): Promise<Viewer | Refusal> {
    const token = bearerToken(authorization);
    if (token === null) {
      if (deps.config.ANONYMOUS_READS) return ANONYMOUS;
      return { code: "UNAUTHENTICATED", message: "This API needs an API key: send Authorization: Bearer <key>.", challenge: "Bearer" };
    }
    const viewer = token ? await lookup(token) : null;
    return viewer ?? { code: "UNAUTHENTICATED", message: "The API key is not valid (unknown, revoked or malformed).", challenge: 'Bearer error="invalid_token"' };
  }

  async function identify(req: IncomingMessage, res: ServerResponse): Promise<Viewer | true> {
    const found = await viewerFor(req.headers.authorization);
    return isRefusal(found) ? refuse(res, 401, found.code, found.message, { "www-authenticate": found.challenge }) : found;
  }

  return {
    limiter,
    async handle(req, res) {
      res.setHeader("x-content-type-options", "nosniff");
      await cors(req, res);
      if (answered(res)) return true;
      const viewer = await identify(req, res);
      if (viewer === true) return true;
      const client = viewer.keyId ? `key:${viewer.keyId}` : `ip:${clientAddress(req, deps.config.TRUST_PROXY_HOPS ?? 0)}`;
      const state: RequestState = { viewer, cost: { requested: null, actual: null, client: limiter ? client : null, throttle: null } };
      states.set(req, state);
      if (!limiter) return false;
      const charge = await limiter.take(client, viewer, 1);
      state.cost.throttle = throttleStatus(charge);
      const headers = rateLimitHeaders(charge);
      if (!charge.allowed) {
        countRateLimitRefusal("budget");
        const extensions = { retryAfterSeconds: charge.retryAfterSeconds };
        return refuse(res, 429, "THROTTLED", `The cost budget of this client is spent; retry in ${charge.retryAfterSeconds} s.`, headers, extensions);
      }
      for (const [k, v] of Object.entries(headers)) res.setHeader(k, v);
      return false;
    },
    state: (req) => states.get(req),
    identify: viewerFor,
    close: async () => {
      await limiter?.close();
    },
  };
}
