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
import { queryLimits, type LimitsConfig } from "./http/limits-plugin";
import { createGate, type GateConfig } from "./http/gate";
import { costPlugin } from "./http/cost-plugin";
import { operationNamePlugin } from "./http/metrics";
import { apolloRunner, graphqlEndpoint } from "./http/graphql";
import type { AnswerCache } from "./http/types";
import { createPipeline } from "./http/pipeline";
import { middlewareTable, routeTable } from "./http/routes";
import { Lifecycle, serverOptions, type ConnectionConfig, type DrainOptions } from "./http/lifecycle";
import { serviceUnavailablePlugin } from "./http/unavailable";
import { mcpHandler } from "./mcp/route";
import { attachSubscriptions, type SubscriptionServer } from "./http/subscriptions";
import type { EventBus } from "./events/types";
import { jitGateway } from "./http/executor";
import { fastLane } from "./http/fast-lane";

export interface ServerDeps {
  database: Database;
  config: LimitsConfig & GateConfig & Pick<Config, "NODE_ENV" | "DOCUMENTS_DIR"> & Partial<ConnectionConfig> & Partial<Pick<Config, "WS_MAX_CONNECTIONS_PER_CLIENT" | "WS_MAX_SUBSCRIPTIONS_PER_CLIENT" | "GRAPHQL_JIT" | "GRAPHQL_FAST_LANE">>;
  logger: Logger;
  /** Extra Apollo plugins (shared APQ, ...). */
  plugins?: ApolloServerPlugin<Context>[];
  /** The response cache (createCaching().cache); without it every answer is computed. */
  cache?: AnswerCache;
  /** Fact changes (src/events): `ctx.events` for writes and subscriptions; without it, subscriptions answer SERVICE_UNAVAILABLE. */
  events?: EventBus;
}

export interface GigawattServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  /** graphql-ws on the `upgrade` of /graphql. */
  subscriptions: SubscriptionServer;
  listen(port: number, host: string): Promise<number>;
  /** SIGTERM: readiness off, stop accepting, finish in-flight requests; false if the timeout hit. */
  drain(opts: DrainOptions): Promise<boolean>;
  close(): Promise<void>;
}

/**
 * The HTTP server: Apollo (with the cache policy, limits and error plugins) behind the request
 * pipeline (src/http/pipeline.ts) and its route table (src/http/routes.ts). Tests and the bench
 * use it as it is.
 */
export async function createServer(deps: ServerDeps): Promise<GigawattServer> {
  const schema = buildGigawattSchema();
  const limits = queryLimits(deps.config);
  const gate = createGate({ db: deps.database.db, config: deps.config, logger: deps.logger });
  // Tests compile and take the fast lane from an operation's first run, so every suite goes through both.
  const hotAfter = deps.config.NODE_ENV === "test" ? 1 : undefined;
  const apollo = new ApolloServer<Context>({
    // Compiled execution unless switched off (src/http/executor.ts); Apollo's pipeline is the same either way.
    ...(deps.config.GRAPHQL_JIT === false ? { schema } : { gateway: jitGateway(schema, { hotAfter }) }),
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (src/index.ts): Apollo re-raising SIGTERM would race it.
    stopOnTerminationSignals: false,
    formatError: formatError(deps.logger),
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
      cachePolicyPlugin<Context>(),
      operationNamePlugin(),
      limits.plugin,
      costPlugin(gate.limiter),
      requestIdOnErrorsPlugin(deps.logger),
      serviceUnavailablePlugin(),
      ...(deps.plugins ?? []),
    ],
  });
  await apollo.start();
  const context = { db: deps.database.db, config: deps.config, events: deps.events };
  const lane =
    deps.config.GRAPHQL_JIT === false || deps.config.GRAPHQL_FAST_LANE === false
      ? undefined
      : fastLane({
          schema,
          context,
          limits: deps.config,
          limiter: gate.limiter,
          parseOptions: limits.parseOptions,
          validationRules: limits.validationRules,
          hotAfter,
        });
  const graphql = graphqlEndpoint({ apollo, schema, context, cache: deps.cache, maxQueryBytes: deps.config.MAX_QUERY_BYTES, fastLane: lane });
  const httpServer = http.createServer(serverOptions(deps.config));
  const lifecycle = new Lifecycle(httpServer, deps.config, deps.logger);
  const runGraphQL = apolloRunner(apollo, context);
  const routeDeps = { database: deps.database, graphql, lifecycle, gate, schema, run: runGraphQL, documentsDir: deps.config.DOCUMENTS_DIR, runGraphQL, mcp: mcpHandler(runGraphQL) };
  const handler = createPipeline({ routes: routeTable(routeDeps), middleware: middlewareTable(routeDeps), logger: deps.logger });
  httpServer.on("request", (req, res) => void handler(req, res));
  const subscriptions = attachSubscriptions({
    httpServer,
    schema,
    context,
    gate,
    lifecycle,
    logger: deps.logger,
    config: { ...deps.config, WS_MAX_CONNECTIONS_PER_CLIENT: deps.config.WS_MAX_CONNECTIONS_PER_CLIENT ?? 8, WS_MAX_SUBSCRIPTIONS_PER_CLIENT: deps.config.WS_MAX_SUBSCRIPTIONS_PER_CLIENT ?? 50 },
  });
  return {
    apollo,
    httpServer,
    handler,
    subscriptions,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once("error", reject);
        httpServer.listen(port, host, () => {
          const addr = httpServer.address();
          resolve(typeof addr === "object" && addr ? addr.port : port);
        });
      }),
    drain: (opts) => lifecycle.drain(opts),
    close: async () => {
      await subscriptions.close();
      await new Promise<void>((resolve) => {
        httpServer.close(() => resolve());
        httpServer.closeIdleConnections();
      });
      await apollo.stop();
      await gate.close();
    },
  };
}
