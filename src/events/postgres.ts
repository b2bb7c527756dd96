import type { Db } from "../db/client";
import { listenChannel, notifyChannel } from "../db/listen";
import { Listeners, type Warn } from "./local";
import type { EventBus } from "./types";
import { Decoder, encode, newOrigin } from "./wire";

/** The NOTIFY channel fact changes travel on between servers sharing one PostgreSQL database. */
export const EVENTS_CHANNEL = "gigawatt_fact_changes";

/** NOTIFY payloads must be shorter than 8000 bytes; keep a margin. */
export const NOTIFY_MAX_BYTES = 7_900;

/**
 * Fact changes through PostgreSQL LISTEN/NOTIFY (the mechanism the cache invalidation uses): the
 * publishing process delivers to its own subscribers at once, and every other server listening on
 * the same database gets the changes when the NOTIFY commits. Delivery is at most once: a
 * notification sent while a listener's connection is down is not replayed.
 */
export async function postgresBus(db: Db, logger?: Warn): Promise<EventBus & { listening(): number }> {
  const origin = newOrigin();
  const listeners = new Listeners(logger);
  const decoder = new Decoder();
  let seq = 0;
  let closed = false;
  const unlisten = await listenChannel(db, EVENTS_CHANNEL, {
    onPayload: (payload) => {
      const got = decoder.decode(payload);
      if (got && got.origin !== origin && !closed) listeners.deliver(got.changes);
    },
  });
  if (!unlisten) throw new Error("this database driver cannot LISTEN");
  return {
    publish: async (changes) => {
      if (closed || changes.length === 0) return;
      listeners.deliver(changes);
      const payloads = encode(origin, changes, NOTIFY_MAX_BYTES, () => ++seq);
      try {
        // Big batches (an import) go in slices, so one statement never carries megabytes of JSON.
        for (let i = 0; i < payloads.length; i += 500) await notifyChannel(db, EVENTS_CHANNEL, payloads.slice(i, i + 500));
      } catch (err) {
        logger?.warn({ err: err instanceof Error ? err.message : String(err), changes: changes.length }, "could not publish fact changes to other servers");
      }
    },
    subscribe: (listener) => listeners.add(listener),
    /** Listeners in this process (subscriptions being served): for tests and metrics. */
    listening: () => listeners.size,
    close: async () => {
      closed = true;
      listeners.clear();
      await unlisten().catch(() => undefined);
    },
  };
}
