import type { IncomingMessage } from "node:http";

export const MAX_BODY_BYTES = 1_000_000;

export class BodyError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

const EMPTY = Buffer.alloc(0);

/** Reads the whole body as bytes, refusing bodies over MAX_BODY_BYTES (413). */
export function readRawBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    let first: Buffer | null = null;
    let chunks: Buffer[] | null = null;
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        req.off("data", onData);
        reject(new BodyError(`Request body exceeds ${MAX_BODY_BYTES} bytes.`, 413));
      } else if (first === null) first = c;
      else (chunks ??= [first]).push(c);
    };
    req.on("data", onData);
    req.once("end", () => resolve(chunks ? Buffer.concat(chunks) : (first ?? EMPTY)));
    req.once("error", reject);
  });
}

/**
 * Parses a body already read: empty is `undefined`; anything else must be JSON by its
 * Content-Type (415) and by its bytes (400).
 */
export function parseJsonBody(raw: Buffer, contentType: string | undefined): unknown {
  if (raw.length === 0) return undefined;
  const text = raw.toString("utf8");
  if (!text.trim()) return undefined;
  if (!/json/i.test(contentType ?? "")) throw new BodyError("POST bodies must be JSON (Content-Type: application/json).", 415);
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError("The request body is not valid JSON.", 400);
  }
}
