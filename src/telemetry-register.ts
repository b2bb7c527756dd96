/**
 * Imported first by the entry points: with OTEL_EXPORTER_OTLP_ENDPOINT set, tracing starts
 * before `http` and `graphql` are loaded (the config module validates the same variables).
 */
import { startTelemetry } from "./telemetry";

if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
  startTelemetry({ serviceName: process.env.OTEL_SERVICE_NAME || "gigawatt" });
}
