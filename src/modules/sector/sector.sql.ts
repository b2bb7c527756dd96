import { sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn, type PgTable } from "drizzle-orm/pg-core";
import { companies, factSources, fxRates, sites } from "../../db/tables";
import { fxRateJoin, usdValue } from "../../shared/money-sql";
import { tableRef } from "../../shared/table-ref";
import { notSuperseded, pointAt, publicBy, recordedBy } from "../../shared/time-travel";

export { rowsOf } from "../aggregates/rows";

/**
 * The point in time and the country a sector question is asked for. `day` is `asOf`, or today
 * without it; `strict` is true when `asOf` was given: then a fact with no known publication day
 * cannot be placed in time and does not count (the rule of `publicBy` in shared/time-travel.ts).
 */
export interface Frame {
  country: string;
  day: string;
  strict: boolean;
  /** `knownAt`: the instant the database is read as of (null: now). */
  knownAt?: string | null;
}

/** The point the shared time-travel fragments take: null for the present view. */
export const asOfOf = (f: Frame): string | null => pointAt(f.strict ? f.day : null, f.knownAt ?? null);

/** A fact table (or an alias of one) with the columns the time-travel rules read. */
type Dated = PgTable & { id: AnyPgColumn; publicOn: AnyPgColumn };

/** true when a row is public by the frame's day (shared `publicBy`). */
export function isPublic(publicOn: AnyPgColumn, f: Frame): SQL {
  return sql`(${publicBy(publicOn, asOfOf(f))})`;
}

/**
 * The time-travel reasons, first in every CASE: not yet public (shared `publicBy`), or revised by a
 * fact public by then (shared `notSuperseded`). The table is named unaliased in the statement.
 */
export function timeReason(t: Dated, f: Frame): SQL {
  return sql`case when not ${isPublic(t.publicOn, f)} then 'NOT_PUBLIC_BY_AS_OF' when not (${notSuperseded(t, asOfOf(f))}) then 'SUPERSEDED' end`;
}

/** The published rate of a money row (shared money fragments), joined as `fx`. */
export const fx = alias(fxRates, "fx");
export const joinFx = (fxRateId: AnyPgColumn, currency: AnyPgColumn) => fxRateJoin(fx, fxRateId, currency);
export const usd = (amount: AnyPgColumn, currency: AnyPgColumn) => usdValue(amount, currency, fx);

const mc = alias(companies, "mc");
const ms = alias(sites, "ms");

/**
 * The country's miners: companies of kind MINER headquartered in the country or with a site in it
 * that is public by the frame's day (IREN, headquartered in Australia, counts for the US through
 * its Texas sites). Joined as `m` by the statements.
 */
export function minersCte(f: Frame): SQL {
  return sql`miners as (
    select ${mc.id} as id, ${mc.name} as name, ${mc.ticker} as ticker, ${mc.country} as country,
      (${mc.country} = ${f.country} or exists (
        select 1 from ${tableRef(ms)} where ${ms.companyId} = ${mc.id} and ${ms.country} = ${f.country} and ${isPublic(ms.publicOn, f)})) as in_sector
    from ${tableRef(mc)} where ${mc.kind} = 'MINER' and ${recordedBy(mc.id, asOfOf(f))})`;
}

/** NOT_A_MINER / OUTSIDE_COUNTRY for a record joined to `miners` as `m` through its company. */
export const minerScopeReason = sql`case when m.id is null then 'NOT_A_MINER' when not m.in_sector then 'OUTSIDE_COUNTRY' end`;

/** Text for a scope reason, naming the company. */
export const minerScopeDetail = (f: Frame) =>
  sql`case when m.id is null then 'The company is not a bitcoin miner.' when not m.in_sector then m.name || ' has neither its headquarters nor a site in ' || ${f.country} || '.' end`;

/** A company's name for people: `Name (TICKER)`, or the name alone. */
export const displayName = (name: SQL | AnyPgColumn, ticker: SQL | AnyPgColumn) => sql`(${name} || coalesce(' (' || ${ticker} || ')', ''))`;

/** The columns every explain statement returns, with their SQL types (casts keep UNION ALL branches aligned). */
const COLUMNS = {
  measure: "text",
  fact_type: "text",
  fact_id: "bigint",
  company_id: "bigint",
  key: "text",
  value: "numeric",
  reason: "text",
  detail: "text",
  label: "text",
  public_on: "date",
  amount: "numeric",
  currency: "text",
  fx_rate_id: "int",
  flag: "boolean",
  extra: "numeric",
  extra_text: "text",
} as const;
export type Column = keyof typeof COLUMNS;

/** One SELECT of candidate rows: the given columns (others null), then `from` (FROM ... WHERE ...). */
export function branch(cols: Partial<Record<Column, SQL>>, from: SQL): SQL {
  const list = (Object.keys(COLUMNS) as Column[]).map((n) => sql`(${cols[n] ?? sql`null`})::${sql.raw(COLUMNS[n])} as ${sql.raw(n)}`);
  return sql`select ${sql.join(list, sql`, `)} ${from}`;
}

