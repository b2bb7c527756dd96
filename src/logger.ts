import pino from "pino";

export type Logger = pino.Logger;

/** JSON logs on stdout; one line per request plus lifecycle events. */
export function createLogger(level: string): Logger {
  return pino({ level, base: { service: "gigawatt" }, timestamp: pino.stdTimeFunctions.isoTime });
}
