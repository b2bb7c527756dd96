import { money, power } from "../../shared/graphql-types";
import type { NodeType } from "../../shared/global-id";
import { ExclusionReason, type AggregateExclusion, type AggregateInput, type AggregateModel, type ExplainSource } from "./aggregate.type";
import type { ExplainRow, Frame, SummaryRow } from "./sector.sql";
import type { ReportedModel } from "./sector.type";

/** The time-travel reasons get their text here; every other reason's text comes from its SQL. */
function timeDetail(row: ExplainRow, f: Frame): string {
  if (row.reason === ExclusionReason.SUPERSEDED) return `A later revision of this record was public by ${f.day}; only the latest revision counts.`;
  return row.public_on
    ? `Became public on ${row.public_on}, after ${f.day}.`
    : `No known publication day, so it cannot be placed before ${f.day}.`;
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
    label: row.label ?? "",
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

export function toReported(row: ExplainRow, unit: string, asOf: string | null): ReportedModel {
  return {
    ...refOf(row, asOf),
    label: row.label ?? "",
    value: row.value,
    unit,
    power: unit === "MW" ? power(row.value) : null,
    qualifier: row.extra_text,
    caveats: row.detail,
    publicOn: row.public_on,
    spansBorders: row.flag === true,
  };
}

/** The summary rows of one statement: per measure, and per measure and company. */
export class Summary {
  constructor(private readonly rows: SummaryRow[]) {}

  /** The whole measure's row (an empty one when the measure had no candidate rows). */
  of(measure: string): SummaryRow {
    return (
      this.rows.find((r) => r.measure === measure && r.whole === 1) ?? {
        measure,
        company_id: null,
        whole: 1,
        total: null,
        n: 0,
        flag_total: null,
        not_yet_public: 0,
        excluded: 0,
      }
    );
  }

  /** One row per company with included rows, largest total first. */
  companies(measure: string): SummaryRow[] {
    return this.rows
      .filter((r) => r.measure === measure && r.whole === 0 && r.company_id != null && r.n > 0)
      .sort((a, b) => (b.total ?? 0) - (a.total ?? 0) || a.company_id! - b.company_id!);
  }

  /** Per company id: its total of a measure. */
  totals(measure: string): Map<number, number> {
    return new Map(this.companies(measure).map((r) => [r.company_id!, r.total ?? 0]));
  }
}

/** Why a figure is null: nothing counted, with how much was left out. */
export function emptyReason(f: Frame, s: SummaryRow): string {
  const left = s.excluded - s.not_yet_public;
  return left > 0
    ? `Nothing counts for ${f.country} as of ${f.day}: ${left} record${left === 1 ? " is" : "s are"} left out (see \`excluded\`).`
    : `Nothing on file counts for ${f.country} as of ${f.day}.`;
}

export interface AggregateSpec {
  unit: string;
  method: string;
  measure: string;
}

/** An explained sum from the SQL summary of its measure; its inputs and exclusions are read a page at a time. */
export function toAggregate(s: SummaryRow, spec: AggregateSpec, f: Frame, explain: ExplainSource): AggregateModel {
  const value = s.n > 0 ? s.total : null;
  return {
    __typename: "Aggregate",
    unit: spec.unit,
    method: spec.method,
    value,
    reason: value == null ? emptyReason(f, s) : null,
    power: spec.unit === "MW" && value != null ? power(value) : null,
    count: s.n,
    notYetPublicCount: s.not_yet_public,
    explain,
  };
}
