import http from "node:http";
import { randomUUID } from "node:crypto";
import { ApolloServer, HeaderMap, type ApolloServerPlugin, type HTTPGraphQLResponse } from "@apollo/server";
import type { GraphQLSchema } from "graphql";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import type { Database } from "./db/client";
import type { Config } from "./config";
import type { Logger } from "./logger";
import { buildGigawattSchema } from "./schema";
import type { Context } from "./context";
import { createContext } from "./loaders";
import { runWithQueryTally, type QueryTally } from "./db/query-counter";
import { formatError, requestIdOnErrorsPlugin } from "./http/errors";
import { BodyError, readJsonBody } from "./http/body";
import { limitsPlugin } from "./http/limits-plugin";

export interface ServerDeps {
  database: Database;
  config: Pick<Config, "MAX_QUERY_COST" | "MAX_QUERY_DEPTH" | "NODE_ENV">;
  logger: Logger;
  /** Extra Apollo plugins (response cache, ...). */
  plugins?: ApolloServerPlugin<Context>[];
  /** Extra routes tried before /graphql (GraphiQL, CSV, ...); return true when handled. */
  routes?: Route[];
}

/** A route; it returns true when it handled the request. */
export type Route = (req: http.IncomingMessage, res: http.ServerResponse, tools: RouteTools) => Promise<boolean>;

/** What a route may use from the server (the CSV export runs operations through it). */
export interface RouteTools {
  requestId: string;
  schema: GraphQLSchema;
  /**
   * Runs this request through Apollo exactly as /graphql would (same plugins, limits, context,
   * error codes): method, query string and headers come from the request, `headers` override
   * them, `body` is the already parsed POST body. Returns the response instead of writing it.
   */
  executeGraphQL(input: { body?: unknown; headers?: Record<string, string> }): Promise<ExecutedGraphQL>;
}

export interface ExecutedGraphQL {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface GigawattServer {
  apollo: ApolloServer<Context>;
  httpServer: http.Server;
  handler: (req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>;
  listen(port: number, host: string): Promise<number>;
  close(): Promise<void>;
}

function requestIdOf(req: http.IncomingMessage): string {
  const given = req.headers["x-request-id"];
  return typeof given === "string" && /^[A-Za-z0-9._-]{1,100}$/.test(given) ? given : randomUUID();
}

function sendJson(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(text), ...headers });
  res.end(text);
}

function errorBody(message: string, code: string) {
  return { errors: [{ message, extensions: { code } }] };
}

/** Builds the HTTP server around Apollo; tests and the bench use it as it is. */
export async function createServer(deps: ServerDeps): Promise<GigawattServer> {
  const { database, logger } = deps;
  const schema = buildGigawattSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // Shutdown is ours (src/index.ts): Apollo re-raising SIGTERM would race it.
    stopOnTerminationSignals: false,
    formatError: formatError(logger),
    plugins: [ApolloServerPluginLandingPageDisabled(), limitsPlugin(), requestIdOnErrorsPlugin(), ...(deps.plugins ?? [])],
  });
  await apollo.start();
  const contextDeps = { db: database.db, config: deps.config };

  async function runApollo(
    req: http.IncomingMessage,
    url: URL,
    body: unknown,
    requestId: string,
    tally: QueryTally,
    overrides: Record<string, string> = {},
  ): Promise<HTTPGraphQLResponse> {
    const headers = new HeaderMap();
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined) headers.set(k, Array.isArray(v) ? v.join(", ") : v);
    for (const [k, v] of Object.entries(overrides)) headers.set(k.toLowerCase(), v);
    return apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? "GET", headers, search: url.search, body },
      context: async () => createContext(contextDeps, requestId, tally),
    });
  }

  /** RouteTools.executeGraphQL: the same Apollo call as /graphql, collected into a string. */
  async function executeGraphQL(req: http.IncomingMessage, url: URL, requestId: string, tally: QueryTally, input: { body?: unknown; headers?: Record<string, string> }): Promise<ExecutedGraphQL> {
    const response = await runApollo(req, url, input.body, requestId, tally, input.headers);
    const headers: Record<string, string> = { "x-request-id": requestId };
    for (const [k, v] of response.headers) headers[k] = v;
    let text = "";
    if (response.body.kind === "complete") text = response.body.string;
    else for await (const chunk of response.body.asyncIterator) text += chunk;
    return { status: response.status ?? 200, headers, body: text };
  }

  async function graphql(req: http.IncomingMessage, res: http.ServerResponse, url: URL, requestId: string, tally: QueryTally) {
    if (req.method !== "GET" && req.method !== "POST") {
      sendJson(res, 405, errorBody("Use GET or POST for /graphql.", "BAD_REQUEST"), { allow: "GET, POST" });
      return;
    }
    let body: unknown;
    try {
      body = req.method === "POST" ? await readJsonBody(req) : undefined;
    } catch (e) {
      const status = e instanceof BodyError ? e.status : 400;
      // The rest of the body may be unread: close the connection rather than reuse a dirty socket.
      res.shouldKeepAlive = false;
      req.resume();
      sendJson(res, status, errorBody(e instanceof Error ? e.message : "Bad request.", "BAD_REQUEST"), { connection: "close" });
      return;
    }
    const response = await runApollo(req, url, body, requestId, tally);
    const out: Record<string, string> = { "x-request-id": requestId, "x-sql-statements": String(tally.count) };
    for (const [k, v] of response.headers) out[k] = v;
    if (response.body.kind === "complete") {
      out["content-length"] = String(Buffer.byteLength(response.body.string));
      res.writeHead(response.status ?? 200, out);
      res.end(response.body.string);
      return;
    }
    res.writeHead(response.status ?? 200, out);
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  }

  async function handler(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const requestId = requestIdOf(req);
    const tally: QueryTally = { count: 0 };
    const url = new URL(req.url ?? "/", "http://localhost");
    try {
      await runWithQueryTally(tally, async () => {
        if (url.pathname === "/healthz") return sendJson(res, 200, { status: "ok" });
        if (url.pathname === "/readyz") {
          try {
            await database.ping();
            return sendJson(res, 200, { status: "ready", database: database.kind });
          } catch {
            return sendJson(res, 503, { status: "unavailable", database: database.kind });
          }
        }
        const tools: RouteTools = { requestId, schema, executeGraphQL: (input) => executeGraphQL(req, url, requestId, tally, input) };
        for (const route of deps.routes ?? []) if (await route(req, res, tools)) return;
        if (url.pathname === "/graphql" || url.pathname === "/") return graphql(req, res, url, requestId, tally);
        sendJson(res, 404, errorBody(`No route for ${url.pathname}. The API is at /graphql.`, "NOT_FOUND"));
      });
    } catch (err) {
      logger.error({ err, requestId }, "request failed");
      if (!res.headersSent) sendJson(res, 500, errorBody("Internal server error.", "INTERNAL_SERVER_ERROR"), { "x-request-id": requestId });
      else res.destroy();
    } finally {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      logger.info({ requestId, method: req.method, path: url.pathname, status: res.statusCode, ms: Math.round(ms * 10) / 10, sql: tally.count }, "request");
    }
  }

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
