/**
 * What went wrong with the database, in one line an operator can act on (refused, unknown
 * database, authentication, timeout ...), and whether it means "unavailable" (HTTP 503) rather
 * than a bug. Never includes SQL or parameters.
 */

/** Thrown by the database layer when PostgreSQL cannot answer; the HTTP layer turns it into 503. */
export class DatabaseUnavailableError extends Error {
  constructor(
    readonly reason: string,
    options?: { cause?: unknown; silent?: boolean },
  ) {
    super(`database unavailable: ${reason}`, options);
    this.silent = options?.silent ?? false;
    this.name = "DatabaseUnavailableError";
  }

  /** No answer in time (as opposed to an error the database or the network reported). */
  readonly silent: boolean;
}

interface Described {
  /** One line, no SQL. */
  reason: string;
  /** The database cannot be reached or refuses to serve (503, and worth probing). */
  unavailable: boolean;
  /** Retrying start-up may help (everything but a broken migration or a bug). */
  transient: boolean;
}

const NODE_CODES: Record<string, string> = {
  ECONNREFUSED: "connection refused",
  ECONNRESET: "connection reset",
  EPIPE: "connection lost",
  ETIMEDOUT: "connection timed out",
  EHOSTUNREACH: "host unreachable",
  ENETUNREACH: "network unreachable",
  ENOTFOUND: "host not found",
  EAI_AGAIN: "host name lookup failed",
  CONNECT_TIMEOUT: "connection timed out",
  CONNECTION_CLOSED: "connection closed",
  CONNECTION_DESTROYED: "connection dropped",
  CONNECTION_ENDED: "connection ended",
};

/** SQLSTATEs that mean "the server cannot serve right now", with the reason to print. */
const SQLSTATE_UNAVAILABLE: Record<string, string> = {
  "3D000": "unknown database",
  "28P01": "authentication failed",
  "28000": "authentication failed",
  "57P01": "the server is shutting down",
  "57P02": "the server is shutting down",
  "57P03": "the server is starting up",
  "53300": "too many connections",
  "08006": "connection failure",
  "08001": "cannot connect",
  "08004": "connection rejected",
  "57014": "statement timed out",
};

function codeOf(e: Record<string, unknown>): string | undefined {
  if (typeof e.code === "string") return e.code;
  // Node's happy-eyeballs connect reports an AggregateError holding one error per address.
  const inner = Array.isArray(e.errors) ? (e.errors[0] as Record<string, unknown> | undefined) : undefined;
  return typeof inner?.code === "string" ? inner.code : undefined;
}

/** The innermost error with a code (drizzle wraps driver errors as "Failed query: ..."). */
function rootCause(error: unknown): Record<string, unknown> | null {
  let e: unknown = error;
  let found: Record<string, unknown> | null = null;
  for (let depth = 0; e && typeof e === "object" && depth < 8; depth++) {
    const obj = e as Record<string, unknown>;
    if (obj instanceof DatabaseUnavailableError) return obj as unknown as Record<string, unknown>;
    if (codeOf(obj)) found = obj;
    e = obj.cause;
  }
  return found;
}

/** Classifies any error thrown by a query, a connection attempt or a migration. */
export function describeDatabaseError(error: unknown): Described {
  const root = rootCause(error);
  if (root instanceof DatabaseUnavailableError) return { reason: root.reason, unavailable: true, transient: true };
  const code = root ? codeOf(root) : undefined;
  if (code && NODE_CODES[code]) {
    return { reason: NODE_CODES[code], unavailable: true, transient: true };
  }
  if (code && SQLSTATE_UNAVAILABLE[code]) {
    // PostgreSQL's own message names the database or user; it carries no SQL.
    const detail = typeof root?.message === "string" ? `: ${root.message}` : "";
    return { reason: `${SQLSTATE_UNAVAILABLE[code]}${detail} [${code}]`, unavailable: true, transient: code !== "57014" };
  }
  const message = root && typeof root.message === "string" ? root.message : error instanceof Error ? error.message : String(error);
  return { reason: `${message.split("\n")[0].replace(/^Failed query: .*/, "query failed")}${code ? ` [${code}]` : ""}`, unavailable: false, transient: false };
}

/** True when an error (or one it wraps) means the database is unavailable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  return describeDatabaseError(error).unavailable;
}
