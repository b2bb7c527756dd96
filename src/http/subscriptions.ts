import type http from "node:http";
import type { Duplex } from "node:stream";
import { randomUUID } from "node:crypto";
import { GraphQLError, Kind, getOperationAST, parse, specifiedRules, validate, type DocumentNode, type ExecutionArgs, type FragmentDefinitionNode, type GraphQLSchema } from "graphql";
import { WebSocketServer, type WebSocket } from "ws";
import { useServer } from "graphql-ws/use/ws";
import type { Context, ContextDeps } from "../context";
import { createContext, createLoaders } from "../loaders";
import type { Logger } from "../logger";
import { AppError, QueryTooComplexError } from "../shared/errors";
import type { Viewer } from "../shared/auth";
import { estimateCost } from "../shared/limits";
import { checkInputLimits } from "../shared/input-limits";
import { MAX_BODY_BYTES } from "./body";
import { formatError } from "./errors";
import { isRefusal, type Gate } from "./gate";
import { limitValidationRules, type LimitsConfig } from "./limits-plugin";
import type { Lifecycle } from "./lifecycle";
import { throttleStatus } from "../ratelimit/limiter";

export type SubscriptionConfig = LimitsConfig & { WS_MAX_CONNECTIONS_PER_CLIENT: number; WS_MAX_SUBSCRIPTIONS_PER_CLIENT: number };

/** Close codes (4xxx: the application's) with a reason that starts with the error code. */
export const CLOSE = { unauthenticated: 4401, throttled: 4429, goingAway: 1001 } as const;

export interface SubscriptionServerDeps {
  httpServer: http.Server;
  schema: GraphQLSchema;
  context: ContextDeps;
  gate: Gate;
  config: SubscriptionConfig;
  lifecycle: Lifecycle;
  logger: Logger;
}

export interface SubscriptionServer {
  /** Open sockets and active subscriptions (tests, /metrics). */
  stats(): { connections: number; subscriptions: number };
  /** Closes every socket with 1001 (going away; clients reconnect elsewhere) and stops accepting. */
  close(): Promise<void>;
}

/** Who a socket is, once connection_init has been accepted. */
interface Conn {
  viewer: Viewer;
  client: string;
  counted: boolean;
  operations: Set<string>;
}
type Extra = { socket: WebSocket; request: http.IncomingMessage; conn?: Conn };

const pathOf = (url: string | undefined) => (url ?? "/").split("?")[0];

/** Refuses an upgrade with a plain HTTP answer (the socket has not become a WebSocket yet). */
function refuseUpgrade(socket: Duplex, status: number, code: string, message: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  socket.end(`HTTP/1.1 ${status} ${status === 503 ? "Service Unavailable" : "Not Found"}\r\ncontent-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`);
}

/** WebSocket close reasons are at most 123 bytes: `CODE: message`, cut to fit. */
function closeWith(socket: WebSocket, code: number, errorCode: string, message: string): void {
  let reason = `${errorCode}: ${message}`;
  while (Buffer.byteLength(reason) > 123) reason = reason.slice(0, -2);
  socket.close(code, reason);
}

/**
 * GraphQL subscriptions over graphql-ws (subprotocol `graphql-transport-ws`) on the HTTP server's
 * `upgrade` of `/graphql`, behind the same limits as HTTP: the API key (connection_init payload
 * `{ authorization: "Bearer …" }`, or the upgrade request's header), parse and validation limits,
 * input caps, cost (charged to the client's budget once per subscription), and caps on sockets
 * and subscriptions per client. Queries and mutations stay on HTTP.
 */
