import { and, getTableName, isNotNull, lte, or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { isIsoDay } from "./scalars";
import { BadUserInputError } from "./errors";

/** The description of every `knownAt` argument. */
export const KNOWN_AT =
  "Reproducibility: answer as the database held it at this instant (records recorded by then; revisions and " +
  "retractions recorded later ignored). A past `knownAt` gives the same answer forever. Combines with `asOf`; " +
  "without `asOf`, the present view as of that instant's day. Not in the future.";

/** Today as YYYY-MM-DD (UTC): the date a query without `asOf` is answered for. */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * The point a query reads the data at: `asOf` (a day: what was public then) and `knownAt` (an
 * instant: what the database held then). It travels through lists, loaders, nested relations and
 * sector figures as ONE opaque string in the place `asOf` always took, so every cache and loader
 * key that includes `asOf` separates knownAt answers too: `"2025-11-01"`, `"2025-11-01@<ISO instant>"`
 * or `"@<ISO instant>"` (the present view as it was at that instant). Only this file reads it.
 */
export interface TimePoint {
  day: string | null;
  knownAt: string | null;
}

export function pointOf(asOf: string | null | undefined): TimePoint {
  if (!asOf) return { day: null, knownAt: null };
  const at = asOf.indexOf("@");
  if (at < 0) return { day: asOf, knownAt: null };
  return { day: at === 0 ? null : asOf.slice(0, at), knownAt: asOf.slice(at + 1) };
}

/** The day part of a point (the `asOf` that was asked for), null for the present view. */
/** The point for a day and an instant already checked (see `atPoint`). */
export function pointAt(day: string | null, knownAt: string | null): string | null {
  return knownAt ? `${day ?? ""}@${knownAt}` : day;
}

export function dayOf(asOf: string | null | undefined): string | null {
  return pointOf(asOf).day;
}

/** The day a point answers for: `asOf`, else the day of `knownAt`, else today. */
export function answerDay(asOf: string | null | undefined): string {
  const p = pointOf(asOf);
  return p.day ?? (p.knownAt ? p.knownAt.slice(0, 10) : today());
}

/**
 * Combines the `asOf` and `knownAt` arguments into a point. `knownAt` must not be in the future: an
 * answer for an instant still to come could change, and a past knownAt must give the same answer
 * forever.
 */
export function atPoint(asOf: string | null | undefined, knownAt: Date | string | null | undefined): string | null {
  const day = checkAsOf(asOf);
  if (knownAt == null) return day;
  const instant = knownAt instanceof Date ? knownAt : new Date(knownAt);
  if (Number.isNaN(instant.getTime())) throw new BadUserInputError("`knownAt` must be a DateTime (ISO 8601).", "knownAt");
  if (instant.getTime() > Date.now()) throw new BadUserInputError("`knownAt` cannot be in the future: only a past instant has a fixed answer.", "knownAt");
  return `${day ?? ""}@${instant.toISOString()}`;
}

const tableOf = (col: AnyPgColumn) => (col as unknown as { table: PgTable & { id: AnyPgColumn } }).table;

/**
 * Facts public by `asOf`. Without `asOf` (the present view) a fact with no known
 * publication date also counts; with `asOf` it cannot be placed in time and is left out.
 * With `knownAt`, only rows the database held then (recorded by that instant) count.
 */
export function publicBy(publicOnCol: AnyPgColumn, asOf: string | null | undefined): SQL {
  const p = pointOf(asOf);
  const base = p.day ? (and(isNotNull(publicOnCol), lte(publicOnCol, p.day)) as SQL) : (or(sql`${publicOnCol} is null`, lte(publicOnCol, answerDay(asOf))) as SQL);
  const table = tableOf(publicOnCol);
  const source = sourceColumns(table);
  if (source) return and(base, p.knownAt ? sql`(${source.createdAt} <= ${p.knownAt} and (${source.retractedAt} is null or ${source.retractedAt} > ${p.knownAt}))` : sql`${source.retractedAt} is null`) as SQL;
  if (!p.knownAt) return base;
  return and(base, sql`exists (select 1 from facts kf where kf.id = ${table.id} and kf.created_at <= ${p.knownAt})`) as SQL;
}

/** Sources are not facts: they carry their own recorded and withdrawn times. */
function sourceColumns(table: PgTable): { createdAt: AnyPgColumn; retractedAt: AnyPgColumn } | null {
  if (getTableName(table) !== "sources") return null;
  const t = table as unknown as { createdAt: AnyPgColumn; retractedAt: AnyPgColumn };
  return { createdAt: t.createdAt, retractedAt: t.retractedAt };
}

/**
 * Of a revision chain, only the latest revision public by `asOf` counts: a row is hidden
 * when a fact that supersedes it is itself public by then. A retracted fact stops counting from
 * its `retracted_on`, like a dated supersession.
 *
 * The present view reads the row's own `superseded_on` (kept by the database: migrations 0002 and
 * 0004, retractions included), so it is a filter on the row an index scan can stop early on, not
 * an anti-join per row. A past `asOf` keeps the exact anti-join: `superseded_on` holds only the
 * earliest revision's date, and a revision without a date counts in the present view but never
 * in the past. With `knownAt`, revisions and retractions recorded after that instant are ignored.
 */
export function notSuperseded(table: PgTable & { id: AnyPgColumn; publicOn: AnyPgColumn; supersededOn?: AnyPgColumn }, asOf: string | null | undefined): SQL {
  const p = pointOf(asOf);
  if (!p.day && !p.knownAt && table.supersededOn) return sql`(${table.supersededOn} is null or ${table.supersededOn} > ${today()})`;
  const day = answerDay(asOf);
  const limit = p.day ? sql`r.public_on is not null and r.public_on <= ${p.day}` : sql`(r.public_on is null or r.public_on <= ${day})`;
  const revisedKnown = p.knownAt ? sql` and sf.created_at <= ${p.knownAt}` : sql``;
  const retractedKnown = p.knownAt ? sql` and xf.retracted_at <= ${p.knownAt}` : sql``;
  return sql`not exists (select 1 from facts sf join ${sql.identifier(getTableName(table))} r on r.id = sf.id where sf.supersedes_id = ${table.id} and ${limit}${revisedKnown}) and not exists (select 1 from facts xf where xf.id = ${table.id} and xf.retracted_on <= ${day}${retractedKnown})`;
}

/**
 * For tables without a publication day (companies), joined with `facts`: the row existed at the
 * point (recorded by `knownAt`) and was not retracted by then. Reads the joined `facts` row.
 */
export function existsAt(factsTable: { createdAt: AnyPgColumn; retractedAt: AnyPgColumn }, asOf: string | null | undefined): SQL {
  const p = pointOf(asOf);
  if (!p.knownAt) return sql`${factsTable.retractedAt} is null`;
  return sql`(${factsTable.createdAt} <= ${p.knownAt} and (${factsTable.retractedAt} is null or ${factsTable.retractedAt} > ${p.knownAt}))`;
}

/** A fact the database held at the point's `knownAt` (recorded, not yet retracted); always true without one. */
export function recordedBy(id: AnyPgColumn, asOf: string | null | undefined): SQL {
  const k = pointOf(asOf).knownAt;
  return k ? sql`exists (select 1 from facts kf where kf.id = ${id} and kf.created_at <= ${k} and (kf.retracted_at is null or kf.retracted_at > ${k}))` : sql`true`;
}

export function checkAsOf(asOf: string | null | undefined): string | null {
  if (asOf == null) return null;
  if (!isIsoDay(asOf)) throw new BadUserInputError("`asOf` must be a Date (YYYY-MM-DD).", "asOf");
  return asOf;
}
