import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { KNOWN_CODES } from "../shared/errors";
import type { Logger } from "../logger";

/**
 * Known codes pass through with their message; anything else (SQL errors, bugs) is logged in
 * full and replaced by a generic INTERNAL_SERVER_ERROR. Stack traces never reach a client.
 */
export function formatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = String(formatted.extensions?.code ?? "");
    const original = unwrapResolverError(error);
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
