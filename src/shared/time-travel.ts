import { and, getTableName, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { isIsoDay } from "./scalars";
import { BadUserInputError } from "./errors";

/** Today as YYYY-MM-DD (UTC): the date a query without `asOf` is answered for. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Facts public by `asOf`. Without `asOf` (the present view) a fact with no known
 * publication date also counts; with `asOf` it cannot be placed in time and is left out.
 */
export function publicBy(publicOnCol: AnyPgColumn, asOf: string | null | undefined): SQL {
  if (asOf) return and(isNotNull(publicOnCol), lte(publicOnCol, asOf)) as SQL;
  return or(sql`${publicOnCol} is null`, lte(publicOnCol, today())) as SQL;
}

/**
 * Of a revision chain, only the latest revision public by `asOf` counts: a row is hidden
 * when a fact that supersedes it is itself public by then.
 *
 * The present view reads the row's own `superseded_on` (kept by the database: migration 0002),
 * so it is a filter on the row an index scan can stop early on, not an anti-join per row. A past
 * `asOf` keeps the exact anti-join: `superseded_on` holds only the earliest revision's date, and
 * a revision without a date counts in the present view but never in the past.
 */
export function notSuperseded(table: PgTable & { id: AnyPgColumn; publicOn: AnyPgColumn; supersededOn?: AnyPgColumn }, asOf: string | null | undefined): SQL {
  if (!asOf && table.supersededOn) return sql`(${table.supersededOn} is null or ${table.supersededOn} > ${today()})`;
  const limit = asOf ? sql`r.public_on is not null and r.public_on <= ${asOf}` : sql`(r.public_on is null or r.public_on <= ${today()})`;
  return sql`not exists (select 1 from facts sf join ${sql.identifier(getTableName(table))} r on r.id = sf.id where sf.supersedes_id = ${table.id} and ${limit})`;
}

export function checkAsOf(asOf: string | null | undefined): string | null {
  if (asOf == null) return null;
  if (!isIsoDay(asOf)) throw new BadUserInputError("`asOf` must be a Date (YYYY-MM-DD).", "asOf");
  return asOf;
}
