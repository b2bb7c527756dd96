import { and, eq, gt, gte, inArray, isNotNull, isNull, lt, lte, ne, not, notInArray, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { Field, Float, ID, InputType, Int } from "type-graphql";
import { DateScalar } from "./scalars";
import { BadUserInputError } from "./errors";

export const MAX_IN_LIST = 500;
export const MAX_FILTER_DEPTH = 6;

@InputType({ description: "Conditions on a whole number. All given conditions must hold." })
export class IntFilter {
  @Field(() => Int, { nullable: true, description: "Equal to." }) eq?: number;
  @Field(() => Int, { nullable: true, description: "Not equal to (NULLs do not match)." }) ne?: number;
  @Field(() => [Int], { nullable: true, description: "One of these values (at most 500)." }) in?: number[];
  @Field(() => [Int], { nullable: true, description: "None of these values (at most 500)." }) notIn?: number[];
  @Field(() => Int, { nullable: true, description: "Greater than." }) gt?: number;
  @Field(() => Int, { nullable: true, description: "Greater than or equal to." }) gte?: number;
  @Field(() => Int, { nullable: true, description: "Less than." }) lt?: number;
  @Field(() => Int, { nullable: true, description: "Less than or equal to." }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: "true: the value is unknown (null); false: it is known." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a number. All given conditions must hold." })
export class FloatFilter {
  @Field(() => Float, { nullable: true, description: "Equal to." }) eq?: number;
  @Field(() => Float, { nullable: true, description: "Not equal to (NULLs do not match)." }) ne?: number;
  @Field(() => [Float], { nullable: true, description: "One of these values (at most 500)." }) in?: number[];
  @Field(() => [Float], { nullable: true, description: "None of these values (at most 500)." }) notIn?: number[];
  @Field(() => Float, { nullable: true, description: "Greater than." }) gt?: number;
  @Field(() => Float, { nullable: true, description: "Greater than or equal to." }) gte?: number;
  @Field(() => Float, { nullable: true, description: "Less than." }) lt?: number;
  @Field(() => Float, { nullable: true, description: "Less than or equal to." }) lte?: number;
  @Field(() => Boolean, { nullable: true, description: "true: the value is unknown (null); false: it is known." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a calendar day. All given conditions must hold." })
export class DateFilter {
  @Field(() => DateScalar, { nullable: true, description: "On this day." }) eq?: string;
  @Field(() => DateScalar, { nullable: true, description: "Not on this day (NULLs do not match)." }) ne?: string;
  @Field(() => [DateScalar], { nullable: true, description: "On one of these days (at most 500)." }) in?: string[];
  @Field(() => DateScalar, { nullable: true, description: "After this day." }) gt?: string;
  @Field(() => DateScalar, { nullable: true, description: "On or after this day." }) gte?: string;
  @Field(() => DateScalar, { nullable: true, description: "Before this day." }) lt?: string;
  @Field(() => DateScalar, { nullable: true, description: "On or before this day." }) lte?: string;
  @Field(() => Boolean, { nullable: true, description: "true: the date is unknown (null); false: it is known." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a text value. Matching is exact unless `contains` is used." })
export class StringFilter {
  @Field(() => String, { nullable: true, description: "Exactly equal to." }) eq?: string;
  @Field(() => String, { nullable: true, description: "Not equal to (NULLs do not match)." }) ne?: string;
  @Field(() => [String], { nullable: true, description: "One of these values (at most 500)." }) in?: string[];
  @Field(() => [String], { nullable: true, description: "None of these values (at most 500)." }) notIn?: string[];
  @Field(() => String, { nullable: true, description: "Contains this text, ignoring case." }) contains?: string;
  @Field(() => Boolean, { nullable: true, description: "true: the value is unknown (null); false: it is known." }) isNull?: boolean;
}

@InputType({ description: "Conditions on a global ID." })
export class IDFilter {
  @Field(() => ID, { nullable: true, description: "Equal to this ID." }) eq?: string;
  @Field(() => [ID], { nullable: true, description: "One of these IDs (at most 500)." }) in?: string[];
  @Field(() => [ID], { nullable: true, description: "None of these IDs (at most 500)." }) notIn?: string[];
}

@InputType({ description: "Conditions on a true/false value." })
export class BooleanFilter {
  @Field(() => Boolean, { nullable: true, description: "Equal to." }) eq?: boolean;
  @Field(() => Boolean, { nullable: true, description: "true: the value is unknown (null); false: it is known." }) isNull?: boolean;
}

type Scalar = string | number | boolean;
interface ScalarFilterShape {
  eq?: Scalar; ne?: Scalar; in?: Scalar[]; notIn?: Scalar[];
  gt?: Scalar; gte?: Scalar; lt?: Scalar; lte?: Scalar;
  contains?: string; isNull?: boolean;
}

function checkList(list: unknown[], field: string): void {
  if (list.length > MAX_IN_LIST) throw new BadUserInputError(`\`${field}\` lists at most ${MAX_IN_LIST} values.`, field);
}

/** Turns one scalar filter into SQL conditions on a column (or expression). */
export function scalarConditions(column: AnyPgColumn | SQL, f: ScalarFilterShape, field: string): SQL[] {
  const col = column as AnyPgColumn;
  const out: SQL[] = [];
  if (f.eq != null) out.push(eq(col, f.eq));
  if (f.ne != null) out.push(ne(col, f.ne));
  if (f.in != null) {
    checkList(f.in, `${field}.in`);
    out.push(f.in.length ? inArray(col, f.in) : sql`false`);
  }
  if (f.notIn != null) {
    checkList(f.notIn, `${field}.notIn`);
    if (f.notIn.length) out.push(and(isNotNull(col), notInArray(col, f.notIn)) as SQL);
  }
  if (f.gt != null) out.push(gt(col, f.gt));
  if (f.gte != null) out.push(gte(col, f.gte));
  if (f.lt != null) out.push(lt(col, f.lt));
  if (f.lte != null) out.push(lte(col, f.lte));
  if (f.contains != null) {
    const escaped = f.contains.replace(/[\\%_]/g, (c) => `\\${c}`);
    out.push(sql`${col} ilike ${`%${escaped}%`}`);
  }
  if (f.isNull != null) out.push(f.isNull ? isNull(col) : isNotNull(col));
  return out;
}

/**
 * A `where` input compiles field by field through a table of handlers; `and`, `or` and `not`
 * nest. Each handler returns the SQL for its field (or several conditions, all required).
 */
export type WhereHandlers<W> = {
  [K in Exclude<keyof W, "and" | "or" | "not">]?: (value: NonNullable<W[K]>, path: string) => SQL | SQL[];
};

interface Composable<W> {
  and?: W[] | null;
  or?: W[] | null;
  not?: W | null;
}

export function compileWhere<W extends Composable<W>>(where: W | null | undefined, handlers: WhereHandlers<W>, path = "where", depth = 0): SQL | undefined {
  if (!where) return undefined;
  if (depth > MAX_FILTER_DEPTH) throw new BadUserInputError(`\`${path}\` nests and/or/not more than ${MAX_FILTER_DEPTH} levels.`, path);
  const parts: SQL[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value == null || key === "and" || key === "or" || key === "not") continue;
    const handler = (handlers as Record<string, (v: unknown, p: string) => SQL | SQL[]>)[key];
    if (!handler) throw new BadUserInputError(`\`${path}.${key}\` cannot be filtered on.`, `${path}.${key}`);
    const result = handler(value, `${path}.${key}`);
    parts.push(...(Array.isArray(result) ? result : [result]));
  }
  if (where.and) {
    where.and.forEach((w, i) => {
      const c = compileWhere(w, handlers, `${path}.and[${i}]`, depth + 1);
      if (c) parts.push(c);
    });
  }
  if (where.or) {
    const branches = where.or.map((w, i) => compileWhere(w, handlers, `${path}.or[${i}]`, depth + 1) ?? sql`true`);
    parts.push(branches.length ? (or(...branches) as SQL) : sql`false`);
  }
  if (where.not) {
    const c = compileWhere(where.not, handlers, `${path}.not`, depth + 1);
    if (c) parts.push(not(c));
  }
  return parts.length ? (and(...parts) as SQL) : undefined;
}

/** Helper for handlers: a scalar filter on one column. */
export const on =
  (column: AnyPgColumn | SQL) =>
  (value: ScalarFilterShape, path: string): SQL[] =>
    scalarConditions(column, value, path);
