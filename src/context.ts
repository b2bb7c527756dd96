import type { Db } from "./db/client";
import type { Config } from "./config";
import { ANONYMOUS, type Viewer } from "./shared/auth";
import type { EventBus } from "./events/types";

export type { Viewer };

/** The request's cost in points: estimated before execution, counted after (extensions.cost). */
export interface RequestCost {
  requested: number | null;
  actual: number | null;
  /** Whose bucket pays: `key:<id>` or `ip:<address>`; null when rate limiting is off. */
  client: string | null;
  /** The bucket as the gate left it (Shopify's throttleStatus); null when rate limiting is off. */
  throttle: { maximumAvailable: number; currentlyAvailable: number; restoreRate: number } | null;
}

/**
 * The request's DataLoaders. Declared empty here, at the bottom of the house, and filled in by
 * src/loaders.ts (declaration merging), which builds them from the modules above: resolvers read
 * `ctx.loaders.x` fully typed without the context depending on the modules.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Loaders {}

/**
 * Everything a resolver may use. Loaders are new for every request, so nothing leaks between
 * requests. The request's SQL tally lives in AsyncLocalStorage (src/db/query-counter.ts).
 */
export interface Context {
  db: Db;
  loaders: Loaders;
  requestId: string;
  config: Pick<Config, "MAX_QUERY_COST" | "MAX_QUERY_DEPTH">;
  viewer: Viewer;
  cost: RequestCost;
  /** Fact changes: writes publish after they commit; subscriptions listen (absent in tools without a server). */
  events?: EventBus;
  /** Subscriptions only: fresh DataLoaders before each event (a context that lives for hours must not cache across events). */
  renewLoaders?(): void;
}

export interface ContextDeps {
  db: Db;
  config: Context["config"];
  events?: EventBus;
}
