import net from "node:net";
import { DatabaseUnavailableError, describeDatabaseError } from "./errors";

/**
 * Bounds on every PostgreSQL wait, so nothing hangs when the database is refused or silent.
 * Connect and statement timeouts are postgres.js options; the wait for a pool connection has no
 * option there, so `queryTimeoutMs` bounds acquisition and execution together on our side.
 */
export interface DbTimeouts {
  connectTimeoutMs: number;
  /** PostgreSQL's statement_timeout; 0 = none. */
  statementTimeoutMs: number;
  /** Client-side: a query (pool wait included) with no answer by then fails as unavailable; 0 = none. */
  queryTimeoutMs: number;
}

/** A query slower than this makes the monitor check that the database still answers. */
export const SUSPECT_AFTER_MS = 400;
/** While up, a check within this long of a successful one is answered from that one. */
export const CHECK_REUSE_MS = 250;
/** How long the monitor's `select 1` may take before the database counts as down. */
export const PROBE_TIMEOUT_MS = 750;
/** While down, how often the monitor tries again. */
export const RECOVERY_INTERVAL_MS = 500;

export type HealthState = "up" | "down";

export interface HealthEvents {
  onDown?(reason: string): void;
  onUp?(downForMs: number): void;
}

/** `select 1` on a connection outside the pool; `reset` drops that connection after a failure. */
export interface Probe {
  run(): PromiseLike<unknown>;
  reset(): void;
}

interface Pending {
  started: number;
  fail(err: Error): void;
  cancel?: () => void;
}

/**
 * A small circuit breaker in front of the pool. Hand-rolled because the kept breakers
 * (opossum, cockatiel) decide "down" by error rates over time windows, while a silent
 * (black-holed) database must be declared down within a second by asking it directly: a slow
 * query or a connection error triggers one `select 1` on a separate connection; if that fails,
 * every waiting query fails at once, the pool's sockets are dropped (they may be stuck on a dead
 * link), and queries fail fast until a probe succeeds again (every 500 ms).
 */
export class DatabaseHealth {
  state: HealthState = "up";
  reason: string | null = null;
  private downSince = 0;
  /** Last time any pool or monitor socket received bytes: a busy database is not a silent one. */
  private lastHeard = 0;
  private lastOk = 0;
  private probing: Promise<boolean> | null = null;
  private readonly pending = new Set<Pending>();
  private readonly sockets = new Set<net.Socket>();
  private readonly scanner: NodeJS.Timeout;
  private recovery: NodeJS.Timeout | null = null;
  private closed = false;

  constructor(
    private readonly probe: Probe,
    private readonly timeouts: DbTimeouts,
    private readonly events: HealthEvents = {},
  ) {
    this.scanner = setInterval(() => this.scan(), 100);
    this.scanner.unref();
  }

  /** Runs one database call under the breaker and the query deadline. */
  run<T>(start: () => PromiseLike<T>, opts: { cancel?: () => void; deadline?: boolean } = {}): Promise<T> {
    if (this.state === "down") return Promise.reject(new DatabaseUnavailableError(this.reason ?? "the database is down"));
    return new Promise<T>((resolve, reject) => {
      let done = false;
      const entry: Pending = {
        started: opts.deadline === false ? Infinity : Date.now(),
        cancel: opts.cancel,
        fail: (err) => finish(() => reject(err)),
      };
      const finish = (then: () => void) => {
        if (done) return;
        done = true;
        this.pending.delete(entry);
        then();
      };
      this.pending.add(entry);
      start().then(
        (value) => finish(() => resolve(value)),
        (err: unknown) => {
          const d = describeDatabaseError(err);
          if (!d.unavailable) return finish(() => reject(err));
          if (d.transient) void this.check();
          finish(() => reject(new DatabaseUnavailableError(d.reason, { cause: err })));
        },
      );
    });
  }

  /** Asks the database directly (deduplicated); true when it answered. */
  check(): Promise<boolean> {
    if (this.closed) return Promise.resolve(false);
    if (this.state === "up" && Date.now() - this.lastOk < CHECK_REUSE_MS) return Promise.resolve(true);
    this.probing ??= this.probeOnce().finally(() => (this.probing = null));
    return this.probing;
  }

