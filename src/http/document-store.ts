/**
 * Persisted documents for permalinks: the operation text, stored by its sha256 (hex) as a file
 * `<dir>/<sha256>.graphql`. Files, not a table: they work the same on PGlite and PostgreSQL
 * with no migration, and a document never changes once written (its name is its hash).
 */
import { createHash, randomUUID } from "node:crypto";
import { mkdir, readFile, rename, writeFile } from "node:fs/promises";
import path from "node:path";

export const SHA256_HEX = /^[0-9a-f]{64}$/;

export function sha256Hex(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

export interface DocumentStore {
  /** Stores the text; returns its sha256. */
  put(text: string): Promise<string>;
  /** The text stored under this sha256, or null. */
  get(hash: string): Promise<string | null>;
}

/** Documents in a directory; `known` are served without being written (the saved examples). */
export function fileDocumentStore(dir: string, known: Iterable<string> = []): DocumentStore {
  const builtIn = new Map<string, string>();
  for (const text of known) builtIn.set(sha256Hex(text), text);
  const file = (hash: string) => path.join(dir, `${hash}.graphql`);
  return {
    async put(text) {
      const hash = sha256Hex(text);
      if (builtIn.has(hash)) return hash;
      await mkdir(dir, { recursive: true });
      // Write then rename: a reader never sees half a document.
      const tmp = path.join(dir, `.${hash}.${randomUUID()}.tmp`);
      await writeFile(tmp, text, "utf8");
      await rename(tmp, file(hash));
      return hash;
    },
    async get(hash) {
      if (!SHA256_HEX.test(hash)) return null;
      const known = builtIn.get(hash);
      if (known !== undefined) return known;
      try {
        const text = await readFile(file(hash), "utf8");
        return sha256Hex(text) === hash ? text : null;
      } catch {
        return null;
      }
    },
  };
}
