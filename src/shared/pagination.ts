import { and, asc, desc, eq, gt, isNull, lt, or, sql, type SQL, type SQLWrapper } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { BadUserInputError } from "./errors";

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** One sort key; `id` is always appended last so the order is total and cursors are stable. */
export interface SortKey {
  name: string;
  column: AnyPgColumn | SQL;
  direction: "ASC" | "DESC";
  /** Reads this key's value from a fetched row, for the cursor. */
  read: (row: any) => unknown;
}

export interface Page {
  limit: number;
  backward: boolean;
  cursorValues: unknown[] | null;
}

/** Validates first/last/after/before the way Relay clients expect; errors name the argument. */
export function resolvePage(args: PageArgs, keys: SortKey[]): Page {
  const { first, last, after, before } = args;
  if (first != null && last != null) throw new BadUserInputError("Pass `first` or `last`, not both.", "first");
  if (after != null && before != null) throw new BadUserInputError("Pass `after` or `before`, not both.", "after");
  if (last != null && after != null) throw new BadUserInputError("`last` pages backwards: combine it with `before`, not `after`.", "last");
  if (first != null && before != null) throw new BadUserInputError("`first` pages forwards: combine it with `after`, not `before`.", "first");
  for (const [name, value] of [["first", first], ["last", last]] as const) {
    if (value != null && (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE)) {
      throw new BadUserInputError(`\`${name}\` must be between 0 and ${MAX_PAGE_SIZE}.`, name);
    }
  }
  const backward = last != null || before != null;
  const limit = (backward ? last : first) ?? DEFAULT_PAGE_SIZE;
  const cursor = backward ? before : after;
  const cursorValues = cursor != null ? decodeCursor(cursor, keys, backward ? "before" : "after") : null;
  return { limit, backward, cursorValues };
}

function signature(keys: SortKey[]): string {
  return keys.map((k) => `${k.name}:${k.direction}`).join(",");
}

/** Keyset cursor: the sort values of a row plus the ordering it belongs to. */
export function encodeCursor(keys: SortKey[], values: unknown[]): string {
  return Buffer.from(JSON.stringify({ o: signature(keys), v: values }), "utf8").toString("base64url");
}

function decodeCursor(cursor: string, keys: SortKey[], arg: string): unknown[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw new BadUserInputError(`\`${arg}\` is not a valid cursor.`, arg);
  }
  const p = parsed as { o?: unknown; v?: unknown };
  if (!p || typeof p !== "object" || !Array.isArray(p.v) || p.v.length !== keys.length) {
    throw new BadUserInputError(`\`${arg}\` is not a valid cursor.`, arg);
  }
  if (p.o !== signature(keys)) {
    throw new BadUserInputError(`\`${arg}\` was issued for a different orderBy; restart paging without a cursor.`, arg);
  }
  for (const v of p.v) {
    if (v !== null && typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") {
      throw new BadUserInputError(`\`${arg}\` is not a valid cursor.`, arg);
    }
  }
  return p.v;
}

/**
 * Rows strictly beyond the cursor in the (possibly reversed) sort order. NULLs sort last on
 * ASC and first on DESC (PostgreSQL's defaults), so "beyond" is spelled out per case.
 */
export function keysetPredicate(keys: SortKey[], values: unknown[], backward: boolean): SQL {
  const branches: SQL[] = [];
  for (let i = 0; i < keys.length; i++) {
    const equalities = keys.slice(0, i).map((k, j) => equalTo(k.column, values[j]));
    const ascending = (keys[i].direction === "ASC") !== backward;
    const beyond = beyondValue(keys[i].column, values[i], ascending);
    if (!beyond) continue;
    branches.push(and(...equalities, beyond) as SQL);
  }
  return branches.length ? (or(...branches) as SQL) : sql`false`;
}

function equalTo(column: SQLWrapper, value: unknown): SQL {
  return value === null ? isNull(column) : (eq(column as AnyPgColumn, value) as SQL);
}

function beyondValue(column: SQLWrapper, value: unknown, ascending: boolean): SQL | null {
  const col = column as AnyPgColumn;
  // In ascending walk order NULLs come last: after a NULL nothing follows on this key.
  if (ascending) return value === null ? null : (or(gt(col, value), isNull(col)) as SQL);
  return value === null ? sql`${col} is not null` : (lt(col, value) as SQL);
}

/** ORDER BY clauses for the walk direction (reversed when paging backwards). */
export function orderClauses(keys: SortKey[], backward: boolean): SQL[] {
  return keys.map((k) => {
    const ascending = (k.direction === "ASC") !== backward;
    return ascending ? asc(k.column) : desc(k.column);
  });
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** Trims the extra probe row and restores the requested order. */
export function finishPage<R>(rows: R[], page: Page, cursorOf: (row: R) => string): { rows: R[]; pageInfo: PageInfoShape } {
  const hasMore = rows.length > page.limit;
  const kept = hasMore ? rows.slice(0, page.limit) : rows;
  if (page.backward) kept.reverse();
  const startCursor = kept.length ? cursorOf(kept[0]) : null;
  const endCursor = kept.length ? cursorOf(kept[kept.length - 1]) : null;
  return {
    rows: kept,
    pageInfo: {
      hasNextPage: page.backward ? page.cursorValues !== null : hasMore,
      hasPreviousPage: page.backward ? hasMore : page.cursorValues !== null,
      startCursor,
      endCursor,
    },
  };
}
