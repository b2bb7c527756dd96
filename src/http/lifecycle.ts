import http from "node:http";
import net from "node:net";
import type { Database } from "../db/client";
import type { Config } from "../config";
import type { Logger } from "../logger";

export type ConnectionConfig = Pick<Config, "HTTP_HEADERS_TIMEOUT_MS" | "HTTP_REQUEST_TIMEOUT_MS" | "HTTP_MAX_CONNECTIONS">;

/**
 * Slow clients get seconds, not minutes: the headers within HTTP_HEADERS_TIMEOUT_MS, the whole
 * request (body included) within HTTP_REQUEST_TIMEOUT_MS, else 408 and the socket is closed.
 * Node checks these every `connectionsCheckingInterval` (30 s by default), so check every second.
 */
export function serverOptions(config: Partial<ConnectionConfig>): http.ServerOptions {
  const headersTimeout = config.HTTP_HEADERS_TIMEOUT_MS ?? 10_000;
  return {
    headersTimeout,
    requestTimeout: Math.max(config.HTTP_REQUEST_TIMEOUT_MS ?? 20_000, headersTimeout),
    // Longer than the usual load balancer idle timeout (60 s), so the balancer closes first.
    keepAliveTimeout: 65_000,
    connectionsCheckingInterval: 1_000,
  };
}

export interface DrainOptions {
  /** Wait this long for idle keep-alive connections to send one more request (answered with `Connection: close`). */
  graceMs: number;
  /** Give up waiting for in-flight requests after this long (their sockets are then destroyed). */
  timeoutMs: number;
}

/**
 * Draining on SIGTERM: /readyz answers 503 at once, the listening socket closes (new connections
 * are refused), every response from now on carries `Connection: close`, in-flight requests
 * finish. Idle keep-alive sockets are closed only after a short grace: closing one at once (as
 * `http.Server.close()` does) would reset a request the client is sending on it at that moment.
 */
export class Lifecycle {
  draining = false;
  private readonly active = new Set<http.ServerResponse>();
  private lastDropWarning = 0;
  private readonly drainHooks: Array<() => Promise<void> | void> = [];

  constructor(
    private readonly server: http.Server,
    config: Partial<ConnectionConfig>,
    private readonly logger?: Logger,
  ) {
    server.maxConnections = config.HTTP_MAX_CONNECTIONS ?? 1_024;
    server.on("drop", () => {
      if (Date.now() - this.lastDropWarning < 10_000) return;
      this.lastDropWarning = Date.now();
      this.logger?.warn({ maxConnections: server.maxConnections }, "connection cap reached; new connections are dropped");
    });
    // Before the app's handler, so the header is set before any response is written.
    server.prependListener("request", (_req: http.IncomingMessage, res: http.ServerResponse) => {
      if (this.draining) res.setHeader("connection", "close");
      this.active.add(res);
      res.once("close", () => this.active.delete(res));
    });
  }

  /**
   * Runs when draining starts, before waiting for connections: long-lived ones (WebSockets) are
   * not requests that finish by themselves, so their owner closes them here.
   */
  onDrain(hook: () => Promise<void> | void): void {
    this.drainHooks.push(hook);
  }

  /** Stops taking work and resolves once every connection has closed (true) or the timeout hit (false). */
  async drain(opts: DrainOptions): Promise<boolean> {
    if (this.draining) return true;
    this.draining = true;
    await Promise.all(this.drainHooks.map(async (hook) => hook())).catch((err: unknown) => this.logger?.warn({ err }, "a drain hook failed"));
    for (const res of this.active) if (!res.headersSent) res.setHeader("connection", "close");
    const closed = new Promise<void>((resolve) => {
      if (!this.server.listening) return resolve();
      // net.Server#close: stop listening, but unlike http.Server#close leave idle sockets for now.
      net.Server.prototype.close.call(this.server, () => resolve());
    });
    const deadline = Date.now() + opts.timeoutMs;
    await Promise.race([closed, sleep(Math.min(opts.graceMs, opts.timeoutMs))]);
    let done = false;
    void closed.then(() => (done = true));
    while (!done && Date.now() < deadline) {
      // After the loop's I/O poll (setImmediate), so a request that arrived while the loop was
      // busy has been read and owns its socket; the rest are idle: close them.
      await new Promise((resolve) => setImmediate(resolve));
      this.server.closeIdleConnections();
      await Promise.race([closed, sleep(25)]);
    }
    if (!done) this.server.closeAllConnections();
    return done;
  }
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms).unref());
}

/** /readyz: 503 while draining or while the database is down (answered from the breaker at once). */
export async function readyz(res: http.ServerResponse, database: Database, lifecycle: Lifecycle): Promise<void> {
  const send = (status: number, body: object) => {
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), "cache-control": "no-store" });
    res.end(text);
  };
  if (lifecycle.draining) return send(503, { status: "draining", database: database.kind });
  try {
    await database.ping();
    send(200, { status: "ready", database: database.kind });
  } catch {
    // The cause goes to the log (once per outage), not to a public endpoint.
    send(503, { status: "unavailable", database: database.kind });
  }
}
