import fs from "node:fs";
import path from "node:path";
import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { formatError } from "../src/http/errors";
import { createLogger } from "../src/logger";
import { BadUserInputError, ERROR_CODES } from "../src/shared/errors";
import { USER_ERROR_CODES } from "../src/modules/writes/write.types";

const format = formatError(createLogger("silent"));

describe("error masking", () => {
  it("replaces database errors with a generic INTERNAL_SERVER_ERROR, whatever code they claim", () => {
    const pgError = Object.assign(new Error('relation "deals" does not exist'), { severity: "ERROR", routine: "parserOpenTable", query: "select * from deals" });
    const wrapped = new GraphQLError(pgError.message, { originalError: pgError });
    const out = format({ message: pgError.message, extensions: { code: "INTERNAL_SERVER_ERROR" } }, wrapped);
    expect(out).toEqual({ message: "Internal server error.", locations: undefined, path: undefined, extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });

  it("masks unexpected errors but passes the documented codes with their messages", () => {
    const bug = new GraphQLError("Cannot read properties of undefined", { originalError: new TypeError("Cannot read properties of undefined") });
    expect(format({ message: bug.message, extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: ["at x"] } }, bug).message).toBe("Internal server error.");
    const ours = new BadUserInputError("`first` must be between 0 and 100.", "first");
    const passed = format({ message: ours.message, extensions: { ...ours.extensions, stacktrace: ["at y"] } }, ours);
    expect(passed).toEqual({ message: ours.message, extensions: { code: "BAD_USER_INPUT", field: "first" } });
  });

  it("documents every code the server source can raise", () => {
    // Codes given to AppError subclasses (`super(message, "CODE"`) or written as `code: "CODE"`
    // anywhere in the server (the SDK's own client-side codes live under src/sdk).
    const raised = new Set<string>();
    for (const file of sourceFiles(path.resolve(__dirname, "../src"))) {
      if (file.includes(`${path.sep}sdk${path.sep}`)) continue;
      const text = fs.readFileSync(file, "utf8");
      for (const m of text.matchAll(/(?:super\([^,()]+,\s*|\bcode:\s*)"([A-Z][A-Z_]{2,})"/g)) raised.add(m[1]);
    }
    expect([...raised]).toEqual(expect.arrayContaining(["BAD_USER_INPUT", "NOT_FOUND", "QUERY_TOO_COMPLEX"]));
    // Payload codes of refused writes (`userErrors { code }`) are documented in their own list.
    expect([...raised].filter((code) => !(code in ERROR_CODES) && !(code in USER_ERROR_CODES))).toEqual([]);
  });
});

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sourceFiles(full) : e.name.endsWith(".ts") ? [full] : [];
  });
}
