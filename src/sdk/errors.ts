/**
 * Every `extensions.code` the Gigawatt API documents (docs/errors.md), plus the SDK's own
 * `HTTP_ERROR` for an answer that is not GraphQL JSON at all. test/sdk-package.test.ts checks
 * this list against the server's (src/shared/errors.ts) so the two cannot drift apart.
 */
export const ERROR_CODES = [
  "BAD_USER_INPUT",
  "NOT_FOUND",
  "UNAUTHENTICATED",
  "FORBIDDEN",
  "THROTTLED",
  "QUERY_TOO_COMPLEX",
  "GRAPHQL_PARSE_FAILED",
  "GRAPHQL_VALIDATION_FAILED",
  "PERSISTED_QUERY_NOT_FOUND",
  "OPERATION_RESOLUTION_FAILURE",
  "SUBSCRIPTION_OVER_HTTP",
  "BAD_REQUEST",
  "SERVICE_UNAVAILABLE",
  "INTERNAL_SERVER_ERROR",
] as const;

/** A documented error code (docs/errors.md). */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** What `GigawattError.code` can be: a documented code, or `HTTP_ERROR` (no GraphQL answer). */
export type GigawattErrorCode = ErrorCode | "HTTP_ERROR";

/** One GraphQL error as the server sends it. */
export interface GraphQLErrorPayload {
  message: string;
  path?: ReadonlyArray<string | number>;
  locations?: ReadonlyArray<{ line: number; column: number }>;
  extensions?: { code?: string; [key: string]: unknown };
}

const KNOWN = new Set<string>(ERROR_CODES);

/** Narrows a code from the wire; anything undocumented becomes INTERNAL_SERVER_ERROR. */
export function toErrorCode(code: unknown): GigawattErrorCode {
  return typeof code === "string" && KNOWN.has(code) ? (code as ErrorCode) : "INTERNAL_SERVER_ERROR";
}

/**
 * A failed request. `code` is the first error's `extensions.code`, or `HTTP_ERROR` when the
 * server did not answer with GraphQL JSON at all; `status` is the HTTP status.
 */
export class GigawattError extends Error {
  readonly code: GigawattErrorCode;
  readonly path: ReadonlyArray<string | number> | undefined;
  readonly errors: readonly GraphQLErrorPayload[];
  readonly status: number;
  /** Whatever data came back beside the errors (partial results), if any. */
  readonly data: unknown;
  /** Seconds the server asked to wait (`Retry-After`), when it said. */
  readonly retryAfterSeconds: number | undefined;

  constructor(message: string, init: { code: GigawattErrorCode; status: number; errors?: readonly GraphQLErrorPayload[]; data?: unknown; retryAfterSeconds?: number }) {
    super(message);
    this.name = "GigawattError";
    this.code = init.code;
    this.status = init.status;
    this.errors = init.errors ?? [];
    this.path = this.errors[0]?.path;
    this.data = init.data;
    this.retryAfterSeconds = init.retryAfterSeconds;
  }
}
