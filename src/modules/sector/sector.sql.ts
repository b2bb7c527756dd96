import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";

/**
 * The point in time and the country a sector question is asked for. `day` is `asOf`, or today
 * without it; `strict` is true when `asOf` was given: then a fact with no known publication day
 * cannot be placed in time and does not count (the rule of `publicBy` in shared/time-travel.ts).
 */
export interface Frame {
  country: string;
  day: string;
  strict: boolean;
}

/** Runs a statement and returns its rows, whichever driver is behind `db` (PGlite or postgres.js). */
export async function rowsOf<R>(db: Db, query: SQL): Promise<R[]> {
  const result = (await db.execute(query)) as unknown as { rows?: R[] } | R[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}

const raw = (name: string) => sql.raw(name);

/** true when the row of `alias` is public by the frame's day. */
export function isPublic(alias: string, f: Frame): SQL {
  return sql`coalesce(${raw(alias)}.public_on <= ${f.day}::date, ${!f.strict}::boolean)`;
}

/** true when a fact revising the row of `alias` (same table) is itself public by the frame's day. */
export function superseded(alias: string, table: string, f: Frame): SQL {
  return sql`exists (select 1 from facts sf join ${raw(table)} r on r.id = sf.id where sf.supersedes_id = ${raw(alias)}.id and ${isPublic("r", f)})`;
}

/** The time-travel reasons, first in every CASE: not yet public, or revised by a public fact. */
export function timeReason(alias: string, table: string, f: Frame): SQL {
  return sql`case when not ${isPublic(alias, f)} then 'NOT_PUBLIC_BY_AS_OF' when ${superseded(alias, table, f)} then 'SUPERSEDED' end`;
}

/**
 * The country's miners: companies of kind MINER headquartered in the country or with a site in it
 * that is public by the frame's day (IREN, headquartered in Australia, counts for the US through
 * its Texas sites).
 */
export function minersCte(f: Frame): SQL {
  return sql`miners as (
    select c.id, c.name, c.ticker, c.country,
      (c.country = ${f.country} or exists (
        select 1 from sites s where s.company_id = c.id and s.country = ${f.country} and ${isPublic("s", f)})) as in_sector
    from companies c where c.kind = 'MINER')`;
}

/** NOT_A_MINER / OUTSIDE_COUNTRY for a record joined to `miners` as `m` through its company. */
export const minerScopeReason = sql`case when m.id is null then 'NOT_A_MINER' when not m.in_sector then 'OUTSIDE_COUNTRY' end`;

/** Text for a scope reason, naming the company. */
export const minerScopeDetail = (f: Frame) =>
  sql`case when m.id is null then 'The company is not a bitcoin miner.' when not m.in_sector then m.name || ' has neither its headquarters nor a site in ' || ${f.country} || '.' end`;

/**
 * USD value of a money column: as is for USD; at the linked published rate otherwise, rounded to
 * cents like `Money.usd`; null when the currency has no rate on file (never a guessed rate).
 */
export function usd(alias: string, column: string, fxAlias = "fx"): SQL {
  const a = raw(alias);
  const c = raw(column);
  const fx = raw(fxAlias);
  return sql`(case when ${a}.currency = 'USD' then ${a}.${c} when ${fx}.rate is not null then round(${a}.${c} * ${fx}.rate, 2) end)`;
}

/** The published rate linked from a money row (only a base→USD rate in the row's currency). */
export function fxJoin(alias: string, fxAlias = "fx"): SQL {
  const a = raw(alias);
  const fx = raw(fxAlias);
  return sql`left join fx_rates ${fx} on ${fx}.id = ${a}.fx_rate_id and ${fx}.base = ${a}.currency and ${fx}.quote = 'USD'`;
}

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
  const list = (Object.keys(COLUMNS) as Column[]).map((n) => sql`(${cols[n] ?? sql`null`})::${raw(COLUMNS[n])} as ${raw(n)}`);
  return sql`select ${sql.join(list, sql`, `)} ${from}`;
}

/**
 * Wraps candidate branches with the totals: per measure, and per measure and company, over
 * included rows only (reason null), summed as numeric so cents stay exact. The value of every
 * aggregate is this SQL sum of exactly the rows listed as its inputs.
 */
export function withTotals(ctes: SQL[], branches: SQL[]): SQL {
  return sql`with ${sql.join(ctes, sql`, `)}, cand as (${sql.join(branches, sql` union all `)})
    select measure, fact_type, fact_id::int as fact_id, company_id::int as company_id, key, value::float8 as value, reason,
      detail, label, public_on::text as public_on, amount::float8 as amount, currency, fx_rate_id, flag, extra::float8 as extra,
      extra_text,
      (sum(value) filter (where reason is null) over (partition by measure))::float8 as total,
      (sum(value) filter (where reason is null) over (partition by measure, company_id))::float8 as company_total,
      (count(*) filter (where reason is null) over (partition by measure, company_id))::int as company_count,
      (sum(value) filter (where reason is null and flag) over (partition by measure))::float8 as flag_total
    from cand
    order by measure, reason nulls first, value desc nulls last, key`;
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
  total: number | null;
  company_total: number | null;
  company_count: number;
  /** Sum over the measure's included rows whose `flag` is true (e.g. deals of miners with counted capacity). */
  flag_total: number | null;
}
