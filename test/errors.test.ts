import { GraphQLError } from "graphql";
import { describe, expect, it } from "vitest";
import { formatError } from "../src/http/errors";
import { createLogger } from "../src/logger";
import { BadUserInputError, ERROR_CODES } from "../src/shared/errors";

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

  it("documents every code it can return", () => {
    for (const code of ["BAD_USER_INPUT", "NOT_FOUND", "QUERY_TOO_COMPLEX", "INTERNAL_SERVER_ERROR", "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED"]) {
      expect(ERROR_CODES).toHaveProperty(code);
    }
  });
});
