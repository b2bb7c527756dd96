import type { IncomingMessage, ServerResponse } from "node:http";
import cors from "cors";

/**
 * CORS by allow-list, with the `cors` package on plain node:http. `*` (the default) lets any
 * origin call the API without credentials (API keys travel in the Authorization header, which
 * browsers send cross-origin when it is allowed here, not as cookies). Preflights answer 204.
 */
export function corsHandler(origins: string): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const list = origins === "*" ? "*" : origins.split(",").map((o) => o.trim().replace(/\/$/, ""));
  const middleware = cors({
    origin: list,
    methods: ["GET", "POST", "OPTIONS"],
    allowedHeaders: ["content-type", "authorization", "accept", "x-request-id", "apollo-require-preflight"],
    exposedHeaders: ["x-request-id", "ratelimit", "ratelimit-policy", "retry-after"],
    maxAge: 600,
    optionsSuccessStatus: 204,
    preflightContinue: false,
  });
  return (req, res) => new Promise<void>((resolve) => middleware(req as never, res as never, () => resolve()));
}

/** True once the CORS middleware has answered (a preflight). */
export const answered = (res: ServerResponse) => res.writableEnded;
