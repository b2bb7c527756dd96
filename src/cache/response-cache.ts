import { hash } from "node:crypto";
import { isJsonContentType } from "../shared/media-type";
import type Redis from "ioredis";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { AnswerCache, CacheableRequest, HttpAnswer } from "./types";
import type { DataVersion } from "./invalidation";
import { REDIS_PREFIX } from "./redis";
import { currentTally } from "../db/query-counter";
import { countCacheLookup } from "../shared/metrics";

/** A stored answer: status, headers (also flattened, for writing) and the exact body bytes. */
export interface Entry {
  status: number;
  headers: Record<string, string>;
  flat: string[];
  body: Buffer;
  storedAt: number;
  /** The GraphQL operation name, for the request log and metrics of a hit. */
  operation?: string;
  /** Where the answer's `extensions.cost` starts (JSON answers): restated per client on a hit. */
  cost?: { at: number; value: Record<string, unknown> };
}

function entry(status: number, headers: Record<string, string>, body: Buffer, storedAt: number, operation?: string, cost?: Entry["cost"]): Entry {
  return { status, headers, flat: Object.entries(headers).flat(), body, storedAt, operation, cost };
}

const COST_MARK = Buffer.from('"cost":{"requestedQueryCost"');

/**
 * The `extensions.cost` object a JSON answer ends with (`…"cost":{…}}}` and a newline, as the
 * cost plugin and Apollo write it): its byte offset and value; undefined for anything else.
 */
export function trailingCost(body: Buffer): Entry["cost"] {
  const i = body.lastIndexOf(COST_MARK);
  let end = body.length;
  while (end > 0 && (body[end - 1] === 0x0a || body[end - 1] === 0x20)) end--; // Apollo ends JSON with "\n"
  if (i < 0 || end < 2 || body[end - 1] !== 0x7d || body[end - 2] !== 0x7d) return undefined;
  const at = i + COST_MARK.indexOf("{");
  try {
    const value = JSON.parse(body.subarray(at, end - 2).toString("utf8")) as unknown;
    return value && typeof value === "object" && !Array.isArray(value) ? { at, value: value as Record<string, unknown> } : undefined;
  } catch {
    return undefined;
  }
}

export interface AnswerStore {
  get(key: string): Promise<Entry | undefined>;
  set(key: string, value: Entry, ttlSeconds: number): Promise<void>;
}

/** In memory the entry is kept as it is: a hit costs no decoding. */
export function memoryStore(maxBytes: number): AnswerStore & { clear(): void } {
  const lru = new InMemoryLRUCache<Entry>({ maxSize: maxBytes, sizeCalculation: (e: Entry) => e.body.length + 512 });
  return {
    get: (key) => lru.get(key),
    set: (key, value, ttl) => lru.set(key, value, { ttl }),
    clear: () => lru.clear(),
  };
}

/** Redis: one binary value per entry, with its TTL; errors are misses (the cache never fails a request). */
export function redisStore(redis: Redis, prefix = `${REDIS_PREFIX}http:`): AnswerStore {
  return {
    get: async (key) => {
      try {
        const buf = await redis.getBuffer(prefix + key);
        return buf ? decode(buf) : undefined;
      } catch {
        return undefined;
      }
    },
    set: async (key, value, ttl) => {
      try {
        await redis.set(prefix + key, encode(value), "EX", Math.max(1, Math.ceil(ttl)));
      } catch {
        // a miss next time
      }
    },
  };
}

function encode(e: Entry): Buffer {
  const head = Buffer.from(JSON.stringify({ status: e.status, headers: e.headers, storedAt: e.storedAt, operation: e.operation, cost: e.cost }));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(head.length);
  return Buffer.concat([len, head, e.body]);
}

function decode(buf: Buffer): Entry {
  const n = buf.readUInt32BE(0);
  const meta = JSON.parse(buf.subarray(4, 4 + n).toString()) as Pick<Entry, "status" | "headers" | "storedAt" | "operation" | "cost">;
  return entry(meta.status, meta.headers, buf.subarray(4 + n), meta.storedAt, meta.operation, meta.cost);
}

