import type { Database } from "./db/client";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { createServer, type GigawattServer } from "./server";
import { createGraphiqlHandler } from "./http/graphiql";
import { loadExamples } from "./http/examples";

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
  const graphiql = createGraphiqlHandler({ endpoint: "/graphql", examples: loadExamples() });
  const server = await createServer({ database: deps.database, config: deps.config, logger: deps.logger, routes: [graphiql] });
  return { server, close: () => server.close() };
}
