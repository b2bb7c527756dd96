import WebSocket from "ws";
import { createClient, type Client, type FormattedExecutionResult } from "graphql-ws";

export interface Closed {
  code: number;
  reason: string;
}

/** One subscription's results in arrival order, awaited one at a time. */
export interface LiveSubscription {
  /** The next result (data or errors); rejects after `timeoutMs`. */
  next(timeoutMs?: number): Promise<FormattedExecutionResult>;
  /** Resolves when the server completes the operation or sends an error message (the errors). */
  ended: Promise<unknown[] | null>;
  /** Results received and not yet taken by next(). */
  readonly waiting: number;
  stop(): void;
}

export interface LiveClient {
  client: Client;
  /** The socket's close (code and reason). */
  closed: Promise<Closed>;
  /** Resolves once connection_ack has arrived. */
  connected: Promise<void>;
  subscribe(query: string, variables?: Record<string, unknown>): LiveSubscription;
  dispose(): Promise<void>;
}

/** A graphql-ws client (the package the server uses) on `<url>/graphql`, eager and without retries. */
export function liveClient(httpUrl: string, opts: { authorization?: string } = {}): LiveClient {
  let onClosed!: (c: Closed) => void;
  let onConnected!: () => void;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const connected = new Promise<void>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: `${httpUrl.replace(/^http/, "ws")}/graphql`,
    webSocketImpl: WebSocket,
    lazy: false,
    retryAttempts: 0,
    connectionParams: opts.authorization ? { authorization: opts.authorization } : undefined,
    on: {
      connected: () => onConnected(),
      closed: (e) => {
        const ev = e as { code?: number; reason?: unknown };
        onClosed({ code: ev.code ?? 0, reason: String(ev.reason ?? "") });
      },
    },
    onNonLazyError: () => undefined,
  });
  return {
    client,
    closed,
    connected,
    subscribe(query, variables) {
      const queue: FormattedExecutionResult[] = [];
      let wake: (() => void) | null = null;
      let end!: (errors: unknown[] | null) => void;
      const ended = new Promise<unknown[] | null>((resolve) => (end = resolve));
      const stop = client.subscribe(
        { query, variables },
        {
          next: (r) => {
            queue.push(r as FormattedExecutionResult);
            wake?.();
          },
          error: (err) => {
            end(Array.isArray(err) ? err : [err]);
            wake?.();
          },
          complete: () => end(null),
        },
      );
      return {
        get waiting() {
          return queue.length;
        },
        ended,
        stop,
        async next(timeoutMs = 5_000) {
          const deadline = Date.now() + timeoutMs;
          while (queue.length === 0) {
            const left = deadline - Date.now();
            if (left <= 0) throw new Error(`no subscription result within ${timeoutMs} ms`);
            await new Promise<void>((resolve) => {
              const t = setTimeout(resolve, left);
              wake = () => {
                clearTimeout(t);
                resolve();
              };
            });
            wake = null;
          }
          return queue.shift()!;
        },
      };
    },
    dispose: async () => {
      await client.dispose();
    },
  };
}

/** A raw socket speaking graphql-transport-ws by hand, for close codes and protocol edges. */
export function rawSocket(httpUrl: string, headers: Record<string, string> = {}, path = "/graphql"): { ws: WebSocket; closed: Promise<Closed>; opened: Promise<void>; messages: unknown[] } {
  const ws = new WebSocket(`${httpUrl.replace(/^http/, "ws")}${path}`, "graphql-transport-ws", { headers });
  const messages: unknown[] = [];
  ws.on("message", (m) => messages.push(JSON.parse(String(m))));
  const closed = new Promise<Closed>((resolve) => ws.once("close", (code, reason) => resolve({ code, reason: String(reason) })));
  const opened = new Promise<void>((resolve, reject) => {
    ws.once("open", () => resolve());
    ws.once("error", reject);
  });
  return { ws, closed, opened, messages };
}
