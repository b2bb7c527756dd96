import type { Database } from "./db/client";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { createServer, type GigawattServer } from "./server";
import { createCaching } from "./cache";
import type { Context } from "./context";

export interface AppDeps {
  database: Database;
  config: Config;
  logger: Logger;
}

export interface App {
  server: GigawattServer;
  close(): Promise<void>;
}

/** The server with the parts that need set-up and tear-down (the response cache, Redis). */
export async function createApp(deps: AppDeps): Promise<App> {
  const caching = await createCaching<Context>({ responseCache: deps.config.RESPONSE_CACHE, redisUrl: deps.config.REDIS_URL, db: deps.database.db, logger: deps.logger });
  const server = await createServer({ database: deps.database, config: deps.config, logger: deps.logger, plugins: caching.plugins, cache: caching.cache });
  return {
    server,
    close: async () => {
      await server.close();
      await caching.close();
    },
  };
}
