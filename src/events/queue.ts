import type { EventBus, FactChange } from "./types";

export interface QueueOptions<T> {
  /** Which changes this subscriber wants. */
  accept(change: FactChange): boolean;
  /** The value queued for an accepted change. */
  map(change: FactChange): T;
  /** Collapse a change into the value still waiting at the end of the queue (bursts become one event). */
  merge?(waiting: T, change: FactChange): T;
  /** Waiting values beyond this end the subscription with `overflow()` (a client that cannot keep up). */
  max: number;
  overflow(): Error;
  /** Runs before each value is handed out (e.g. fresh DataLoaders for the event's execution). */
  beforeEach?(): void;
}

export type ChangeQueue<T> = AsyncIterableIterator<T> & { readonly pending: number };

/**
 * A subscriber's changes as an async iterator: listens on the bus until returned (the client
 * completes or disconnects), bounded so a slow client costs at most `max` values of memory.
 */
export function subscribeQueue<T>(bus: EventBus, opts: QueueOptions<T>): ChangeQueue<T> {
  const queue: T[] = [];
  let failure: Error | null = null;
  let done = false;
  let wake: (() => void) | null = null;
  const signal = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  const unsubscribe = bus.subscribe((change) => {
    if (done || failure || !opts.accept(change)) return;
    if (opts.merge && queue.length > 0) queue[queue.length - 1] = opts.merge(queue[queue.length - 1]!, change);
    else if (queue.length >= opts.max) failure = opts.overflow();
    else queue.push(opts.map(change));
    signal();
  });
  const finish = (): IteratorResult<T> => {
    done = true;
    queue.length = 0;
    unsubscribe();
    signal();
    return { done: true, value: undefined };
  };
  const iterator: ChangeQueue<T> = {
    get pending() {
      return queue.length;
    },
    async next(): Promise<IteratorResult<T>> {
      while (!done) {
        if (queue.length > 0) {
          opts.beforeEach?.();
          return { done: false, value: queue.shift()! };
        }
        if (failure) {
          const err = failure;
          finish();
          throw err;
        }
        await new Promise<void>((resolve) => (wake = resolve));
      }
      return { done: true, value: undefined };
    },
    async return(): Promise<IteratorResult<T>> {
      return finish();
    },
    async throw(err?: unknown): Promise<IteratorResult<T>> {
      finish();
      throw err;
    },
    [Symbol.asyncIterator]() {
      return iterator;
    },
  };
  return iterator;
}
