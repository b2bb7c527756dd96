import type { Db } from "./db/client";
import type { Config } from "./config";

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
}

export interface ContextDeps {
  db: Db;
  config: Context["config"];
}
