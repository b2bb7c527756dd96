import type { Db } from "./db/client";
import { createLoaders, type Loaders } from "./loaders";
import type { QueryTally } from "./db/query-counter";
import type { Config } from "./config";

/** Who is calling: an API key's id and role, or anonymous. */
export interface Viewer {
  keyId: string | null;
  role: "anonymous" | "reader" | "editor" | "admin";
}

/** The request's cost in points: estimated before execution, counted after (extensions.cost). */
export interface RequestCost {
  requested: number | null;
  actual: number | null;
}

/** Everything a resolver may use. Loaders are new for every request, so nothing leaks between requests. */
export interface Context {
  db: Db;
  loaders: Loaders;
  requestId: string;
  config: Pick<Config, "MAX_QUERY_COST" | "MAX_QUERY_DEPTH">;
  tally: QueryTally;
  viewer: Viewer;
  cost: RequestCost;
}

export interface ContextDeps {
  db: Db;
  config: Context["config"];
}

export const ANONYMOUS: Viewer = Object.freeze({ keyId: null, role: "anonymous" });

export function createContext(deps: ContextDeps, requestId: string, tally: QueryTally, viewer: Viewer = ANONYMOUS): Context {
  return { db: deps.db, loaders: createLoaders(deps.db), requestId, config: deps.config, tally, viewer, cost: { requested: null, actual: null } };
}