/**
 * One explain statement: its CTEs and the UNION ALL branches of candidate rows (`cand`), one row per
 * record and measure, `reason` null when the record counts. Nothing runs until a query below wraps it.
 */
export interface Statement {
  ctes: SQL[];
  branches: SQL[];
}

const withCand = (st: Statement) => sql`with ${sql.join(st.ctes, sql`, `)}, cand as (${sql.join(st.branches, sql` union all `)})`;

/**
 * The headline of every measure, without materialising a single input: per measure and per measure
 * and company (GROUPING SETS), the SQL sum and count of the included rows (numeric, so cents stay
 * exact), the sum over flagged included rows, and the counts of exclusions.
 */
export function summaryQuery(st: Statement): SQL {
  return sql`${withCand(st)}
    select measure, company_id::int as company_id, grouping(company_id)::int as whole,
      (sum(value) filter (where reason is null))::float8 as total,
      (count(*) filter (where reason is null))::int as n,
      (sum(value) filter (where reason is null and flag))::float8 as flag_total,
      (count(*) filter (where reason = 'NOT_PUBLIC_BY_AS_OF'))::int as not_yet_public,
      (count(*) filter (where reason is not null))::int as excluded
    from cand group by grouping sets ((measure), (measure, company_id))`;
}

const ROW_COLUMNS = sql`measure, fact_type, fact_id::int as fact_id, company_id::int as company_id, key, value::float8 as value, reason,
  detail, label, public_on::text as public_on, amount::float8 as amount, currency, fx_rate_id, flag, extra::float8 as extra, extra_text`;

export interface PageSpec {
  measures: string[];
  /** Inputs (reason null) or exclusions. */
  included: boolean;
  /** For exclusions: also the records not yet public by the day. */
  includeNotYetPublic?: boolean;
  offset: number;
  limit: number;
}

const inMeasures = (measures: string[]) => sql`measure in (${sql.join(measures.map((m) => sql`${m}`), sql`, `)})`;

function pageFilter(p: PageSpec): SQL {
  if (p.included) return sql`${inMeasures(p.measures)} and reason is null`;
  const timed = p.includeNotYetPublic ? sql`` : sql` and reason <> 'NOT_PUBLIC_BY_AS_OF'`;
  return sql`${inMeasures(p.measures)} and reason is not null${timed}`;
}

/** The order of inputs (largest first) and of exclusions (by reason, then largest first). */
const pageOrder = (p: PageSpec) =>
  p.included ? sql`measure, value desc nulls last, key, fact_id` : sql`measure, reason, value desc nulls last, key, fact_id`;

/** One page of a measure's inputs or exclusions, in full (labels, details, money). */
export function pageQuery(st: Statement, p: PageSpec): SQL {
  return sql`${withCand(st)}
    select ${ROW_COLUMNS} from cand where ${pageFilter(p)} order by ${pageOrder(p)} offset ${p.offset} limit ${p.limit}`;
}

/** Every row of a few small measures (reported figures shown beside the computed ones), bounded. */
export function detailQuery(st: Statement, measures: string[], limit = 200): SQL {
  return sql`${withCand(st)}
    select ${ROW_COLUMNS} from cand where ${inMeasures(measures)} order by measure, reason nulls first, value desc nulls last, key limit ${limit}`;
}

/** The sources of a measure's inputs, each once, in order of first citation (input order, then the fact's own order). */
export function sourcesQuery(st: Statement, measures: string[], limit: number): SQL {
  return sql`${withCand(st)},
    picked as (select fact_id, row_number() over (order by measure, value desc nulls last, key, fact_id) as rn
      from cand where ${inMeasures(measures)} and reason is null)
    select ${factSources.sourceId}::int as id from picked join ${factSources} on ${factSources.factId} = picked.fact_id
    group by ${factSources.sourceId} order by min(picked.rn * 100000 + ${factSources.position}), ${factSources.sourceId} limit ${limit}`;
}

/** A row of `summaryQuery`. */
export interface SummaryRow {
  measure: string;
  company_id: number | null;
  /** 1 for the whole measure, 0 for one company's part. */
  whole: number;
  total: number | null;
  n: number;
  flag_total: number | null;
  not_yet_public: number;
  excluded: number;
}

export interface ExplainRow {
  measure: string;
  fact_type: string;
  fact_id: number;
  company_id: number | null;
  key: string;
  value: number | null;
  reason: string | null;
  detail: string | null;
  label: string | null;
  public_on: string | null;
  amount: number | null;
  currency: string | null;
  fx_rate_id: number | null;
  flag: boolean | null;
  extra: number | null;
  extra_text: string | null;
}
