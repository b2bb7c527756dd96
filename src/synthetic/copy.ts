import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Db } from "../db/client";

/** One transaction of a bulk load: plain SQL, and COPY of pre-encoded text-format lines. */
export interface BulkTx {
  query<T = Record<string, unknown>>(text: string): Promise<T[]>;
  /** `lines` are COPY text-format rows ending in "\n" (see `copyLine`). */
  copy(table: string, columns: readonly string[], lines: string[]): Promise<void>;
}

export interface BulkLoader {
  kind: "postgres" | "pglite";
  transaction<T>(fn: (tx: BulkTx) => Promise<T>): Promise<T>;
}

type PostgresJs = {
  begin<T>(fn: (tx: PostgresJs) => Promise<T>): Promise<T>;
  unsafe(text: string): Promise<unknown[]> & { writable(): Promise<NodeJS.WritableStream> };
};
type PgliteLike = {
  transaction<T>(fn: (tx: PgliteTx) => Promise<T>): Promise<T>;
};
type PgliteTx = {
  query<T>(text: string, params?: unknown[], opts?: { blob?: Blob }): Promise<{ rows: T[] }>;
};

const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
const copySql = (table: string, columns: readonly string[], from: string) =>
  `copy ${ident(table)} (${columns.map(ident).join(", ")}) from ${from}`;

/**
 * COPY through whichever driver is behind drizzle: postgres.js streams to `COPY ... FROM
 * STDIN`; PGlite reads the same text from `/dev/blob`. Both are far faster than INSERTs.
 */
export function bulkLoader(db: Db): BulkLoader {
  const client = (db as unknown as { $client?: unknown }).$client as Record<string, unknown> | undefined;
  if (client && typeof client === "function" && typeof (client as unknown as PostgresJs).begin === "function") {
    const pg = client as unknown as PostgresJs;
    return {
      kind: "postgres",
      transaction: (fn) =>
        pg.begin((tx) =>
          fn({
            query: async <T>(text: string) => (await tx.unsafe(text)) as T[],
            copy: async (table, columns, lines) => {
              const writable = await tx.unsafe(copySql(table, columns, "stdin")).writable();
              await pipeline(Readable.from(chunked(lines)), writable as unknown as NodeJS.WritableStream);
            },
          }),
        ),
    };
  }
  if (client && typeof client.transaction === "function" && typeof client.exec === "function") {
    const lite = client as unknown as PgliteLike;
    return {
      kind: "pglite",
      transaction: (fn) =>
        lite.transaction((tx) =>
          fn({
            query: async <T>(text: string) => (await tx.query<T>(text)).rows,
            copy: async (table, columns, lines) => {
              await tx.query(copySql(table, columns, "'/dev/blob'"), [], { blob: new Blob([lines.join("")]) });
            },
          }),
        ),
    };
  }
  throw new Error("bulk load needs drizzle over postgres.js or PGlite (db.$client)");
}

/** ~1 MB string pieces: few stream writes, bounded extra memory. */
function* chunked(lines: string[]): Generator<string> {
  let buf: string[] = [];
  let size = 0;
  for (const line of lines) {
    buf.push(line);
    size += line.length;
    if (size >= 1 << 20) {
      yield buf.join("");
      buf = [];
      size = 0;
    }
  }
  if (buf.length) yield buf.join("");
}

export type CopyValue = string | number | boolean | null | undefined | number[];

function encode(v: CopyValue): string {
  if (v === null || v === undefined) return "\\N";
  if (typeof v === "boolean") return v ? "t" : "f";
  if (typeof v === "number") return String(v);
  if (Array.isArray(v)) return `{${v.join(",")}}`;
  return v.replace(/[\\\t\n\r]/g, (c) => (c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r"));
}

/** One COPY text-format row (tab-separated, `\N` for null, backslash escapes). */
export function copyLine(values: readonly CopyValue[]): string {
  let out = "";
  for (let i = 0; i < values.length; i++) out += (i ? "\t" : "") + encode(values[i]);
  return out + "\n";
}
