import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import type Redis from "ioredis";
import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { Route } from "../server";
import { currentTally } from "../db/query-counter";
import { BodyError, MAX_BODY_BYTES } from "../http/body";
import type { DataVersion } from "./invalidation";
import { REDIS_PREFIX } from "./redis";
import { countCacheLookup } from "../shared/metrics";

/** Set on the requests this layer passes to Apollo, so Apollo's own response cache stays out of the way. */
export const HTTP_CACHE_HEADER = "x-gigawatt-http-cache";

/** A stored answer: status, headers (content-length included) and the exact body bytes. */
export interface Entry {
  status: number;
  headers: Record<string, string>;
  body: Buffer;
  storedAt: number;
  /** The GraphQL operation name, for the request log and metrics of a hit. */
  operation?: string;
}

export interface ByteStore {
  get(key: string): Promise<Entry | undefined>;
  set(key: string, value: Entry, ttlSeconds: number): Promise<void>;
}

/** In memory the entry is kept as it is: a hit costs no decoding. */
export function memoryByteStore(maxBytes: number): ByteStore & { clear(): void } {
  const lru = new InMemoryLRUCache<Entry>({ maxSize: maxBytes, sizeCalculation: (e: Entry) => e.body.length + 512 });
  return {
    get: (key) => lru.get(key),
    set: (key, value, ttl) => lru.set(key, value, { ttl }),
    clear: () => lru.clear(),
  };
}

/** Redis as a byte store (one binary value per entry); errors are misses, like RedisKeyValueCache. */
export function redisByteStore(redis: Redis, prefix = `${REDIS_PREFIX}http:`): ByteStore {
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
  const head = Buffer.from(JSON.stringify({ status: e.status, headers: e.headers, storedAt: e.storedAt }));
  const len = Buffer.alloc(4);
  len.writeUInt32BE(head.length);
  return Buffer.concat([len, head, e.body]);
}

function decode(buf: Buffer): Entry {
  const n = buf.readUInt32BE(0);
  const meta = JSON.parse(buf.subarray(4, 4 + n).toString()) as Omit<Entry, "body">;
  return { ...meta, body: buf.subarray(4 + n) };
}

const CACHEABLE = /^max-age=(\d+), public$/;
const PREFLIGHT = ["apollo-require-preflight", "x-apollo-operation-name"];

/**
 * Which requests the byte cache may answer: GraphQL over POST with a JSON body, or over GET
 * with a CSRF-preflight header (GET without one is refused by Apollo, and must stay refused);
 * never requests that carry credentials or ask to bypass caches.
 */
function eligible(req: IncomingMessage, path: string, endpoints: readonly string[]): boolean {
  if (!endpoints.includes(path)) return false;
  const h = req.headers;
  if (h.authorization || h.cookie) return false;
  if (/no-cache|no-store/i.test(String(h["cache-control"] ?? "")) || /no-cache/i.test(String(h.pragma ?? ""))) return false;
  if (req.method === "POST") return /json/i.test(String(h["content-type"] ?? ""));
  if (req.method === "GET") return PREFLIGHT.some((name) => h[name] !== undefined);
  return false;
}

/**
 * The raw body, under the same size limit as readJsonBody (src/http/body.ts). Raw bytes key
 * the cache, so a hit costs no JSON parsing; the body is parsed on a miss only.
 */
