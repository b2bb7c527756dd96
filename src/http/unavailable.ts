import type http from "node:http";
import type { ApolloServerPlugin } from "@apollo/server";
import type { GraphQLFormattedError } from "graphql";
import { isDatabaseUnavailable } from "../db/errors";
import { ServiceUnavailableError } from "../shared/errors";
import type { Context } from "../context";

/** Seconds a client should wait before retrying while the database is away (the breaker re-probes every 0.5 s). */
export const RETRY_AFTER_SECONDS = 2;

/** formatError hook: a database outage is SERVICE_UNAVAILABLE with a fixed message (no SQL, no driver text). */
export function formatUnavailable(formatted: GraphQLFormattedError, original: unknown): GraphQLFormattedError | null {
  if (!isDatabaseUnavailable(original)) return null;
  const e = new ServiceUnavailableError();
  return { message: e.message, locations: formatted.locations, path: formatted.path, extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: RETRY_AFTER_SECONDS } };
}

/** A response with a SERVICE_UNAVAILABLE error is HTTP 503 with Retry-After, never cached. */
export function serviceUnavailablePlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== "single") return;
          const errors = response.body.singleResult.errors ?? [];
          if (!errors.some((e) => e.extensions?.code === "SERVICE_UNAVAILABLE")) return;
          response.http.status = 503;
          response.http.headers.set("retry-after", String(RETRY_AFTER_SECONDS));
          response.http.headers.set("cache-control", "no-store");
        },
      };
    },
  };
}

/** For errors outside GraphQL execution (routes, context): true when it answered 503. */
export function sendUnavailable(res: http.ServerResponse, err: unknown, requestId: string): boolean {
  if (!isDatabaseUnavailable(err) || res.headersSent) return false;
  const e = new ServiceUnavailableError();
  const text = JSON.stringify({ errors: [{ message: e.message, extensions: { code: "SERVICE_UNAVAILABLE", retryAfterSeconds: RETRY_AFTER_SECONDS } }] });
  res.writeHead(503, {
    "content-type": "application/json; charset=utf-8",
    "content-length": Buffer.byteLength(text),
    "retry-after": String(RETRY_AFTER_SECONDS),
    "cache-control": "no-store",
    "x-request-id": requestId,
  });
  res.end(text);
  return true;
}
