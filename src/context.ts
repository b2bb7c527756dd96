import type { Db } from "./db/client";
import type { Config } from "./config";
import { createLoaders, type Loaders } from "./loaders";

/**
 * Everything a resolver may use. Loaders are new for every request, so nothing leaks between
 * requests. The request's SQL tally lives in AsyncLocalStorage (src/db/query-counter.ts).
 */
export interface Context {
  db: Db;
  loaders: Loaders;
  requestId: string;
  config: Pick<Config, "MAX_QUERY_COST" | "MAX_QUERY_DEPTH">;
}

export interface ContextDeps {
  db: Db;
  config: Context["config"];
}

export function createContext(deps: ContextDeps, requestId: string): Context {
  return { db: deps.db, loaders: createLoaders(deps.db), requestId, config: deps.config };
}
