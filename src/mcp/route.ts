import type { ServerResponse } from "node:http";
import type { Handler } from "../http/types";
import type { GraphQLRunner } from "../http/graphql";
import { BodyError } from "../http/body";
import type { GraphQLAnswer } from "./tools";

type Tools = typeof import("./tools.js");
let loaded: Promise<Tools> | null = null;
/** The MCP SDK is loaded on the first /mcp request, not at start-up (it costs seconds there). */
function load(): Promise<Tools> {
  loaded ??= import("./tools.js");
  return loaded;
}

function refuse(res: ServerResponse, status: number, message: string, headers: Record<string, string> = {}): void {
  const body = JSON.stringify({ jsonrpc: "2.0", error: { code: -32000, message }, id: null });
  res.writeHead(status, { "content-type": "application/json", "content-length": String(Buffer.byteLength(body)), ...headers });
  res.end(body);
}

/**
 * POST /mcp: the Model Context Protocol over streamable HTTP (official SDK transport), stateless:
 * a server and transport per request, so any replica answers any request. The tools run their
 * GraphQL through this request's Apollo pipeline (`runGraphQL`, as /graphql does), so the
 * limits, cost checks, context and error codes of /graphql apply to them unchanged.
 */
export function mcpHandler(runGraphQL: GraphQLRunner): Handler {
  return async (r) => {
    const { req, res } = r;
    // Stateless: no server-initiated stream (GET) and no session to delete (DELETE).
    if (r.method !== "POST") {
      refuse(res, 405, "Method not allowed: POST JSON-RPC messages to /mcp.", { allow: "POST" });
      return;
    }
    let body: unknown;
    try {
      body = await r.jsonBody();
    } catch (e) {
      res.shouldKeepAlive = false;
      req.resume();
      refuse(res, e instanceof BodyError ? e.status : 400, e instanceof Error ? e.message : "Bad request.", { connection: "close" });
      return;
    }
    const mcp = await load();
    const server = mcp.createMcpServer(async (query, variables) => {
      const a = await runGraphQL(r, { query, variables: variables ?? {} }, { "content-type": "application/json", accept: "application/json" });
      return { status: a.status, body: JSON.parse(String(a.body)) as GraphQLAnswer["body"] };
    });
    const transport = new mcp.StreamableHTTPServerTransport({ sessionIdGenerator: undefined, enableJsonResponse: true });
    res.on("close", () => {
      void transport.close();
      void server.close();
    });
    await server.connect(transport);
    await transport.handleRequest(req, res, body);
  };
}
