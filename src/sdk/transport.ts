import { GigawattError, toErrorCode, type GraphQLErrorPayload } from "./errors.js";

/** Bounded retries of THROTTLED and SERVICE_UNAVAILABLE answers. */
export interface RetryOptions {
  /** Retries after the first attempt (default 2; 0 turns retrying off). */
  retries?: number;
  /** Wait when the server gives no `Retry-After`, doubled on each retry (default 250 ms). */
  baseDelayMs?: number;
  /** The longest wait the client accepts; a longer `Retry-After` fails at once (default 10 s). */
  maxDelayMs?: number;
}

export interface TransportOptions {
  url: string;
  apiKey?: string;
  fetch: typeof fetch;
  headers?: Record<string, string>;
  retry: Required<RetryOptions>;
}

export interface Call {
  query: string;
  variables: unknown;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

const RETRYABLE = new Set(["THROTTLED", "SERVICE_UNAVAILABLE"]);

/** `Retry-After` as seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Number(value);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, (at - now) / 1000);
}

function describe(errors: readonly GraphQLErrorPayload[]): string {
  const first = errors[0];
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  return `${first?.extensions?.code ?? "ERROR"}: ${first?.message ?? "GraphQL error"}${more}`;
}

function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}

/** One POST, its answer turned into data or a GigawattError. */
async function attempt(opts: TransportOptions, call: Call): Promise<unknown> {
  const response = await opts.fetch(opts.url, {
    method: "POST",
    headers: {
      ...opts.headers,
      ...call.headers,
      "content-type": "application/json",
      accept: "application/graphql-response+json, application/json;q=0.9",
      ...(opts.apiKey ? { authorization: `Bearer ${opts.apiKey}` } : {}),
    },
    body: JSON.stringify({ query: call.query, variables: call.variables ?? {} }),
    signal: call.signal,
  });
  const retryAfterSeconds = parseRetryAfter(response.headers.get("retry-after"));
  const text = await response.text();
  let body: { data?: unknown; errors?: GraphQLErrorPayload[] };
  try {
    body = JSON.parse(text);
  } catch {
    const code = response.status === 429 ? "THROTTLED" : response.status === 503 ? "SERVICE_UNAVAILABLE" : "HTTP_ERROR";
    throw new GigawattError(`HTTP ${response.status}: ${text.slice(0, 200) || response.statusText}`, { code, status: response.status, retryAfterSeconds });
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    const fromBody = body.errors[0]?.extensions?.retryAfterSeconds;
    throw new GigawattError(describe(body.errors), {
      code: toErrorCode(body.errors[0]?.extensions?.code),
      status: response.status,
      errors: body.errors,
      data: body.data,
      retryAfterSeconds: retryAfterSeconds ?? (typeof fromBody === "number" ? fromBody : undefined),
    });
  }
  if (!response.ok || body.data === undefined || body.data === null) {
    throw new GigawattError(`HTTP ${response.status}: no data in the response`, { code: "HTTP_ERROR", status: response.status });
  }
  return body.data;
}

/**
 * Sends a call; THROTTLED and SERVICE_UNAVAILABLE answers are retried at most `retries`
 * times, after `Retry-After` when the server sends one (else a doubling backoff). A wait
 * longer than `maxDelayMs` is not slept through: the error is thrown at once.
 */
export async function send(opts: TransportOptions, call: Call): Promise<unknown> {
  for (let tries = 0; ; tries++) {
    try {
      return await attempt(opts, call);
    } catch (error) {
      if (!(error instanceof GigawattError) || !RETRYABLE.has(error.code) || tries >= opts.retry.retries) throw error;
      const wait = error.retryAfterSeconds !== undefined ? error.retryAfterSeconds * 1000 : opts.retry.baseDelayMs * 2 ** tries;
      if (wait > opts.retry.maxDelayMs) throw error;
      await sleep(wait, call.signal);
    }
  }
}
