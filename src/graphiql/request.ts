/** What the page sends: the current operation, its variables and headers, read from the editors. */
import { tryParseJSONC } from "@graphiql/react";

export interface Editors {
  queryEditor: { getValue(): string } | null;
  variableEditor: { getValue(): string } | null;
  headerEditor: { getValue(): string } | null;
}

export type CurrentOperation =
  | { ok: true; query: string; variables: Record<string, unknown>; headers: Record<string, string> }
  | { ok: false; error: string };

export function toHeaderRecord(headers: Record<string, unknown> | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(headers ?? {})) {
    if (value === undefined || value === null) continue;
    out[key] = typeof value === "string" ? value : JSON.stringify(value);
  }
  return out;
}

/** The operation in the editors, or why it cannot be sent. */
export function currentOperation(editors: Editors): CurrentOperation {
  const query = editors.queryEditor?.getValue() ?? "";
  if (!query.trim()) return { ok: false, error: "The operation editor is empty." };
  let variables: Record<string, unknown> | undefined;
  let headers: Record<string, unknown> | undefined;
  try {
    variables = tryParseJSONC(editors.variableEditor?.getValue());
  } catch (error) {
    return { ok: false, error: `Variables ${(error as Error).message}` };
  }
  try {
    headers = tryParseJSONC(editors.headerEditor?.getValue());
  } catch (error) {
    return { ok: false, error: `Request headers ${(error as Error).message}` };
  }
  return { ok: true, query, variables: variables ?? {}, headers: toHeaderRecord(headers) };
}

/** Extracts a GraphQL error message (or a short text) from a failed response. */
export function describeErrorBody(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { errors?: Array<{ message?: unknown }>; message?: unknown };
    const messages = (body.errors ?? []).map((e) => (typeof e?.message === "string" ? e.message : "")).filter(Boolean);
    if (messages.length) return messages.join("\n");
    if (typeof body.message === "string") return body.message;
  } catch {
    /* not JSON */
  }
  const snippet = text.trim().slice(0, 300);
  return snippet ? `HTTP ${status}: ${snippet}` : `HTTP ${status}`;
}
