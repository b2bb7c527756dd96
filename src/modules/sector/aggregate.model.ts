import { money, power } from "../../shared/graphql-types";
import type { NodeType } from "../../shared/global-id";
import { ExclusionReason, type AggregateExclusion, type AggregateInput, type AggregateModel } from "./aggregate.type";
import type { ExplainRow, Frame } from "./sector.sql";
import type { ReportedModel } from "./sector.type";

/** The time-travel reasons get their text here; every other reason's text comes from its SQL. */
function timeDetail(row: ExplainRow, f: Frame): string {
  if (row.reason === ExclusionReason.SUPERSEDED) return `A later revision of ${row.key} was public by ${f.day}; only the latest revision counts.`;
  return row.public_on
    ? `${row.key} became public on ${row.public_on}, after ${f.day}.`
    : `${row.key} has no known publication day, so it cannot be placed before ${f.day}.`;
}

const refOf = (row: ExplainRow, asOf: string | null) => ({
  factType: row.fact_type as NodeType,
  factId: row.fact_id,
  companyId: row.company_id,
  asOf,
});

export function toInput(row: ExplainRow, unit: string, asOf: string | null): AggregateInput {
  return {
    ...refOf(row, asOf),
    label: row.label ?? row.key,
    value: row.value!,
    unit,
    power: unit === "MW" ? power(row.value) : null,
    money: row.amount != null && row.currency ? money(row.amount, row.currency, row.fx_rate_id) : null,
  };
}

export function toExclusion(row: ExplainRow, f: Frame, asOf: string | null): AggregateExclusion {
  const reason = row.reason as ExclusionReason;
  const timed = reason === ExclusionReason.NOT_PUBLIC_BY_AS_OF || reason === ExclusionReason.SUPERSEDED;
  return {
    ...refOf(row, asOf),
    reason,
    detail: timed ? timeDetail(row, f) : (row.detail ?? reason),
    value: row.value,
    publicOn: row.public_on,
  };
}

export interface AggregateSpec {
  unit: string;
  method: string;
  /** Only rows of this measure (the statement returns several). */
  measure: string;
}

/**
 * Splits one measure's rows into inputs (reason null) and exclusions. The value is the SQL total
 * over exactly the included rows (`total`, a window sum); 0 when no row is included.
 */
export function toAggregate(rows: ExplainRow[], spec: AggregateSpec, f: Frame, asOf: string | null): AggregateModel {
  const mine = rows.filter((r) => r.measure === spec.measure);
  const included = mine.filter((r) => r.reason == null);
  const value = included[0]?.total ?? 0;
  return {
    __typename: "Aggregate",
    unit: spec.unit,
    method: spec.method,
    value,
    power: spec.unit === "MW" ? power(value) : null,
    count: included.length,
    inputs: included.map((r) => toInput(r, spec.unit, asOf)),
    exclusions: mine.filter((r) => r.reason != null).map((r) => toExclusion(r, f, asOf)),
    notYetPublicCount: mine.filter((r) => r.reason === ExclusionReason.NOT_PUBLIC_BY_AS_OF).length,
  };
}

export function toReported(row: ExplainRow, unit: string, asOf: string | null): ReportedModel {
  return {
    ...refOf(row, asOf),
    label: row.label ?? row.key,
    value: row.value,
    unit,
    power: unit === "MW" ? power(row.value) : null,
    qualifier: row.extra_text,
    caveats: row.detail,
    publicOn: row.public_on,
  };
}

/** One row per company among a measure's included rows (it carries the SQL per-company totals), largest total first. */
export function companiesOf(rows: ExplainRow[], measure: string): ExplainRow[] {
  const seen = new Set<number>();
  const firsts = rows.filter((r) => {
    if (r.measure !== measure || r.reason != null || r.company_id == null || seen.has(r.company_id)) return false;
    seen.add(r.company_id);
    return true;
  });
  return firsts.sort((a, b) => (b.company_total ?? 0) - (a.company_total ?? 0) || a.key.localeCompare(b.key));
}
