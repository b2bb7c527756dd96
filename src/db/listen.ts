import { sql } from "drizzle-orm";
import type { Db } from "./client";

/** The LISTEN side of a channel: `onPayload` per notification, `onReconnect` when a dropped listening connection is back. */
export interface ListenHandlers {
  onPayload(payload: string): void;
  /** PostgreSQL only: notifications sent while the connection was down are lost; catch up here. */
  onReconnect?(): void;
}

type PostgresJsListen = {
  listen(channel: string, onnotify: (v: string) => void, onlisten?: () => void): Promise<{ unlisten(): Promise<void> }>;
};
type PgliteListen = { listen(channel: string, cb: (payload: string) => void): Promise<() => Promise<void>> };

/** postgres.js (a callable with `begin`) or PGlite (an object with `listen`) behind drizzle's `$client`. */
function driverOf(db: Db): { kind: "postgres"; client: PostgresJsListen } | { kind: "pglite"; client: PgliteListen } | null {
  const client = (db as unknown as { $client?: unknown }).$client as Record<string, unknown> | undefined;
  if (typeof client === "function" && typeof (client as unknown as { begin?: unknown }).begin === "function") {
    return { kind: "postgres", client: client as unknown as PostgresJsListen };
  }
  if (client && typeof client.listen === "function") return { kind: "pglite", client: client as unknown as PgliteListen };
  return null;
}

/**
 * LISTEN on `channel` with the driver behind `db`: postgres.js keeps one dedicated connection
 * for all its listeners and re-listens after a drop (`onReconnect` then runs); PGlite delivers
 * in process. Returns the unlisten, or null when the driver cannot listen.
 */
export async function listenChannel(db: Db, channel: string, handlers: ListenHandlers): Promise<(() => Promise<void>) | null> {
  const driver = driverOf(db);
  if (driver?.kind === "postgres") {
    let listening = false;
    const req = await driver.client.listen(channel, (payload) => handlers.onPayload(payload), () => {
      if (listening) handlers.onReconnect?.();
      listening = true;
    });
    return () => req.unlisten();
  }
  if (driver?.kind === "pglite") {
    const unsub = await driver.client.listen(channel, (payload) => handlers.onPayload(payload));
    return async () => {
      await unsub().catch(() => undefined);
    };
  }
  return null;
}

/**
 * NOTIFY one payload per element of `payloads` in one statement (one round trip). Inside a
 * transaction they are delivered when it commits, in order; PostgreSQL drops exact duplicates
 * within a transaction, so callers make payloads unique. Each payload must stay under 8000 bytes.
 */
export async function notifyChannel(db: Pick<Db, "execute">, channel: string, payloads: readonly string[]): Promise<void> {
  if (payloads.length === 0) return;
  if (payloads.length === 1) {
    await db.execute(sql`select pg_notify(${channel}, ${payloads[0]})`);
    return;
  }
  await db.execute(sql`select pg_notify(${channel}, p) from json_array_elements_text(${JSON.stringify(payloads)}::json) with ordinality as t(p, n) order by n`);
}
