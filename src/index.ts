import { stopTelemetry } from "./telemetry-register";
import { ConfigError, loadConfig } from "./config";
import { createLogger } from "./logger";
import { connectWithRetry } from "./startup";
import { createApp } from "./app";
import { prepareDatabase } from "./release";

/** Bootstrap only: config → db → migrate → seed-if-empty → server → listen. */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(1);
    }
    throw e;
  }
  const logger = createLogger(config.LOG_LEVEL);
  const started = Date.now();
  // Where start-up time goes (ms since the process started: module loading comes first).
  const phases: Record<string, number> = { modules: Math.round(performance.now()) };
  let mark = Date.now();
  const phase = (name: string) => {
    phases[name] = Date.now() - mark;
    mark = Date.now();
  };
  const database = await connectWithRetry(config, logger);
  phase("connect");
  await prepareDatabase(database, { migrate: false, seed: config.SEED_ON_START, logger });
  phase("prepare");
  const app = await createApp({ database, config, logger });
  phase("app");
  const port = await app.server.listen(config.PORT, config.HOST);
  logger.info({ port, host: config.HOST, database: database.kind, startupMs: Date.now() - started, phases }, `Gigawatt listening on http://localhost:${port}/graphql`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, "shutting down");
    const timer = setTimeout(() => {
      logger.error("shutdown timed out; exiting");
      process.exit(1);
    }, config.SHUTDOWN_TIMEOUT_MS);
    timer.unref();
    try {
      // Readiness off and the listener closed at once; idle keep-alive sockets get 1 s to send one last request.
      const drained = await app.server.drain({ graceMs: Math.min(1_000, config.SHUTDOWN_TIMEOUT_MS / 4), timeoutMs: config.SHUTDOWN_TIMEOUT_MS - 500 });
      await app.close();
      await database.close();
      await stopTelemetry();
      if (!drained) {
        logger.error("in-flight requests did not finish within SHUTDOWN_TIMEOUT_MS; their connections were closed");
        process.exit(1);
      }
      logger.info("stopped cleanly");
      process.exit(0);
    } catch (err) {
      logger.error({ err }, "error during shutdown");
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((err) => {
  process.stderr.write(`Gigawatt failed to start: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
