// A server process traced into an in-memory exporter (test/telemetry.test.ts): tracing starts
// first, exactly as src/telemetry-register.ts does, then the built server (dist/) is loaded.
// Over IPC: sends { port } once listening; answers "spans" with the finished spans.
"use strict";
const path = require("node:path");
const dist = path.resolve(__dirname, "../../dist/src");
const { startTelemetry } = require(path.join(dist, "telemetry.js"));
const { tracing } = require("@opentelemetry/sdk-node");

const exporter = new tracing.InMemorySpanExporter();
startTelemetry({ serviceName: "gigawatt-test", spanProcessors: [new tracing.SimpleSpanProcessor(exporter)] });

(async () => {
  const { loadConfig } = require(path.join(dist, "config.js"));
  const { createLogger } = require(path.join(dist, "logger.js"));
  const { openDatabase } = require(path.join(dist, "db/client.js"));
  const { prepareDatabase } = require(path.join(dist, "release.js"));
  const { createApp } = require(path.join(dist, "app.js"));
  const config = loadConfig({ ...process.env, LOG_LEVEL: "silent", RESPONSE_CACHE: "false" });
  const logger = createLogger("silent");
  const database = await openDatabase({ databaseUrl: config.DATABASE_URL, pgliteDataDir: "memory://", poolMax: 4 });
  await prepareDatabase(database, { migrate: true, seed: true, logger });
  const app = await createApp({ database, config, logger });
  const port = await app.server.listen(0, "127.0.0.1");
  process.on("message", async (msg) => {
    if (msg !== "spans") return;
    const spans = exporter.getFinishedSpans().map((s) => ({
      name: s.name,
      kind: s.kind,
      traceId: s.spanContext().traceId,
      spanId: s.spanContext().spanId,
      parentSpanId: s.parentSpanContext?.spanId ?? s.parentSpanId ?? null,
      attributes: s.attributes,
      scope: s.instrumentationScope?.name ?? s.instrumentationLibrary?.name,
    }));
    process.send({ spans });
  });
  process.send({ port });
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