  /** Sockets of the pool, so a dead link can be dropped instead of waited on. */
  track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on("data", () => (this.lastHeard = Date.now()));
    socket.once("close", () => this.sockets.delete(socket));
  }

  close(): void {
    this.closed = true;
    clearInterval(this.scanner);
    if (this.recovery) clearTimeout(this.recovery);
  }

  private async probeOnce(): Promise<boolean> {
    try {
      await withDeadline(this.probe.run(), PROBE_TIMEOUT_MS, "no answer");
      this.lastOk = Date.now();
      this.markUp();
      return true;
    } catch (err) {
      // Slow, not silent: the database sent bytes on some connection while the probe waited.
      if (err instanceof DatabaseUnavailableError && err.silent && this.state === "up" && Date.now() - this.lastHeard < PROBE_TIMEOUT_MS) return true;
      // A fresh connection for the next probe: one that failed mid-handshake may never recover.
      this.probe.reset();
      this.markDown(describeDatabaseError(err).reason);
      return false;
    }
  }

  private scan(): void {
    const now = Date.now();
    let slow = false;
    for (const p of this.pending) {
      const age = now - p.started;
      if (this.timeouts.queryTimeoutMs > 0 && age > this.timeouts.queryTimeoutMs) {
        p.cancel?.();
        p.fail(new DatabaseUnavailableError(`no answer within ${this.timeouts.queryTimeoutMs} ms`, { silent: true }));
      } else if (age > SUSPECT_AFTER_MS) slow = true;
    }
    if (slow && this.state === "up") void this.check();
  }

  private markDown(reason: string): void {
    this.reason = reason;
    if (this.state === "up") {
      this.state = "down";
      this.downSince = Date.now();
      this.events.onDown?.(reason);
    }
    const err = new DatabaseUnavailableError(reason);
    for (const p of [...this.pending]) p.fail(err);
    for (const s of [...this.sockets]) s.destroy();
    this.scheduleRecovery();
  }

  private markUp(): void {
    if (this.recovery) clearTimeout(this.recovery);
    this.recovery = null;
    if (this.state === "down") {
      this.state = "up";
      this.reason = null;
      this.events.onUp?.(Date.now() - this.downSince);
    }
  }

  private scheduleRecovery(): void {
    if (this.recovery || this.closed) return;
    this.recovery = setTimeout(() => {
      this.recovery = null;
      void this.check();
    }, RECOVERY_INTERVAL_MS);
    this.recovery.unref();
  }
}

/**
 * Rejects after `ms`, but only once the event loop has also polled for I/O (setImmediate):
 * an answer that arrived while the loop was busy still counts, so load alone never reads as an
 * outage.
 */
export function withDeadline<T>(work: PromiseLike<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    const timer = setTimeout(
      () =>
        setImmediate(() => {
          if (!settled) reject(new DatabaseUnavailableError(`${what} within ${ms} ms`, { silent: true }));
          settled = true;
        }),
      ms,
    );
    work.then(
      (v) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

/**
 * postgres.js `socket` option: opens the TCP connection itself and registers it with the breaker,
 * so a dead link can be dropped. The socket is handed over while still connecting (postgres.js
 * writes its start-up message, which waits for the connection): a factory that rejected instead
 * would leave postgres.js' connection slot stuck, since no `close` ever follows. Connect failures
 * arrive as the socket's `error`, and postgres.js' connect_timeout bounds the wait.
 */
export function trackedSocket(health: DatabaseHealth) {
  return (options: { host: string[]; port: number[] }): net.Socket => {
    const socket = net.connect({ host: options.host[0], port: options.port[0] });
    health.track(socket);
    return socket;
  };
}

const DRIVER_CONNECTION_CODES = new Set(["CONNECTION_DESTROYED", "CONNECTION_CLOSED", "CONNECTION_ENDED", "CONNECT_TIMEOUT", "ECONNRESET", "ECONNREFUSED", "EPIPE"]);

/**
 * postgres.js fetches array types on each new connection without handling that query's failure
 * (connection.js: `return fetchArrayTypes()`), so a connection dropped at that moment — by an
 * outage, or by the breaker dropping dead sockets — is an unhandled rejection, which would end
 * the process. Those (and only those: a driver connection error) are logged; anything else still
 * crashes as Node would.
 */
export function survivePostgresConnectionRejections(log: (err: unknown) => void): void {
  process.on("unhandledRejection", (reason) => {
    const r = reason as { code?: unknown; address?: unknown } | null;
    if (r && typeof r.code === "string" && DRIVER_CONNECTION_CODES.has(r.code) && "address" in r) return log(reason);
    throw reason;
  });
}
