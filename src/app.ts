import type { Database } from "./db/client";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { createServer, type GigawattServer } from "./server";
import { createGraphiqlHandler } from "./http/graphiql";
import { loadExamples } from "./http/examples";
import { createCsvRoute } from "./http/csv";
import { createCaching } from "./cache";
import type { Context } from "./context";
import { metricsRoute } from "./http/metrics";
import { mcpRoute } from "./mcp/route";
import { watchDatabase } from "./shared/metrics";

export interface AppDeps {
  database: Database;
  config: Config;
  logger: Logger;
}

export interface App {
  server: GigawattServer;
  close(): Promise<void>;
}

/** Wires the optional parts (GraphiQL, CSV, cache) around the core server. */
export async function createApp(deps: AppDeps): Promise<App> {
  watchDatabase(deps.database, deps.config.DB_POOL_MAX);
  const graphiql = createGraphiqlHandler({ endpoint: "/graphql", examples: loadExamples() });
  const caching = await createCaching<Context>({ responseCache: deps.config.RESPONSE_CACHE, redisUrl: deps.config.REDIS_URL, db: deps.database.db, logger: deps.logger });
  const server = await createServer({ database: deps.database, config: deps.config, logger: deps.logger, routes: [metricsRoute(), ...(deps.config.MCP_ENDPOINT ? [mcpRoute()] : []), graphiql, createCsvRoute(), ...caching.routes], plugins: caching.plugins });
  return {
    server,
    close: async () => {
      await server.close();
      await caching.close();
    },
  };
}
