import type { Database } from "./db/client";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { createServer, type GigawattServer } from "./server";
import { createCaching } from "./cache";
import type { Context } from "./context";
import { watchSectorFigures } from "./modules/sector";
import { watchDatabase } from "./shared/metrics";
import { createEventBus, type ProcessEventBus } from "./events";

export interface AppDeps {
  database: Database;
  config: Config;
  logger: Logger;
}

export interface App {
  server: GigawattServer;
  /** Fact changes: Redis pub/sub, PostgreSQL LISTEN/NOTIFY or in process (src/events). */
  events: ProcessEventBus;
  close(): Promise<void>;
}

/** The server with the parts that need set-up and tear-down (the response cache, Redis). */
export async function createApp(deps: AppDeps): Promise<App> {
  watchDatabase(deps.database, deps.config.DB_POOL_MAX);
  const caching = await createCaching<Context>({ responseCache: deps.config.RESPONSE_CACHE, redisUrl: deps.config.REDIS_URL, db: deps.database.db, logger: deps.logger });
  const stopSectorWatch = await watchSectorFigures(deps.database.db);
  const events = await createEventBus({ database: deps.database, redisUrl: deps.config.REDIS_URL, logger: deps.logger });
  const server = await createServer({ database: deps.database, config: deps.config, logger: deps.logger, plugins: caching.plugins, cache: caching.cache, events });
  return {
    server,
    events,
    close: async () => {
      await server.close();
      // After the server: its sockets are closed, so no subscriber is left listening.
      await events.close();
      await caching.close();
      await stopSectorWatch();
    },
  };
}
