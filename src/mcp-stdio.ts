/**
 * `npm run mcp`: Gigawatt as an MCP server over stdio, for assistants that start their tools as
 * processes. It boots like `npm start` (config → database → migrate/seed → server), but listens
 * on a loopback port of its own choosing only, and runs every tool call through that server's
 * /graphql, so the tools meet the same limits as any client. Logs go to stderr: stdout carries
 * the protocol.
 */
import "./telemetry-register";
import pino from "pino";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { ConfigError, loadConfig, type Config } from "./config";
import { openDatabase } from "./db/client";
import { prepareDatabase } from "./release";
import { createApp } from "./app";
import { createMcpServer, type GraphQLAnswer } from "./mcp/tools";

/** Boots the database and the server; tool calls wait for it, the protocol handshake does not. */
async function boot(config: Config, logger: pino.Logger) {
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDataDir: config.PGLITE_DATA_DIR, pgliteSharedBuffers: config.PGLITE_SHARED_BUFFERS, poolMax: config.DB_POOL_MAX });
  await prepareDatabase(database, { migrate: config.MIGRATE_ON_START, seed: config.SEED_ON_START, logger });
  const app = await createApp({ database, config, logger });
  const port = await app.server.listen(0, "127.0.0.1");
  logger.info({ port }, "Gigawatt MCP server ready on stdio");
  return { database, app, endpoint: `http://127.0.0.1:${port}/graphql` };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.LOG_LEVEL, base: { service: "gigawatt-mcp" } }, pino.destination(2));
  const ready = boot(config, logger);
  ready.catch((err: unknown) => {
    logger.fatal({ err }, "Gigawatt MCP failed to start");
    process.exit(1);
  });
  const server = createMcpServer(async (query, variables) => {
    const { endpoint } = await ready;
    const res = await fetch(endpoint, { method: "POST", headers: { "content-type": "application/json", "cache-control": "no-cache" }, body: JSON.stringify({ query, variables: variables ?? {} }) });
    return { status: res.status, body: (await res.json()) as GraphQLAnswer["body"] };
  });
  const transport = new StdioServerTransport();
  const stop = async () => {
    await server.close().catch(() => undefined);
    const { app, database } = await ready;
    await app.close();
    await database.close();
    process.exit(0);
  };
  transport.onclose = () => void stop();
  process.on("SIGTERM", () => void stop());
  process.on("SIGINT", () => void stop());
  await server.connect(transport);
}

main().catch((err: unknown) => {
  process.stderr.write(`${err instanceof ConfigError ? err.message : `Gigawatt MCP failed to start: ${err instanceof Error ? err.message : String(err)}`}\n`);
  process.exit(1);
});
