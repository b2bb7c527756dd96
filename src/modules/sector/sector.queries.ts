import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import {
  branch,
  fxJoin,
  minerScopeDetail,
  minerScopeReason,
  minersCte,
  rowsOf,
  timeReason,
  usd,
  withTotals,
  type ExplainRow,
  type Frame,
} from "./sector.sql";

/**
 * Company capacity reports (basis CURRENT) with the reason each is left out, if any. A report
 * counts for the country only when its own `country` is that country: a figure for "US & Canada"
 * or an unstated region cannot be split, so it is left out with its region note.
 */
export function capacityCte(f: Frame): SQL {
  return sql`cap as (
    select cr.id, cr.company_id, f.key, cr.public_on, cr.capacity_mw, cr.qualifier, cr.region_note, cr.metric,
      coalesce(m.ticker, m.name) as who, x.reason,
      case x.reason
        when 'NO_VALUE' then 'No single capacity figure is reported' || coalesce(' (' || cr.metric || ')', '') || '.'
        when 'REGION_SPANS_BORDERS' then 'The figure is not confined to ' || ${f.country} || ': ' || coalesce(cr.region_note, 'region not stated') || '.'
        when 'OUTSIDE_COUNTRY' then coalesce(${minerScopeDetail(f)}, 'Reported for ' || cr.country || '.')
        else ${minerScopeDetail(f)}
      end as detail
    from capacity_reports cr
    join facts f on f.id = cr.id
    left join miners m on m.id = cr.company_id
    cross join lateral (select coalesce(${timeReason("cr", "capacity_reports", f)}, ${minerScopeReason},
      case when cr.capacity_mw is null then 'NO_VALUE' when cr.country is null then 'REGION_SPANS_BORDERS'
           when cr.country <> ${f.country} then 'OUTSIDE_COUNTRY' end) as reason) x
    where cr.scope = 'COMPANY' and cr.basis = 'CURRENT')`;
}

/** The latest sector-wide CURRENT capacity figure for the country public by the day (latest revision only). */
export function reportedCapacityCte(f: Frame): SQL {
  return sql`reported as (
    select cr.id, f.key, cr.public_on, cr.capacity_mw, cr.qualifier, cr.region_note, cr.metric, f.note
    from capacity_reports cr join facts f on f.id = cr.id
    where cr.scope = 'SECTOR' and cr.basis = 'CURRENT' and cr.country = ${f.country}
      and ${timeReason("cr", "capacity_reports", f)} is null
    order by cr.public_on desc nulls last, cr.reported_on desc nulls last, cr.id desc
    limit 1)`;
}

/**
 * Miners' AI/HPC deals with, per measure, the reason a deal is left out. A deal counts for the
 * country when its provider is one of the country's miners and its site (when known) is there.
 * Annualized revenue: the stated figure (basis STATED), else totalValue / (termMonths / 12).
 */
export function dealCte(f: Frame): SQL {
  return sql`deal as (
    select d.id, d.provider_id, f.key, d.public_on, d.it_load_mw, d.gross_mw, d.total_value, d.cumulative_value, d.term_months,
      d.annualized_revenue_usd, d.annualized_revenue_basis, d.currency, d.fx_rate_id, d.ownership_note, tv.usd as total_usd,
      coalesce(m.ticker, m.name, p.name) as who, x.reason as base_reason,
      case when x.reason = 'OUTSIDE_COUNTRY' and m.in_sector then 'Sited at ' || s.name || ' (' || s.country || ').'
           else ${minerScopeDetail(f)} end as base_detail,
      case when d.annualized_revenue_basis = 'STATED' and d.annualized_revenue_usd is not null then d.annualized_revenue_usd
           when tv.usd is not null and d.term_months is not null then round(tv.usd / (d.term_months / 12.0), 2)
           else d.annualized_revenue_usd end as ann_value,
      case when d.annualized_revenue_basis = 'STATED' and d.annualized_revenue_usd is not null then null
           when d.total_value is null and d.annualized_revenue_basis = 'COMPANY_TARGET' then 'COMPANY_TARGET'
           when d.total_value is null then 'NO_VALUE' when tv.usd is null then 'NO_FX_RATE'
           when d.term_months is null then 'NO_TERM' end as ann_reason
    from deals d
    join facts f on f.id = d.id
    join companies p on p.id = d.provider_id
    left join miners m on m.id = d.provider_id
    left join sites s on s.id = d.site_id
    ${fxJoin("d")}
    cross join lateral (select ${usd("d", "total_value")} as usd) tv
    cross join lateral (select coalesce(${timeReason("d", "deals", f)}, ${minerScopeReason},
      case when s.country is not null and s.country <> ${f.country} then 'OUTSIDE_COUNTRY' end) as reason) x)`;
}

/** Why a deal has no total value in USD (null when it has one). */
export const totalValueReason = sql`case when deal.total_value is null then 'NO_VALUE' when deal.total_usd is null then 'NO_FX_RATE' end`;

