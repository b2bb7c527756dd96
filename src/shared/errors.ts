import { GraphQLError, type GraphQLErrorOptions } from "graphql";

/**
 * Every `extensions.code` Gigawatt returns. Clients may switch on these; they are stable.
 * The README's error table is generated from the same list.
 */
export const ERROR_CODES = {
  /** An argument or input value is invalid (bad ID, cursor, date, limit, filter). */
  BAD_USER_INPUT: "An argument or input value is invalid; `extensions.field` names it when known.",
  /** A single object was required and does not exist. */
  NOT_FOUND: "A required object does not exist (or is not public as of the requested date).",
  /** Credentials are missing or invalid for an operation that needs them. */
  UNAUTHENTICATED: "Credentials are missing or invalid.",
  /** The caller is known but may not do this. */
  FORBIDDEN: "The caller may not perform this operation.",
  /** Too many requests; retry after `extensions.retryAfterSeconds`. */
  THROTTLED: "Too many requests; retry later.",
  /** The operation exceeds a static limit (depth, aliases, root fields, directives, cost). */
  QUERY_TOO_COMPLEX: "The operation exceeds a limit (depth, aliases, root fields, directives or cost; `extensions.limit` names it); ask for less or smaller pages.",
  /** The document is not valid GraphQL syntax. */
  GRAPHQL_PARSE_FAILED: "The document is not valid GraphQL.",
  /** The document does not match the schema. */
  GRAPHQL_VALIDATION_FAILED: "The document does not match the schema.",
  /** An automatic persisted query hash is unknown; resend with the full query. */
  PERSISTED_QUERY_NOT_FOUND: "Persisted query hash not known; resend the query text with the hash.",
  /** The operation name does not match an operation in the document. */
  OPERATION_RESOLUTION_FAILURE: "The operationName does not match an operation in the document.",
  /** A subscription was sent over HTTP; subscriptions need a WebSocket (graphql-ws) at /graphql. */
  SUBSCRIPTION_OVER_HTTP:
    "Subscriptions are served over WebSocket only: connect to /graphql with graphql-ws (subprotocol `graphql-transport-ws`) and send the subscription there.",
  /** The HTTP request itself is malformed (method, body, content type). */
  BAD_REQUEST: "The HTTP request is malformed (method, body or content type).",
  /** The database is unreachable, silent or overloaded; HTTP 503 with Retry-After. */
  SERVICE_UNAVAILABLE: "The database is unavailable (refused, not answering, or too busy); retry after `Retry-After` seconds.",
  /** Anything unexpected. Details are logged with the request id, never returned. */
  INTERNAL_SERVER_ERROR: "An unexpected error; quote `extensions.requestId` when reporting it.",
} as const;

export type ErrorCode = keyof typeof ERROR_CODES;

export class AppError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extensions: Record<string, unknown> = {}, options: GraphQLErrorOptions = {}) {
    super(message, { ...options, extensions: { ...extensions, code } });
  }
}

export class BadUserInputError extends AppError {
  constructor(message: string, field?: string) {
    super(message, "BAD_USER_INPUT", field ? { field } : {});
  }
}

export class NotFoundError extends AppError {
  constructor(message: string, id?: string) {
    super(message, "NOT_FOUND", id ? { id } : {});
  }
}

export class QueryTooComplexError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    // Refused before execution: a client error, so HTTP 400 (Apollo reads and strips `http`).
    super(message, "QUERY_TOO_COMPLEX", { ...extensions, http: { status: 400 } });
  }
}

/** A subscription sent over HTTP: refused at validation (400), pointing to graphql-ws. */
export class SubscriptionOverHttpError extends AppError {
  constructor() {
    super(
      "Subscriptions are served over WebSocket only: connect to /graphql with graphql-ws (subprotocol graphql-transport-ws) and subscribe there.",
      "SUBSCRIPTION_OVER_HTTP",
      { transport: "graphql-ws", path: "/graphql", http: { status: 400 } },
    );
  }
}

/** The database cannot answer right now (refused, silent, timed out); HTTP 503 with Retry-After. */
export class ServiceUnavailableError extends AppError {
  constructor(message = "The database is unavailable; retry later.") {
    super(message, "SERVICE_UNAVAILABLE");
  }
}

export const KNOWN_CODES = new Set<string>(Object.keys(ERROR_CODES));