export function attachSubscriptions(deps: SubscriptionServerDeps): SubscriptionServer {
  const { config, gate } = deps;
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_BODY_BYTES });
  const rules = [...specifiedRules, ...limitValidationRules(config)];
  const inputLimits = { maxFilterDepth: config.MAX_FILTER_DEPTH, maxFilterWidth: config.MAX_FILTER_WIDTH, maxInputValues: config.MAX_INPUT_VALUES };
  const format = formatError(deps.logger);
  const sockets = new Map<string, number>();
  const subscriptions = new Map<string, number>();
  const bump = (m: Map<string, number>, k: string, d: number) => {
    const n = (m.get(k) ?? 0) + d;
    if (n > 0) m.set(k, n);
    else m.delete(k);
  };

  const onUpgrade = (req: http.IncomingMessage, socket: Duplex, head: Buffer) => {
    if (pathOf(req.url) !== "/graphql") return refuseUpgrade(socket, 404, "NOT_FOUND", "WebSocket subscriptions are served at /graphql.");
    if (deps.lifecycle.draining) return refuseUpgrade(socket, 503, "SERVICE_UNAVAILABLE", "This server is shutting down; connect again.");
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit("connection", ws, req));
  };
  deps.httpServer.on("upgrade", onUpgrade);

  const refuse = (errors: GraphQLError[]) => errors;

  async function prepare(conn: Conn, id: string, payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null }): Promise<ExecutionArgs | readonly GraphQLError[]> {
    let document: DocumentNode;
    try {
      document = parse(payload.query, { maxTokens: config.MAX_QUERY_TOKENS });
    } catch (e) {
      return refuse([new AppError(e instanceof GraphQLError ? e.message : "The document is not valid GraphQL.", "GRAPHQL_PARSE_FAILED")]);
    }
    const operation = getOperationAST(document, payload.operationName ?? undefined);
    if (!operation) return refuse([new AppError("The operationName does not match exactly one operation in the document.", "OPERATION_RESOLUTION_FAILURE")]);
    if (operation.operation !== "subscription") {
      return refuse([new AppError(`Over WebSocket this server runs subscriptions only; send ${operation.operation} operations to POST /graphql.`, "BAD_REQUEST", { operation: operation.operation })]);
    }
    const invalid = validate(deps.schema, document, rules);
    if (invalid.length) return refuse(invalid.map((e) => (e.originalError instanceof AppError ? e.originalError : e instanceof AppError ? e : new AppError(e.message, "GRAPHQL_VALIDATION_FAILED", {}, { nodes: e.nodes }))));
    const variables = payload.variables ?? {};
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
    let cost: number;
    try {
      checkInputLimits(document, variables, inputLimits);
      cost = estimateCost({ schema: deps.schema, operation, fragments, variables });
    } catch (e) {
      if (e instanceof AppError) return refuse([e]);
      throw e;
    }
    if (cost > config.MAX_QUERY_COST) {
      return refuse([new QueryTooComplexError(`The operation's estimated cost is ${cost}; the limit is ${config.MAX_QUERY_COST}.`, { limit: "cost", cost, maxCost: config.MAX_QUERY_COST })]);
    }
    if ((subscriptions.get(conn.client) ?? 0) >= config.WS_MAX_SUBSCRIPTIONS_PER_CLIENT) {
      const max = config.WS_MAX_SUBSCRIPTIONS_PER_CLIENT;
      return refuse([new AppError(`This client has ${max} subscriptions open, the limit; complete one first.`, "THROTTLED", { limit: "subscriptions", maxSubscriptions: max })]);
    }
    let throttle = null;
    if (gate.limiter) {
      const charge = await gate.limiter.take(conn.client, conn.viewer, Math.max(1, cost));
      throttle = throttleStatus(charge);
      if (!charge.allowed) return refuse([new AppError(`The cost budget of this client is spent; retry in ${charge.retryAfterSeconds} s.`, "THROTTLED", { retryAfterSeconds: charge.retryAfterSeconds })]);
    }
    conn.operations.add(id);
    bump(subscriptions, conn.client, 1);
    const context: Context = createContext(deps.context, randomUUID(), { viewer: conn.viewer, cost: { requested: cost, actual: null, client: gate.limiter ? conn.client : null, throttle } });
    context.renewLoaders = () => {
      context.loaders = createLoaders(context.db);
    };
    return { schema: deps.schema, document, operationName: payload.operationName ?? undefined, variableValues: variables, contextValue: context };
  }

  const done = (conn: Conn | undefined, id: string) => {
    if (conn?.operations.delete(id)) bump(subscriptions, conn.client, -1);
  };

  const server = useServer<Record<string, unknown> | undefined, { conn: Conn }>(
    {
      schema: deps.schema,
      connectionInitWaitTimeout: 5_000,
      onConnect: async (ctx) => {
        const extra = ctx.extra as Extra;
        const given = ctx.connectionParams?.authorization;
        const authorization = typeof given === "string" ? given : extra.request.headers.authorization;
        const viewer = await gate.identify(authorization);
        if (isRefusal(viewer)) {
          closeWith(extra.socket, CLOSE.unauthenticated, viewer.code, viewer.message);
          return false;
        }
        const client = viewer.keyId ? `key:${viewer.keyId}` : `ip:${extra.request.socket.remoteAddress ?? "unknown"}`;
        if ((sockets.get(client) ?? 0) >= config.WS_MAX_CONNECTIONS_PER_CLIENT) {
          closeWith(extra.socket, CLOSE.throttled, "THROTTLED", `This client has ${config.WS_MAX_CONNECTIONS_PER_CLIENT} sockets open, the limit.`);
          return false;
        }
        bump(sockets, client, 1);
        extra.conn = { viewer, client, counted: true, operations: new Set() };
        return true;
      },
      onSubscribe: (ctx, id, payload) => prepare((ctx.extra as Extra).conn!, id, payload),
      onNext: (_ctx, _id, _payload, _args, result) => (result.errors?.length ? { ...result, errors: result.errors.map((e) => format(e.toJSON(), e)) } : undefined),
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => format(e.toJSON(), e)),
      onComplete: (ctx, id) => done((ctx.extra as Extra).conn, id),
      onClose: (ctx) => {
        const conn = (ctx.extra as Extra).conn;
        if (!conn?.counted) return;
        conn.counted = false;
        for (const id of [...conn.operations]) done(conn, id);
        bump(sockets, conn.client, -1);
      },
    },
    wss,
  );

  let closing: Promise<void> | null = null;
  const close = () =>
    (closing ??= (async () => {
      deps.httpServer.off("upgrade", onUpgrade);
      const all = [...wss.clients];
      const gone = Promise.all(all.map((ws) => (ws.readyState === ws.CLOSED ? null : new Promise((resolve) => ws.once("close", resolve)))));
      // A client that does not answer the close handshake within 2 s is cut off.
      const timer = setTimeout(() => all.forEach((ws) => ws.terminate()), 2_000);
      await server.dispose();
      await gone;
      clearTimeout(timer);
    })());
  deps.lifecycle.onDrain(close);
  return {
    stats: () => ({ connections: wss.clients.size, subscriptions: [...subscriptions.values()].reduce((a, b) => a + b, 0) }),
    close,
  };
}
