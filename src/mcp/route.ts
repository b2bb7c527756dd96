import type { Route } from "../server";
import { BodyError, readJsonBody } from "../http/body";
import type { GraphQLAnswer } from "./tools";

type Tools = typeof import("./tools.js");
let loaded: Promise<Tools> | null = null;
/** The MCP SDK is loaded on the first /mcp request, not at start-up (it costs seconds there). */
function load(): Promise<Tools> {
  loaded ??= import("./tools.js");
  return loaded;
}

function refuse(res: Parameters<Route>[1], status: number, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null });
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/**
 * POST /mcp: the Model Context Protocol over streamable HTTP (official SDK transport), stateless:
 * a server and transport per request, so any replica answers any request. The tools run their
 * GraphQL through this request's Apollo pipeline (`RouteTools.executeGraphQL`), so /graphql's
 * limits, cost checks, context and error codes apply to them unchanged.
 */
export function mcpRoute(): Route {
  return async (req, res, tools) => {
    const path = (req.url ?? "/").split("?")[0];
    if (path !== "/mcp") return false;
    // Stateless: no server-initiated stream (GET) and no session to delete (DELETE).
    if (req.method !== "POST") {
      refuse(res, 405, "Method not allowed: POST JSON-RPC messages to /mcp.", { allow: "POST" });
      return true;
    }
    let body: unknown;
    try {
      body = await readJsonBody(req);
    } catch (e) {
      res.shouldKeepAlive = false;
      req.resume();
      refuse(res, e instanceof BodyError ? e.status : 400, e instanceof Error ? e.message : "Bad request.", { connection: "close" });
      return true;
    }
    const mcp = await load();
    const server = mcp.createMcpServer(async (query, variables) => {
      const r = await tools.executeGraphQL({ body: { query, variables: variables ?? {} }, headers: { "content-type": "application/json", accept: "application/json" } });
      return { status: r.status, body: JSON.parse(r.body) as GraphQLAnswer["body"] };
    });
    const transport = new mcp.StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
    return true;
  };
}
