import type { Sql, Options } from "postgres";
import { DatabaseHealth, trackedSocket, type DbTimeouts, type HealthEvents } from "./health";

/** Defaults for tools (seed CLI, bench data): connect bound only; servers pass their config. */
export const TOOL_TIMEOUTS: DbTimeouts = { connectTimeoutMs: 10_000, statementTimeoutMs: 0, queryTimeoutMs: 0 };

type AnyOptions = Options<Record<string, never>>;

/**
 * postgres.js options for bounded waits: connect and statement timeouts, idle connections closed
 * after 30 s, sockets opened through the breaker (plain TCP to one host only: with a unix socket
 * path or several hosts postgres.js opens them itself and a dead link is only dropped by TCP).
 */
export function boundedOptions(url: string, health: DatabaseHealth, t: DbTimeouts): Partial<AnyOptions> & { socket?: unknown } {
  const parsed = new URL(url);
  const simple = !parsed.searchParams.has("host") && !parsed.host.includes(",") && parsed.hostname !== "";
  return {
    connect_timeout: t.connectTimeoutMs / 1000,
    idle_timeout: 30,
    // postgres.js backs off up to 20 s between reconnects after failures; the breaker already
    // paces attempts (a probe every 500 ms while down), so reconnect promptly once it is back.
    backoff: () => 0.1,
    ...(simple ? { socket: trackedSocket(health) } : {}),
  };
}

/** Connection parameters (sent at start-up) for the statement timeout. */
export function boundedConnection(t: DbTimeouts): Record<string, string> {
  return t.statementTimeoutMs > 0 ? { statement_timeout: String(t.statementTimeoutMs) } : {};
}

/**
 * The pool, seen through the breaker: every query (tagged template, `unsafe`, `file`) and
 * transaction (`begin`) runs under `health.run`; everything else (options, listen, end) is the
 * client itself. A query is only sent once awaited, so while the database is down it never
 * reaches the pool.
 */
export function guardClient<T extends Sql>(sql: T, health: DatabaseHealth): T {
  return new Proxy(sql, {
    apply(target, thisArg, args: unknown[]) {
      const result = Reflect.apply(target as unknown as (...a: unknown[]) => unknown, thisArg, args);
      return Array.isArray(args[0]) && "raw" in (args[0] as object) ? guardQuery(result, health) : result;
    },
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== "function") return value;
      if (prop === "unsafe" || prop === "file") return (...a: unknown[]) => guardQuery((value as (...x: unknown[]) => unknown)(...a), health);
      if (prop === "begin") return (...a: unknown[]) => health.run(() => (value as (...x: unknown[]) => PromiseLike<unknown>)(...a), { deadline: false });
      return value;
    },
  });
}

/** A postgres.js query whose `then` runs under the breaker; chained setters keep the wrapper. */
function guardQuery(query: unknown, health: DatabaseHealth): unknown {
  const q = query as PromiseLike<unknown> & { cancel?: () => void };
  const proxy: object = new Proxy(q as object, {
    get(target, prop) {
      if (prop === "then") {
        return (onFulfilled?: (v: unknown) => unknown, onRejected?: (e: unknown) => unknown) =>
          health.run(() => q, { cancel: () => q.cancel?.() }).then(onFulfilled, onRejected);
      }
      if (prop === "catch") return (onRejected?: (e: unknown) => unknown) => (proxy as PromiseLike<unknown>).then(undefined, onRejected);
      if (prop === "finally") return (f: () => void) => Promise.resolve(proxy as PromiseLike<unknown>).finally(f);
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== "function") return value;
      return (...a: unknown[]) => {
        const out = (value as (...x: unknown[]) => unknown).apply(target, a);
        return out === target ? proxy : out;
      };
    },
  });
  return proxy;
}

export { DatabaseHealth, type DbTimeouts, type HealthEvents };
