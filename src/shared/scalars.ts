import { GraphQLScalarType, Kind } from "graphql";
import { BadUserInputError } from "./errors";

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD (rejects 2025-02-30). */
export function isIsoDay(value: string): boolean {
  const m = DAY.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function parseDay(value: unknown): string {
  if (typeof value !== "string" || !isIsoDay(value)) {
    throw new BadUserInputError(`Expected a Date as YYYY-MM-DD, got ${JSON.stringify(value)}.`);
  }
  return value;
}

/** A calendar day, `YYYY-MM-DD`, with no time zone. Kept as a string end to end. */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: "Date",
  description: "A calendar day written `YYYY-MM-DD` (ISO 8601), with no time zone. Example: `2025-11-03`.",
  specifiedByURL: "https://www.rfc-editor.org/rfc/rfc3339#section-5.6",
  serialize: (value) => {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    return parseDay(value);
  },
  parseValue: parseDay,
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError("Expected a Date string as YYYY-MM-DD.");
    return parseDay(ast.value);
  },
});

/** Formats a stored day with its precision as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function partialDate(day: string | null, precision: "DAY" | "MONTH" | "YEAR" | null): string | null {
  if (!day) return null;
  if (precision === "YEAR") return day.slice(0, 4);
  if (precision === "MONTH") return day.slice(0, 7);
  return day;
}

/** A date known to the day, the month or only the year, as reported by the source. */
export const PartialDateScalar = new GraphQLScalarType<string, string>({
  name: "PartialDate",
  description:
    "A date as precisely as the source reports it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. " +
    "A month or a year is never padded to a made-up day.",
  serialize: (value) => {
    if (typeof value !== "string" || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      throw new TypeError(`PartialDate cannot represent ${JSON.stringify(value)}`);
    }
    return value;
  },
  parseValue: (value) => {
    if (typeof value !== "string" || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value)) {
      throw new BadUserInputError(`Expected a PartialDate (YYYY, YYYY-MM or YYYY-MM-DD), got ${JSON.stringify(value)}.`);
    }
    return value;
  },
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(ast.value)) {
      throw new BadUserInputError("Expected a PartialDate string (YYYY, YYYY-MM or YYYY-MM-DD).");
    }
    return ast.value;
  },
});
