import http from "node:http";
import { ApolloServer, type ApolloServerPlugin } from "@apollo/server";
import { ApolloServerPluginLandingPageDisabled, ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import type { Database } from "./db/client";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { buildGigawattSchema } from "./schema";
import type { Context } from "./context";
import { cachePolicyPlugin } from "./cache/plugins";
import { formatError, requestIdOnErrorsPlugin } from "./http/errors";
import { limitsPlugin } from "./http/limits-plugin";
import { graphqlEndpoint } from "./http/graphql";
import type { AnswerCache } from "./http/types";
import { createPipeline } from "./http/pipeline";
import { middlewareTable, routeTable } from "./http/routes";

export interface ServerDeps {
  database: Database;
  config: Pick<Config, "MAX_QUERY_COST" | "MAX_QUERY_DEPTH" | "NODE_ENV">;
  logger: Logger;
  /** Extra Apollo plugins (shared APQ, ...). */
  plugins?: ApolloServerPlugin<Context>[];
  /** The response cache (createCaching().cache); without it every answer is computed. */
  cache?: AnswerCache;
}

export interface GigawattServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

/**
 * The HTTP server: Apollo (with the cache policy, limits and error plugins) behind the request
 * pipeline (src/http/pipeline.ts) and its route table (src/http/routes.ts). Tests and the bench
 * use it as it is.
 */
export async function createServer(deps: ServerDeps): Promise<GigawattServer> {
  const schema = buildGigawattSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (src/index.ts): Apollo re-raising SIGTERM would race it.
    stopOnTerminationSignals: false,
    formatError: formatError(deps.logger),
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin<Context>(),
      limitsPlugin(),
      requestIdOnErrorsPlugin(),
      ...(deps.plugins ?? []),
    ],
  });
  await apollo.start();
  const graphql = graphqlEndpoint({ apollo, schema, context: { db: deps.database.db, config: deps.config }, cache: deps.cache });
  const routeDeps = { database: deps.database, graphql };
  const handler = createPipeline({ routes: routeTable(routeDeps), middleware: middlewareTable(routeDeps), logger: deps.logger });
  const httpServer = http.createServer((req, res) => void handler(req, res));
  httpServer.keepAliveTimeout = 65_000;
  return {
    apollo,
    httpServer,
    handler,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const addr = httpServer.address();
          resolve(typeof addr === "object" && addr ? addr.port : port);
        });
      }),
    close: async () => {
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await apollo.stop();
    },
  };
}
