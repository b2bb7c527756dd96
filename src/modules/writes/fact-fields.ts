import type { EntityDescriptor } from "./entities";
import type { FieldSpec } from "./fields";

/** Provenance every fact write may set (stored on `facts`, and `public_on` on the entity row). */
export const FACT_FIELDS: FieldSpec[] = [
  { name: "note", kind: "text", description: "Caveats in plain words: approximations, conflicting reports, weak sources." },
  { name: "verified", kind: "bool", description: "false when the figure is not independently confirmed (default true)." },
  { name: "approximate", kind: "bool", description: "true when a source gives the figure as approximate (default false)." },
  {
    name: "publicOn",
    kind: "date",
    description:
      "First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an " +
      "event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier).",
  },
];

const lastDay = (start: string, precision: string): string => {
  const [y, m] = start.split("-").map(Number);
  if (precision === "YEAR") return `${y}-12-31`;
  if (precision === "MONTH") return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  return start;
};

/** `public_on` of a new record by the seed's rule (seeds/dates.ts `publicOn`), from its own date and its sources' days. */
export function publicOnFor(e: EntityDescriptor, row: Record<string, unknown>, sourceDays: Array<string | null>): string | null {
  const earliest = sourceDays.filter((d): d is string => d != null).sort()[0] ?? null;
  const own = e.ownDate ? (row[e.ownDate.on] as string | null) : null;
  if (!own) return earliest;
  const precision = (e.ownDate?.precision ? (row[e.ownDate.precision] as string | null) : null) ?? "DAY";
  const end = lastDay(own, precision);
  if (precision === "DAY") return e.ownDate!.kind === "measured" && earliest && earliest > own ? earliest : own;
  if (!earliest) return end;
  if (earliest >= own && earliest <= end) return earliest;
  if (earliest > end && e.ownDate!.kind === "measured") return earliest;
  return end;
}
