import pino from "pino";

export type Logger = pino.Logger;

const MAX_STRING = 1000;
const MAX_ITEMS = 20;

/**
 * Bounds what one log line can hold: a failed query's SQL parameters (drizzle puts them in the
 * error's message and `params`) once filled a 3.5 MB line. Strings are cut, lists shortened.
 */
export function truncateForLog(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return value.length > MAX_STRING ? `${value.slice(0, MAX_STRING)}… (${value.length} chars)` : value;
  if (!value || typeof value !== "object" || depth > 6) return value;
  if (Array.isArray(value)) {
    const head = value.slice(0, MAX_ITEMS).map((v) => truncateForLog(v, depth + 1));
    return value.length > MAX_ITEMS ? [...head, `… (${value.length} items)`] : head;
  }
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) out[k] = truncateForLog(v, depth + 1);
  return out;
}

/** JSON logs on stdout; one line per request plus lifecycle events. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { service: "gigawatt" },
    timestamp: pino.stdTimeFunctions.isoTime,
    serializers: { err: (err: Error) => truncateForLog(pino.stdSerializers.err(err)) as pino.SerializedError },
  });
}
