/** Dates in the fact base come as "YYYY-MM-DD", "YYYY-MM" or "YYYY"; these helpers keep the precision. */

export type Precision = "DAY" | "MONTH" | "YEAR";

/** A date known only to a day, month or year: the period it names, first and last day inclusive. */
export interface PartialDate {
  start: string;
  end: string;
  precision: Precision;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** Parses a fact-base date; throws on anything else so a malformed date never loads silently. */
export function parsePartialDate(text: string | null | undefined): PartialDate | null {
  if (text == null) return null;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (day) {
    const d = new Date(Date.UTC(+day[1], +day[2] - 1, +day[3]));
    if (iso(d) !== text) throw new Error(`invalid date "${text}"`);
    return { start: text, end: text, precision: "DAY" };
  }
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && +month[2] >= 1 && +month[2] <= 12) {
    // Day 0 of the next month is the last day of this one.
    const end = iso(new Date(Date.UTC(+month[1], +month[2], 0)));
    return { start: `${text}-01`, end, precision: "MONTH" };
  }
  if (/^\d{4}$/.test(text)) return { start: `${text}-01-01`, end: `${text}-12-31`, precision: "YEAR" };
  throw new Error(`unrecognised date "${text}"`);
}

/** The value for a `date` column plus its precision column: the first day of the period. */
export function dateWithPrecision(text: string | null | undefined): { on: string | null; precision: Precision | null } {
  const parsed = parsePartialDate(text);
  return { on: parsed?.start ?? null, precision: parsed?.precision ?? null };
}

/** Only a full day fits a plain date column with no precision beside it; anything coarser is null. */
export function fullDayOrNull(text: string | null | undefined): string | null {
  const parsed = parsePartialDate(text);
  return parsed?.precision === "DAY" ? parsed.start : null;
}

/** The earliest of some ISO days (nulls ignored); ISO strings compare correctly as text. */
export function earliestDay(days: (string | null | undefined)[]): string | null {
  const known = days.filter((d): d is string => typeof d === "string").sort();
  return known[0] ?? null;
}

/**
 * What kind of date a fact carries decides how it bounds publication:
 * - "event": announced / priced / traded on that day, so public that very day;
 * - "measured": a figure as of a day or period end (asOf, powerAsOf, periodEnd), which only
 *   becomes public when someone publishes it, possibly later.
 */
export type OwnDateKind = "event" | "measured";

export interface PublicOnInput {
  own: string | null | undefined;
  kind: OwnDateKind;
  /** Full-day publication dates of the fact's sources (see `effectivePublishedOn`). */
  sourceDays: (string | null)[];
}

/**
 * `public_on`: the first day from which a fact counts as public for "what was known on day X".
 * It must never precede the day the fact became public, so it is conservative:
 *
 * 1. S = the earliest full-day publication date among the fact's sources (null if none dated).
 * 2. No own date: S (null when no source is dated either; the fact then counts only "now").
 * 3. Own date known to the day: that day for an event; for a measured figure the later of that
 *    day and S (an "as of 30 Sep" revenue is public on its release day, not on 30 Sep).
 * 4. Own date known only to a month/year: S when a source already reported it within that
 *    period; otherwise the LAST day of the period (for a measured figure, S if later still).
 *
 * Rule 3 for measured figures and rule 4's use of S refine "own date, or the period's last
 * day": they only ever move a date to one on which a listed source had reported the fact.
 */
export function publicOn({ own, kind, sourceDays }: PublicOnInput): string | null {
  const earliestSource = earliestDay(sourceDays);
  const period = parsePartialDate(own);
  if (!period) return earliestSource;
  if (!earliestSource) return period.end;
  if (earliestSource >= period.start && earliestSource <= period.end) return earliestSource;
  if (earliestSource > period.end && kind === "measured") return earliestSource;
  return period.end;
}
