import type { EventBus, FactChange } from "./types";

export interface Warn {
  warn(obj: object, msg: string): void;
}

/**
 * The listeners of one process. Every bus delivers through one of these: the in-process bus
 * directly, the PostgreSQL and Redis buses also for changes that arrive from other processes.
 * A listener that throws is logged and skipped; it never stops delivery to the others.
 */
export class Listeners {
  private readonly set = new Set<(c: FactChange) => void>();
  constructor(private readonly logger?: Warn) {}

  add(listener: (c: FactChange) => void): () => void {
    const own = (c: FactChange) => listener(c);
    this.set.add(own);
    return () => void this.set.delete(own);
  }

  deliver(changes: readonly FactChange[]): void {
    for (const change of changes) {
      for (const listener of this.set) {
        try {
          listener(change);
        } catch (err) {
          this.logger?.warn({ err: err instanceof Error ? err.message : String(err) }, "an event listener failed");
        }
      }
    }
  }

  get size(): number {
    return this.set.size;
  }

  clear(): void {
    this.set.clear();
  }
}

/** PGlite (one process owns the database): publishing is delivering. */
export function localBus(logger?: Warn): EventBus & { listening(): number } {
  const listeners = new Listeners(logger);
  let closed = false;
  return {
    publish: async (changes) => {
      if (!closed) listeners.deliver(changes);
    },
    subscribe: (listener) => listeners.add(listener),
    listening: () => listeners.size,
    close: async () => {
      closed = true;
      listeners.clear();
    },
  };
}