/** The only answers stored: `Cache-Control: max-age=N, public` as the cache policy writes it. */
const CACHEABLE = /^max-age=(\d+), public$/;
const PREFLIGHT = ["apollo-require-preflight", "x-apollo-operation-name"];

/**
 * Requests the cache may answer: POST of `Content-Type: application/json` (a text/plain body
 * whose parameters say json must meet Apollo's CSRF rule), or GET with a CSRF-preflight header (a
 * GET without one is refused by Apollo and must stay refused). Anything else is computed.
 */
function eligible(r: CacheableRequest): boolean {
  const h = r.req.headers;
  if (r.method === "POST") return isJsonContentType(h["content-type"]);
  if (r.method === "GET") return PREFLIGHT.some((name) => h[name] !== undefined);
  return false;
}

/** `Cache-Control: no-cache` / `no-store` (or `Pragma: no-cache`) on the request: compute afresh. */
function bypass(r: CacheableRequest): boolean {
  const h = r.req.headers;
  const cc = h["cache-control"];
  return (cc !== undefined && /no-cache|no-store/i.test(cc)) || (h.pragma !== undefined && /no-cache/i.test(String(h.pragma)));
}

export interface ResponseCacheOptions {
  store: AnswerStore;
  version: DataVersion;
}

/**
 * The one response cache: a GraphQL answer's exact bytes (JSON or CSV), stored under
 * `sha256(data version, method, query string, Accept, raw body)` for the answer's own `max-age`
 * (the cache policy, src/cache/policy.ts, sets it; errors are `no-store` and never stored).
 * A hit is one lookup and one write, with no GraphQL work. A miss computes the answer; identical
 * requests that arrive meanwhile wait for it instead of computing it again. The version is read
 * before computing, so an answer computed while a reload lands is stored where nobody reads it.
 */
export function responseCache(opts: ResponseCacheOptions): AnswerCache {
  /** Misses being computed, by key. */
  const inflight = new Map<string, Promise<Entry | null>>();
  return {
    async answer(r, compute) {
      const version = opts.version.current();
      if (version === null || !eligible(r)) return compute();
      const raw = r.method === "POST" ? await r.rawBody() : null;
      const head = `${version}\n${r.method}\n${r.search}\n${r.req.headers.accept ?? ""}\n`;
      const key = hash("sha256", raw ? Buffer.concat([Buffer.from(head), raw]) : head, "base64url");
      if (!bypass(r)) {
        const hit = (await opts.store.get(key)) ?? (await inflight.get(key)) ?? null;
        countCacheLookup("http", hit !== null);
        if (hit) return hitAnswer(hit);
      }
      if (inflight.has(key)) return compute();
      let settle: (e: Entry | null) => void = () => undefined;
      inflight.set(key, new Promise<Entry | null>((resolve) => (settle = resolve)));
      let stored: Entry | null = null;
      try {
        const answer = await compute();
        const maxAge = Number(CACHEABLE.exec(answer.headers["cache-control"] ?? "")?.[1] ?? 0);
        if (answer.status === 200 && maxAge > 0) {
          // The RateLimit headers are per client: the gate (src/http/gate.ts) sets fresh ones on a hit.
          const { ratelimit: _l, "ratelimit-policy": _p, "retry-after": _r, ...headers } = answer.headers;
          const body = Buffer.from(answer.body);
          const json = /json/i.test(headers["content-type"] ?? "");
          stored = entry(200, headers, body, Date.now(), currentTally()?.operation, json ? trailingCost(body) : undefined);
          await opts.store.set(key, stored, maxAge);
        }
        return answer;
      } finally {
        inflight.delete(key);
        settle(stored);
      }
    },
  };
}

function hitAnswer(e: Entry): HttpAnswer {
  const tally = currentTally();
  if (tally && e.operation) tally.operation = e.operation;
  const age = String(Math.max(0, Math.floor((Date.now() - e.storedAt) / 1000)));
  return { status: e.status, headers: e.headers, flat: e.flat.concat("age", age), body: e.body, storedCost: e.cost };
}
