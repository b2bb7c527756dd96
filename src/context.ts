import type { Db } from "./db/client";
import { createLoaders, type Loaders } from "./loaders";
import type { Config } from "./config";
import { ANONYMOUS, type Viewer } from "./shared/auth";

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
}

export interface ContextDeps {
  db: Db;
  config: Context["config"];
}

/** Per request: `viewer` and `cost` come from the HTTP gate (src/http/gate.ts) when it ran. */
export function createContext(deps: ContextDeps, requestId: string, given: { viewer?: Viewer; cost?: RequestCost } = {}): Context {
  const cost = given.cost ?? { requested: null, actual: null, client: null, throttle: null };
  return { db: deps.db, loaders: createLoaders(deps.db), requestId, config: deps.config, viewer: given.viewer ?? ANONYMOUS, cost };
}
