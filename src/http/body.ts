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

/** Reads and parses a JSON body, refusing bodies over the limit and malformed JSON. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) throw new BodyError(`Request body exceeds ${MAX_BODY_BYTES} bytes.`, 413);
    chunks.push(chunk as Buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (!text.trim()) return undefined;
  const type = String(req.headers["content-type"] ?? "");
  if (!/json/i.test(type)) {
    throw new BodyError("POST bodies must be JSON (Content-Type: application/json).", 415);
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BodyError("The request body is not valid JSON.", 400);
  }
}
