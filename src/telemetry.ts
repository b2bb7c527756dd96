/**
 * OpenTelemetry traces: HTTP (server spans), GraphQL (parse, validate, execute, resolvers) and
 * SQL (one client span per statement, under the resolver that ran it). Started before anything
 * else is loaded (src/telemetry-register.ts), because the instrumentations patch `http` and
 * `graphql` as they are required.
 *
 * @opentelemetry/sdk-node 0.223 (the last line whose engines allow Node 20; 0.300+ needs
 * Node >= 22.15), with instrumentation-http 0.223 and instrumentation-graphql 0.71. The
 * exporter is configured by the standard environment: OTEL_EXPORTER_OTLP_ENDPOINT (OTLP over
 * HTTP/protobuf by default), OTEL_SERVICE_NAME, OTEL_TRACES_SAMPLER, ...
 */
import { NodeSDK, api, type tracing } from "@opentelemetry/sdk-node";
import { HttpInstrumentation } from "@opentelemetry/instrumentation-http";
import { GraphQLInstrumentation } from "@opentelemetry/instrumentation-graphql";
import { onStatement } from "./db/statement-hooks";

let sdk: NodeSDK | null = null;

export interface TelemetryOptions {
  serviceName: string;
  /** Where spans go; default: the OTLP exporter configured by the environment. */
  spanProcessors?: tracing.SpanProcessor[];
}

/** The first word of a statement (select, insert, ...), for the span name. */
function verb(sql: string): string {
  return /^\s*(\w+)/.exec(sql)?.[1]?.toLowerCase() ?? "sql";
}

/** One CLIENT span per SQL statement, a child of whatever span is active (resolver, HTTP). */
function traceStatements(): void {
  const tracer = api.trace.getTracer("gigawatt-sql");
  onStatement((sql) => {
    const span = tracer.startSpan(`sql ${verb(sql)}`, {
      kind: api.SpanKind.CLIENT,
      attributes: { "db.system.name": "postgresql", "db.query.text": sql.length > 2000 ? `${sql.slice(0, 2000)}…` : sql },
    });
    return (error) => {
      if (error) {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: api.SpanStatusCode.ERROR });
      }
      span.end();
    };
  });
}

/** Starts tracing once per process. */
export function startTelemetry(opts: TelemetryOptions): void {
  if (sdk) return;
  sdk = new NodeSDK({
    serviceName: opts.serviceName,
    spanProcessors: opts.spanProcessors,
    instrumentations: [
      new HttpInstrumentation({ ignoreIncomingRequestHook: (req) => req.url === "/metrics" || req.url === "/healthz" }),
      new GraphQLInstrumentation({ mergeItems: true, ignoreTrivialResolveSpans: true }),
    ],
  });
  sdk.start();
  traceStatements();
}

/** Flushes and stops tracing (on shutdown). */
export async function stopTelemetry(): Promise<void> {
  const running = sdk;
  sdk = null;
  await running?.shutdown().catch(() => undefined);
}
