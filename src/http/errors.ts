import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { unwrapResolverError } from "@apollo/server/errors";
import { AppError, KNOWN_CODES, QueryTooComplexError, SubscriptionOverHttpError } from "../shared/errors";
import type { ApolloServerPlugin } from "@apollo/server";
import type { Logger } from "../logger";
import type { Context } from "../context";
import { formatUnavailable } from "./unavailable";

/** SQLSTATE of a database error, whether the driver's error is thrown as is or wrapped by drizzle. */
function sqlState(error: unknown): string | null {
  for (let e = error as { code?: unknown; cause?: unknown } | undefined, i = 0; e && typeof e === "object" && i < 4; e = e.cause as typeof e, i++) {
    if (typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code)) return e.code;
  }
  return null;
}

function looksLikeDatabase(error: unknown): boolean {
  if (!error || typeof error !== "object") return false;
  const e = error as { severity?: unknown; routine?: unknown; query?: unknown };
  return e.severity !== undefined || e.routine !== undefined || e.query !== undefined || sqlState(error) !== null;
}

/**
 * A value the database refused as data (SQLSTATE class 22: bad text for a number or date, a
 * value out of range, a forged cursor's values) or as too big (class 54): the client's input,
 * not a fault of the server.
 */
function isBadDatabaseInput(error: unknown): boolean {
  const state = sqlState(error);
  return state !== null && (state.startsWith("22") || state.startsWith("54"));
}

/**
 * Our own error behind Apollo's wrappers: the limit rules report QueryTooComplexErrors (and the
 * HTTP rule SubscriptionOverHttpError), which Apollo re-codes GRAPHQL_VALIDATION_FAILED. (A scalar's BAD_USER_INPUT met while validating a
 * literal stays a validation failure, as it always was.)
 */
function ownError(error: unknown): AppError | null {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return original;
  const inner = original instanceof GraphQLError ? original.originalError : null;
  return inner instanceof QueryTooComplexError || inner instanceof SubscriptionOverHttpError ? inner : null;
}

/** True when the error is one a client caused or was told about: its code passes as is. */
export function isExpectedError(formatted: GraphQLFormattedError, error: unknown): boolean {
  if (ownError(error) || isBadDatabaseInput(unwrapResolverError(error))) return true;
  const code = String(formatted.extensions?.code ?? "");
  return KNOWN_CODES.has(code) && code !== "INTERNAL_SERVER_ERROR" && !looksLikeDatabase(unwrapResolverError(error));
}

/**
 * Known codes pass through with their message; anything else (SQL errors, bugs) is replaced by a
 * generic INTERNAL_SERVER_ERROR (and logged, with the request id, by errorLoggingPlugin).
 * Stack traces never reach a client.
 */
export function formatError(_logger?: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const unavailable = formatUnavailable(formatted, unwrapResolverError(error));
    if (unavailable) return unavailable;
    const own = ownError(error);
    if (own) {
      const { http: _h, ...extensions } = own.extensions as Record<string, unknown>;
      return { ...formatted, message: own.message, extensions };
    }
    if (isBadDatabaseInput(unwrapResolverError(error))) {
      return { message: "A value in the request is not valid here (for example a cursor that was not issued by this API).", locations: formatted.locations, path: formatted.path, extensions: { code: "BAD_USER_INPUT" } };
    }
    if (isExpectedError(formatted, error)) {
      const { stacktrace: _s, exception: _e, ...extensions } = (formatted.extensions ?? {}) as Record<string, unknown>;
      return { ...formatted, extensions };
    }
    return {
      message: "Internal server error.",
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    };
  };
}

/**
 * Logs unexpected errors with the request id (the log line a masked error points to), and puts
 * the request id on masked errors, so a client can quote it when reporting one.
 */
export function requestIdOnErrorsPlugin(logger?: Logger): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didEncounterErrors({ errors, contextValue }) {
          for (const error of errors) {
            const formatted = { message: error.message, extensions: error.extensions };
            // An outage is logged once by the database guard (down / up), not once per failed query.
            if (formatUnavailable(formatted, unwrapResolverError(error))) continue;
            if (!isExpectedError(formatted, error)) logger?.error({ err: unwrapResolverError(error), path: error.path, requestId: contextValue.requestId }, "unexpected error");
          }
        },
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