function readRaw(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.removeAllListeners("data");
        reject(new BodyError(`Request body exceeds ${MAX_BODY_BYTES} bytes.`, 413));
      } else chunks.push(c);
    });
    req.on("end", () => resolve(chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

/** Same answers as readJsonBody for a body already read (the content type was checked). */
function parseJson(raw: Buffer): unknown {
  const text = raw.toString("utf8");
  if (!text.trim()) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError("The request body is not valid JSON.", 400);
  }
}

function send(res: ServerResponse, status: number, headers: Record<string, string>, body: Buffer | string): void {
  res.writeHead(status, { ...headers, "content-length": String(Buffer.byteLength(body)) });
  res.end(body);
}

/** As src/server.ts answers a body it cannot read: the rest may be unread, so close the socket. */
function badRequest(req: IncomingMessage, res: ServerResponse, e: unknown): void {
  res.shouldKeepAlive = false;
  req.resume();
  const status = e instanceof BodyError ? e.status : 400;
  const message = e instanceof Error ? e.message : "Bad request.";
  send(res, status, { "content-type": "application/json; charset=utf-8", connection: "close" }, JSON.stringify({ errors: [{ message, extensions: { code: "BAD_REQUEST" } }] }));
}

export interface HttpCacheOptions {
  store: ByteStore;
  version: DataVersion;
  endpoints?: readonly string[];
}

/**
 * The response cache in front of Apollo: an answered operation's exact bytes, stored under
 * `sha256(version, method, query string, Accept, raw body)` for the response's own `max-age` (set
 * by the cache policy; only public, error-free answers are stored). A hit is one lookup and
 * one write, with no GraphQL work at all, which is what brings cached reads near the bare
 * node:http limit. A miss runs the request through Apollo unchanged (`RouteTools.executeGraphQL`);
 * identical requests that arrive while it runs wait for it instead of computing it again.
 */
export function httpCacheRoute(opts: HttpCacheOptions): Route {
  const endpoints = opts.endpoints ?? ["/graphql", "/"];
  /** Misses being computed, by key: identical requests meanwhile wait for that one (no stampede). */
  const inflight = new Map<string, Promise<Entry | null>>();
  return async (req, res, tools) => {
    if (!tools?.executeGraphQL) return false;
    const target = req.url ?? "/";
    const q = target.indexOf("?");
    const path = q < 0 ? target : target.slice(0, q);
    const search = q < 0 ? "" : target.slice(q);
    if (!eligible(req, path, endpoints)) return false;
    const version = opts.version.current();
    if (version === null) return false;
    let raw: Buffer | null = null;
    let body: unknown;
    try {
      if (req.method === "POST") raw = await readRaw(req);
    } catch (e) {
      badRequest(req, res, e);
      return true;
    }
    const key = createHash("sha256")
      .update(`${version}\n${req.method}\n${search}\n${req.headers.accept ?? ""}\n`)
      .update(raw ?? "")
      .digest("base64url");
    const hit = (await opts.store.get(key)) ?? (await inflight.get(key)) ?? null;
    countCacheLookup("http", hit !== null);
    if (hit) {
      const tally = currentTally();
      if (tally && hit.operation) tally.operation = hit.operation;
      const age = String(Math.max(0, Math.round((Date.now() - hit.storedAt) / 1000)));
      res.writeHead(hit.status, { ...hit.headers, "x-request-id": tools.requestId, "x-sql-statements": "0", age });
      res.end(hit.body);
      return true;
    }
    try {
      if (raw) body = parseJson(raw);
    } catch (e) {
      badRequest(req, res, e);
      return true;
    }
    let settle: (e: Entry | null) => void = () => undefined;
    const computing = new Promise<Entry | null>((resolve) => (settle = resolve));
    const leader = !inflight.has(key);
    if (leader) inflight.set(key, computing);
    let entry: Entry | null = null;
    try {
      const r = await tools.executeGraphQL({ body, headers: { [HTTP_CACHE_HEADER]: "miss" } });
      const headers: Record<string, string> = { ...r.headers, "x-sql-statements": String(currentTally()?.count ?? 0) };
      delete headers["content-length"];
      send(res, r.status, headers, r.body);
      const maxAge = Number(CACHEABLE.exec(r.headers["cache-control"] ?? "")?.[1] ?? 0);
      if (r.status === 200 && maxAge > 0) {
        const bytes = Buffer.from(r.body);
        const stored: Record<string, string> = { ...headers, "content-length": String(bytes.length) };
        delete stored["x-request-id"];
        delete stored["x-sql-statements"];
        entry = { status: r.status, headers: stored, body: bytes, storedAt: Date.now(), operation: currentTally()?.operation };
        await opts.store.set(key, entry, maxAge);
      }
    } finally {
      if (leader) {
        inflight.delete(key);
        settle(entry);
      }
    }
    return true;
  };
}
