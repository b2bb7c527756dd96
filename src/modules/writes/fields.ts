import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateScalar, isIsoDay } from "../../shared/scalars";
import { DatePrecision } from "../../shared/graphql-types";
import type { NodeType } from "../../shared/global-id";

/**
 * What one writable field is: its kind decides the GraphQL input type and the checks; the name is
 * the drizzle property of the entity table (and the GraphQL input field's name), so a row is the
 * input with references resolved. One list of these per entity drives input types, validation,
 * rows and audit snapshots (entities.ts).
 */
export type FieldKind =
  | "text"
  | "date"
  | "precision"
  | "money"
  | "mw"
  | "pct"
  | "int"
  | "count"
  | "number"
  | "currency"
  | "country"
  | "bool"
  | "enum"
  | "url"
  | "ref"
  | "refs";

export interface FieldSpec {
  name: string;
  kind: FieldKind;
  description: string;
  /** Must have a value once written (create: given; revise: given or kept). */
  required?: boolean;
  /** `enum`: the registered TS enum. */
  enumType?: Record<string, string>;
  /** `ref` / `refs`: the type the global ID must name. */
  ref?: NodeType;
  /** Upper-case the value before checking (tickers, codes). */
  upper?: boolean;
  /** A tighter bound than the kind's (the column's precision). */
  max?: number;
}

export interface FieldProblem {
  field: string;
  message: string;
  code: "REQUIRED" | "INVALID";
}

const MAX_TEXT = 4_000;
const MAX_MONEY = 1e17;

function gqlType(f: FieldSpec): () => unknown {
  switch (f.kind) {
    case "date":
      return () => DateScalar;
    case "precision":
      return () => DatePrecision;
    case "money":
    case "mw":
    case "pct":
    case "number":
      return () => Float;
    case "int":
    case "count":
      return () => Int;
    case "bool":
      return () => Boolean;
    case "enum":
      return () => f.enumType;
    case "ref":
      return () => ID;
    case "refs":
      return () => [ID];
    default:
      return () => String;
  }
}

/** An input class built from field specs (every field optional: missing required ones are user errors, all reported at once). */
export function inputClass(name: string, description: string, fields: FieldSpec[]): new () => Record<string, unknown> {
  const holder = { [name]: class {} };
  const C = holder[name];
  for (const f of fields) {
    Field(gqlType(f) as never, { nullable: true, description: f.description + (f.required ? " Required on create." : "") })(C.prototype, f.name);
  }
  InputType(name, { description })(C);
  return C as new () => Record<string, unknown>;
}

/**
 * Checks one given value (undefined: not given; null: cleared). Returns the value to store or a
 * problem. References come back as global IDs: the service resolves them against the database.
 */
export function checkValue(f: FieldSpec, value: unknown, path: string): { value: unknown } | FieldProblem {
  if (value === null || value === undefined) return { value: null };
  const bad = (message: string): FieldProblem => ({ field: path, message, code: "INVALID" });
  switch (f.kind) {
    case "text": {
      const s = String(value).trim();
      if (s.length === 0) return bad("Must not be blank (send null to clear it).");
      if (s.length > MAX_TEXT) return bad(`At most ${MAX_TEXT} characters.`);
      return { value: f.upper ? s.toUpperCase() : s };
    }
    case "url": {
      const s = String(value).trim();
      try {
        const u = new URL(s);
        if (u.protocol !== "http:" && u.protocol !== "https:") return bad("Must be an http(s) URL.");
      } catch {
        return bad("Must be an absolute http(s) URL.");
      }
      return s.length > 2_000 ? bad("At most 2000 characters.") : { value: s };
    }
    case "date":
      return typeof value === "string" && isIsoDay(value) ? { value } : bad("Must be a day, YYYY-MM-DD.");
    case "money":
      return finite(value, 0, f.max ?? MAX_MONEY, bad, `Must be a non-negative amount below ${f.max ?? "1e17"}.`);
    case "mw":
      return finite(value, 0, 1e8, bad, "Must be between 0 and 100,000,000 MW.");
    case "pct":
      return finite(value, 0, 100, bad, "Must be a percentage between 0 and 100.");
    case "number":
      return finite(value, -(f.max ?? 1e17), f.max ?? 1e17, bad, `Must be a finite number of magnitude below ${f.max ?? "1e17"}.`);
    case "int":
      return Number.isInteger(value) && (value as number) > 0 ? { value } : bad("Must be a positive whole number.");
    case "count":
      return Number.isInteger(value) && (value as number) >= 0 ? { value } : bad("Must be a whole number, 0 or more.");
    case "currency": {
      const s = String(value).trim().toUpperCase();
      return /^[A-Z]{3}$/.test(s) ? { value: s } : bad("Must be an ISO 4217 code such as USD.");
    }
    case "country": {
      const s = String(value).trim().toUpperCase();
      return /^[A-Z]{2}$/.test(s) ? { value: s } : bad("Must be an ISO 3166-1 alpha-2 code such as US.");
    }
    case "refs":
      return Array.isArray(value) && value.length <= 50 ? { value } : bad("At most 50 IDs.");
    default:
      return { value };
  }
}

function finite(value: unknown, min: number, max: number, bad: (m: string) => FieldProblem, message: string) {
  return typeof value === "number" && Number.isFinite(value) && value >= min && value < max + (max === 100 ? 1e-9 : 0) ? { value } : bad(message);
}
