import type { Db } from "./db/client";
import type { Config } from "./config";
import { createLoaders, type Loaders } from "./loaders";
import type { QueryTally } from "./db/query-counter";

/** Everything a resolver may use. Loaders are new for every request, so nothing leaks between requests. */
export interface Context {
  db: Db;
  loaders: Loaders;
  requestId: string;
  config: Pick<Config, "MAX_QUERY_COST" | "MAX_QUERY_DEPTH">;
  tally: QueryTally;
}

export interface ContextDeps {
  db: Db;
  config: Context["config"];
}

export function createContext(deps: ContextDeps, requestId: string, tally: QueryTally): Context {
  return { db: deps.db, loaders: createLoaders(deps.db), requestId, config: deps.config, tally };
}
