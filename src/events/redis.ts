import Redis from "ioredis";
import { Listeners, type Warn } from "./local";
import type { EventBus } from "./types";
import { Decoder, encode, newOrigin } from "./wire";

/**
 * Redis pub/sub ignores SELECT: channels are server-wide. The channel therefore names the logical
 * database of REDIS_URL, so deployments that share one Redis by database number never see each
 * other's events.
 */
export function eventsChannel(url: string): string {
  const db = /^\/(\d+)/.exec(new URL(url).pathname)?.[1] ?? "0";
  return `gigawatt:events:${db}:facts`;
}

/** One message stays well below Redis' limits and a subscriber's read buffer. */
const MESSAGE_MAX_BYTES = 256 * 1024;

/**
 * Fact changes through Redis pub/sub: every replica subscribed to the channel delivers them. The
 * publishing process delivers to its own subscribers at once (even while Redis is away) and
 * skips its own messages when they come back. At most once: messages published while a replica
 * is disconnected are not replayed to it.
 */
export async function redisBus(url: string, logger?: Warn): Promise<EventBus & { listening(): number }> {
  const channel = eventsChannel(url);
  const origin = newOrigin();
  const listeners = new Listeners(logger);
  const decoder = new Decoder();
  const common = { connectTimeout: 2_000, retryStrategy: (times: number) => Math.min(times * 200, 2_000) };
  // Publishing fails fast while Redis is away; the subscriber queues its SUBSCRIBE and re-subscribes on reconnect.
  const publisher = new Redis(url, { ...common, enableOfflineQueue: false, maxRetriesPerRequest: 0, commandTimeout: 1_000, lazyConnect: true });
  const subscriber = new Redis(url, { ...common, lazyConnect: true });
  let lastWarn = 0;
  const warn = (err: Error, msg: string) => {
    if (Date.now() - lastWarn < 10_000) return;
    lastWarn = Date.now();
    logger?.warn({ err: err.message }, msg);
  };
  publisher.on("error", (err: Error) => warn(err, "redis unavailable; fact changes reach this server's subscribers only"));
  subscriber.on("error", (err: Error) => warn(err, "redis unavailable; fact changes from other servers are not received"));
  subscriber.on("message", (ch: string, payload: string) => {
    if (ch !== channel) return;
    const got = decoder.decode(payload);
    if (got && got.origin !== origin) listeners.deliver(got.changes);
  });
  await Promise.all([publisher.connect().catch(() => undefined), subscriber.connect().catch(() => undefined)]);
  await subscriber.subscribe(channel).catch((err: Error) => warn(err, "could not subscribe to fact changes"));
  let seq = 0;
  let closed = false;
  return {
    publish: async (changes) => {
      if (closed || changes.length === 0) return;
      listeners.deliver(changes);
      try {
        for (const payload of encode(origin, changes, MESSAGE_MAX_BYTES, () => ++seq)) await publisher.publish(channel, payload);
      } catch (err) {
        warn(err as Error, "could not publish fact changes to other servers");
      }
    },
    subscribe: (listener) => listeners.add(listener),
    /** Listeners in this process (subscriptions being served): for tests and metrics. */
    listening: () => listeners.size,
    close: async () => {
      closed = true;
      listeners.clear();
      publisher.disconnect();
      subscriber.disconnect();
    },
  };
}
