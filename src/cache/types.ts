import type { IncomingMessage } from "node:http";

/** What the response cache reads of a request (src/http/types.ts HttpRequest is one). */
export interface CacheableRequest {
  req: IncomingMessage;
  method: string;
  /** The query string with its "?", or "". */
  search: string;
  /** The raw body, read once. */
  rawBody(): Promise<Buffer>;
}

/** A complete answer not yet written: what the response cache stores and a miss computes. */
export interface HttpAnswer {
  status: number;
  /** Lower-case names; content-length is set when written. */
  headers: Record<string, string>;
  body: Buffer | string;
  /**
   * The same headers as name, value, name, value…, written as they are when present (a stored
   * answer keeps them this way, so a hit copies no object).
   */
  flat?: readonly string[];
  /**
   * A stored JSON answer replayed by the response cache: its body ends with
   * `"cost":{…}}}` from byte `at`. The endpoint restates the cost for the client being answered
   * (its own throttleStatus), so a hit never shows another client's budget.
   */
  storedCost?: { at: number; value: Record<string, unknown> };
}

/** What a response cache does for the GraphQL endpoint (src/cache/response-cache.ts). */
export interface AnswerCache {
  /** The stored answer for this request, or `compute()` (stored when its Cache-Control allows). */
  answer(r: CacheableRequest, compute: () => Promise<HttpAnswer>): Promise<HttpAnswer>;
}