export const totalValueDetail = sql`case
  when deal.total_value is null and deal.cumulative_value is not null then 'Only a cumulative value (' || trim_scale(deal.cumulative_value)
    || ' ' || deal.currency || ') across this and earlier contracts is reported; cumulative values are never added.'
  when deal.total_value is null then 'Contract value not disclosed.'
  when deal.total_usd is null then 'Value in ' || deal.currency || ' with no published rate on file.' end`;

export const annualizedDetail = sql`case deal.ann_reason
  when 'COMPANY_TARGET' then 'The only annualized figure (' || trim_scale(deal.annualized_revenue_usd) || ' USD) is a company-wide target, not this contract''s revenue.'
  when 'NO_TERM' then 'No stated annualized revenue and no term: ' || trim_scale(deal.total_usd) || ' USD cannot be annualized.'
  else ${totalValueDetail} end`;

export const annualizedLabel = sql`case when deal.annualized_revenue_basis = 'STATED' and deal.annualized_revenue_usd is not null
  then deal.who || ' ' || deal.key || ': stated annualized revenue'
  else deal.who || ' ' || deal.key || ': ' || trim_scale(deal.total_usd) || ' USD / (' || deal.term_months || ' months / 12)' end`;

const fromDeal = sql`from deal`;

/** Capacity (company reports and the reported sector figure) and deals (IT load, value, annualized) in one statement. */
export async function coreRows(db: Db, f: Frame): Promise<ExplainRow[]> {
  const capacity = branch(
    {
      measure: sql`'capacity'`,
      fact_type: sql`'CapacityReport'`,
      fact_id: sql`id`,
      company_id: sql`company_id`,
      key: sql`key`,
      value: sql`capacity_mw`,
      reason: sql`reason`,
      detail: sql`detail`,
      label: sql`who || ' ' || key || ': ' || coalesce(qualifier || ' ', '') || trim_scale(capacity_mw) || ' MW (' || coalesce(metric, 'capacity') || ')'`,
      public_on: sql`public_on`,
    },
    sql`from cap`,
  );
  const reported = branch(
    {
      measure: sql`'reported'`,
      fact_type: sql`'CapacityReport'`,
      fact_id: sql`id`,
      key: sql`key`,
      value: sql`capacity_mw`,
      label: sql`key || ': ' || coalesce(qualifier || ' ', '') || trim_scale(capacity_mw) || ' MW (' || coalesce(metric, 'sector capacity') || ')'`,
      detail: sql`concat_ws(' ', region_note || '.', note)`,
      extra_text: sql`qualifier`,
      public_on: sql`public_on`,
    },
    sql`from reported`,
  );
  const dealBase = {
    fact_type: sql`'Deal'`,
    fact_id: sql`deal.id`,
    company_id: sql`deal.provider_id`,
    key: sql`deal.key`,
    public_on: sql`deal.public_on`,
  };
  const itLoad = branch(
    {
      ...dealBase,
      measure: sql`'itLoad'`,
      value: sql`deal.it_load_mw`,
      reason: sql`coalesce(deal.base_reason, case when deal.it_load_mw is null then 'NO_VALUE' end)`,
      detail: sql`coalesce(deal.base_detail, 'Critical IT load not reported' || coalesce('; the ' || trim_scale(deal.gross_mw) || ' MW gross power is not IT load', '') || '.')`,
      label: sql`deal.who || ' ' || deal.key || ': ' || trim_scale(deal.it_load_mw) || ' MW critical IT'`,
      flag: sql`exists (select 1 from cap where cap.company_id = deal.provider_id and cap.reason is null)`,
    },
    fromDeal,
  );
  const totalValue = branch(
    {
      ...dealBase,
      measure: sql`'totalValue'`,
      value: sql`deal.total_usd`,
      reason: sql`coalesce(deal.base_reason, ${totalValueReason})`,
      detail: sql`coalesce(deal.base_detail, ${totalValueDetail})`,
      label: sql`deal.who || ' ' || deal.key || coalesce(' (' || deal.ownership_note || ')', '')`,
      amount: sql`deal.total_value`,
      currency: sql`deal.currency`,
      fx_rate_id: sql`deal.fx_rate_id`,
    },
    fromDeal,
  );
  const annualized = branch(
    {
      ...dealBase,
      measure: sql`'annualized'`,
      value: sql`deal.ann_value`,
      reason: sql`coalesce(deal.base_reason, deal.ann_reason)`,
      detail: sql`coalesce(deal.base_detail, ${annualizedDetail})`,
      label: annualizedLabel,
    },
    fromDeal,
  );
  const ctes = [minersCte(f), capacityCte(f), reportedCapacityCte(f), dealCte(f)];
  return rowsOf<ExplainRow>(db, withTotals(ctes, [capacity, reported, itLoad, totalValue, annualized]));
}
