import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { KNOWN_CODES } from "../shared/errors";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "../logger";
import type { Context } from "../context";
import { formatUnavailable } from "./unavailable";

/**
 * Known codes pass through with their message; anything else (SQL errors, bugs) is logged in
 * full and replaced by a generic INTERNAL_SERVER_ERROR. Stack traces never reach a client.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    const original = unwrapResolverError(error);
    const unavailable = formatUnavailable(formatted, original);
    if (unavailable) return unavailable;
    const isOurs = original instanceof GraphQLError && KNOWN_CODES.has(String(original.extensions?.code ?? ""));
    if (KNOWN_CODES.has(code) && (isOurs || code !== "INTERNAL_SERVER_ERROR") && !looksLikeDatabase(original)) {
      const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions };
    }
    logger.error({ err: original, path: formatted.path }, "unexpected error in resolver");
    return {
      message: "Internal server error.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

function looksLikeDatabase(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { severity?: unknown; routine?: unknown; query?: unknown };
  return e.severity !== undefined || e.routine !== undefined || e.query !== undefined;
}

/** Puts the request id on masked errors, so a client can quote it when reporting one. */
export function requestIdOnErrorsPlugin(): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single") return;
          for (const error of response.body.singleResult.errors ?? []) {
            if (error.extensions?.code === "INTERNAL_SERVER_ERROR") {
              (error as { extensions: Record<string, unknown> }).extensions = { ...error.extensions, requestId: contextValue.requestId };
            }
          }
        },
      };
    },
  };
}
