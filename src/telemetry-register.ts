/**
 * Imported first by the entry points: with OTEL_EXPORTER_OTLP_ENDPOINT set, tracing starts
 * before `http` and `graphql` are loaded (the config module validates the same variables).
 * Without it, the OpenTelemetry SDK is not even loaded: it costs seconds of start-up.
 */
import type * as Telemetry from "./telemetry";

let telemetry: typeof Telemetry | null = null;
if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  telemetry = require("./telemetry") as typeof Telemetry;
  telemetry.startTelemetry({ serviceName: process.env.OTEL_SERVICE_NAME || "gigawatt" });
}

/** Flushes and stops tracing, if it was started. */
export async function stopTelemetry(): Promise<void> {
  await telemetry?.stopTelemetry();
}
