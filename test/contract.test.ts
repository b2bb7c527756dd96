/**
 * The schema is a contract. Two rules, checked against the committed SDL:
 *
 * 1. No breaking change (graphql-js `findBreakingChanges`: a type changed, an argument made
 *    required, a field's type narrowed the wrong way, ...).
 * 2. Nothing is removed without notice: a field, argument or enum value may only disappear
 *    when the committed schema already marks it `@deprecated(reason: "...")` with a real
 *    reason. Deprecate first, ship, remove later.
 *
 * Baselines: schema/schema.graphql as it is on disk, and as committed in git (HEAD, or
 * SCHEMA_BASE_REF, e.g. `origin/main` in CI for a pull request), so running
 * `npm run schema:emit` over a breaking change does not hide it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  BreakingChangeType,
  DEFAULT_DEPRECATION_REASON,
  buildSchema,
  findBreakingChanges,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  type GraphQLSchema,
} from "graphql";
import { printSchemaSDL } from "../src/schema-sdl";

const root = path.resolve(__dirname, "..");
const SDL_PATH = "schema/schema.graphql";

const RULE = 'Rule: mark it @deprecated(reason: "<what to use instead>") in the schema, commit and release that, and only remove it in a later change.';

function hasReason(reason: string | null | undefined): boolean {
  return !!reason && reason.trim() !== "" && reason !== DEFAULT_DEPRECATION_REASON;
}

/** Fields, arguments and enum values of the old schema that are gone from the new one. */
function removals(before: GraphQLSchema, after: GraphQLSchema): string[] {
  const problems: string[] = [];
  const gone = (what: string, reason: string | null | undefined) => {
    if (!hasReason(reason)) {
      problems.push(`${what} was removed without first being marked @deprecated with a reason in the committed schema. ${RULE}`);
    }
  };
  for (const type of Object.values(before.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    const next = after.getType(type.name);
    if (!next) continue; // reported by findBreakingChanges (TYPE_REMOVED)
    if ((isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) && "getFields" in next) {
      const nextFields = (next as typeof type).getFields() as Record<string, { args?: ReadonlyArray<{ name: string }> }>;
      for (const field of Object.values(type.getFields())) {
        const nextField = nextFields[field.name];
        if (!nextField) {
          gone(`${type.name}.${field.name}`, field.deprecationReason);
          continue;
        }
        for (const arg of "args" in field ? field.args : []) {
          if (!nextField.args?.some((a) => a.name === arg.name)) gone(`${type.name}.${field.name}(${arg.name})`, arg.deprecationReason);
        }
      }
    }
    if (isEnumType(type) && isEnumType(next)) {
      for (const value of type.getValues()) {
        if (!next.getValue(value.name)) gone(`${type.name}.${value.name}`, value.deprecationReason);
      }
    }
  }
  return problems;
}

/** Every contract violation going from `beforeSDL` (the committed contract) to `afterSDL`. */
function contractViolations(beforeSDL: string, afterSDL: string): string[] {
  const before = buildSchema(beforeSDL);
  const after = buildSchema(afterSDL);
  // Removals are judged by rule 2 (they are fine once deprecated), everything else by rule 1.
  const judgedByRule2 = new Set<string>([BreakingChangeType.FIELD_REMOVED, BreakingChangeType.ARG_REMOVED, BreakingChangeType.VALUE_REMOVED_FROM_ENUM]);
  const breaking = findBreakingChanges(before, after)
    .filter((c) => !judgedByRule2.has(c.type))
    .map((c) => `Breaking change (${c.type}): ${c.description}`);
  return [...breaking, ...removals(before, after)];
}

function committedInGit(ref: string): string | null {
  try {
    return execFileSync("git", ["show", `${ref}:${SDL_PATH}`], { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
  } catch {
    return null;
  }
}

describe("the schema contract (rules)", () => {
  const base = `
    type Query { deals: [Deal!]! old: Int @deprecated(reason: "Use deals.") legacy: Int @deprecated }
    type Deal { key: String! kind: Kind! value(currency: String): Float }
    enum Kind { LEASE CLOUD OLD @deprecated(reason: "Merged into LEASE.") }
  `;

  it("accepts additions and the removal of what was deprecated with a reason", () => {
    const next = `
      type Query { deals: [Deal!]! legacy: Int @deprecated sector: Int }
      type Deal { key: String! kind: Kind! value(currency: String, asOf: String): Float note: String }
      enum Kind { LEASE CLOUD SHELL }
    `;
    expect(contractViolations(base, next)).toEqual([]);
  });

  it("rejects removing an undeprecated field, argument or enum value, and a bare @deprecated", () => {
    const next = `
      type Query { deals: [Deal!]! old: Int }
      type Deal { kind: Kind! value: Float }
      enum Kind { LEASE OLD }
    `;
    const problems = contractViolations(base, next);
    expect(problems).toEqual([
      expect.stringMatching(/^Query\.legacy was removed without first being marked @deprecated/),
      expect.stringMatching(/^Deal\.key was removed without/),
      expect.stringMatching(/^Deal\.value\(currency\) was removed without/),
      expect.stringMatching(/^Kind\.CLOUD was removed without/),
    ]);
    expect(problems[0]).toContain(RULE);
  });

  it("rejects other breaking changes: a changed type, a new required argument", () => {
    const next = `
      type Query { deals(asOf: String!): [Deal!]! old: Int @deprecated(reason: "Use deals.") legacy: Int @deprecated }
      type Deal { key: Int! kind: Kind! value(currency: String): Float }
      enum Kind { LEASE CLOUD OLD @deprecated(reason: "Merged into LEASE.") }
    `;
    expect(contractViolations(base, next).sort()).toEqual([
      "Breaking change (FIELD_CHANGED_KIND): Deal.key changed type from String! to Int!.",
      "Breaking change (REQUIRED_ARG_ADDED): A required arg asOf on Query.deals was added.",
    ]);
  });
});

describe("the schema built from the code honours the committed contract", () => {
  const current = printSchemaSDL();

  it(`against ${SDL_PATH} on disk`, () => {
    const committed = fs.readFileSync(path.join(root, SDL_PATH), "utf8");
    expect(contractViolations(committed, current)).toEqual([]);
  });

  const ref = process.env.SCHEMA_BASE_REF ?? "HEAD";
  const inGit = committedInGit(ref);
  it.skipIf(inGit === null)(`against ${SDL_PATH} in git at ${ref}${inGit === null ? " (not available here: skipped)" : ""}`, () => {
    expect(contractViolations(inGit!, current)).toEqual([]);
  });
});
