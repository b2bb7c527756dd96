import { tableRef } from "../../shared/table-ref";
import { sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { capacityReports as cr, companies, deals as d, facts, sites } from "../../db/tables";
import {
  branch,
  displayName,
  isPublic,
  joinFx,
  minerScopeDetail,
  minerScopeReason,
  minersCte,
  timeReason,
  usd,
  type Frame,
  type Statement,
} from "./sector.sql";

const crCompany = alias(companies, "crc");
const provider = alias(companies, "p");
const customer = alias(companies, "cu");
const dealSite = alias(sites, "s");

/**
 * THE rule for figures that span borders (one rule, both sides): a figure whose region includes
 * the country but also lies beyond it, or is not stated (`country` null), counts in full for the
 * country and is flagged as spanning borders — the reported sector figure and each miner's own
 * figure alike; a figure confined to another country never counts. Only the site-based figure
 * is strictly inside the country.
 */
export const spansBorders = (country: SQL) => sql`(${country} is null)`;

/**
 * Company capacity reports (basis CURRENT) of miners with the reason each is left out, if any.
 * `flag` marks a figure that spans borders (counted, per the rule above).
 */
export function capacityCte(f: Frame): SQL {
  return sql`cap as (
    select ${cr.id} as id, ${cr.companyId} as company_id, ${facts.key} as key, ${cr.publicOn} as public_on, ${cr.capacityMw} as capacity_mw,
      ${cr.qualifier} as qualifier, ${cr.regionNote} as region_note, ${cr.metric} as metric, ${spansBorders(sql`${cr.country}`)} as spans,
      ${displayName(crCompany.name, crCompany.ticker)} as who, x.reason,
      case x.reason
        when 'NO_VALUE' then 'No single capacity figure is reported' || coalesce(' (' || ${cr.metric} || ')', '') || '.'
        when 'OUTSIDE_COUNTRY' then coalesce(${minerScopeDetail(f)}, 'Reported for ' || ${cr.country} || ' only.')
        else ${minerScopeDetail(f)}
      end as detail
    from ${cr}
    join ${facts} on ${facts.id} = ${cr.id}
    join ${tableRef(crCompany)} on ${crCompany.id} = ${cr.companyId}
    left join miners m on m.id = ${cr.companyId}
    cross join lateral (select coalesce(${timeReason(cr, f)}, ${minerScopeReason},
      case when ${cr.capacityMw} is null then 'NO_VALUE' when ${cr.country} <> ${f.country} then 'OUTSIDE_COUNTRY' end) as reason) x
    where ${cr.scope} = 'COMPANY' and ${cr.basis} = 'CURRENT')`;
}

/** The latest sector-wide CURRENT capacity figure for the country public by the day (latest revision), by the border rule. */
export function reportedCapacityCte(f: Frame): SQL {
  return sql`reported as (
    select ${cr.id} as id, ${facts.key} as key, ${cr.publicOn} as public_on, ${cr.capacityMw} as capacity_mw, ${cr.qualifier} as qualifier,
      ${cr.regionNote} as region_note, ${cr.metric} as metric, ${facts.note} as note, ${spansBorders(sql`${cr.country}`)} as spans
    from ${cr} join ${facts} on ${facts.id} = ${cr.id}
    where ${cr.scope} = 'SECTOR' and ${cr.basis} = 'CURRENT' and (${cr.country} = ${f.country} or ${spansBorders(sql`${cr.country}`)})
      and ${timeReason(cr, f)} is null
    order by ${cr.publicOn} desc nulls last, ${cr.reportedOn} desc nulls last, ${cr.id} desc
    limit 1)`;
}

const siteCompany = alias(companies, "sc");

/** Sites of miners (kind MINER) with the reason each is left out of the site-based capacity: only sites in the country count. */
export function siteCapacityCte(f: Frame): SQL {
  return sql`site as (
    select ${sites.id} as id, ${sites.companyId} as company_id, ${facts.key} as key, ${sites.publicOn} as public_on,
      ${sites.powerCapacityMw} as mw, ${sites.name} as name, ${sites.capacityType} as capacity_type, ${sites.country} as country,
      ${displayName(siteCompany.name, siteCompany.ticker)} as who, x.reason,
      case x.reason
        when 'NO_VALUE' then 'No power capacity is reported for the site.'
        when 'OUTSIDE_COUNTRY' then 'The site is in ' || ${sites.country} || ', not ' || ${f.country} || '.'
        else ${minerScopeDetail(f)} end as detail
    from ${sites}
    join ${facts} on ${facts.id} = ${sites.id}
    join ${tableRef(siteCompany)} on ${siteCompany.id} = ${sites.companyId}
    join miners m on m.id = ${sites.companyId}
    cross join lateral (select coalesce(${timeReason(sites, f)},
      case when ${sites.country} <> ${f.country} then 'OUTSIDE_COUNTRY' when ${sites.powerCapacityMw} is null then 'NO_VALUE' end,
      ${minerScopeReason}) as reason) x
    where m.in_sector)`;
}

/** A date at its precision, for labels: `2025`, `2025-11` or `2025-11-03`. */
const partialDay = (day: SQL, precision: SQL) =>
  sql`case ${precision}::text when 'YEAR' then to_char(${day}, 'YYYY') when 'MONTH' then to_char(${day}, 'YYYY-MM') else ${day}::text end`;

/**
 * Miners' AI/HPC deals with, per measure, the reason a deal is left out. A deal counts for the
 * country when its provider is one of the country's miners and its site (when known) is there.
 * Annualized revenue: the stated figure (basis STATED), else totalValue / (termMonths / 12).
 */
export function dealCte(f: Frame): SQL {
  const totalUsd = usd(d.totalValue, d.currency);
  return sql`deal as (
    select ${d.id} as id, ${d.providerId} as provider_id, ${facts.key} as key, ${d.publicOn} as public_on, ${d.itLoadMw} as it_load_mw,
      ${d.grossMw} as gross_mw, ${d.totalValue} as total_value, ${d.cumulativeValue} as cumulative_value, ${d.termMonths} as term_months,
      ${d.annualizedRevenueUsd} as annualized_revenue_usd, ${d.annualizedRevenueBasis} as annualized_revenue_basis, ${d.currency} as currency,
      ${d.fxRateId} as fx_rate_id, ${d.ownershipNote} as ownership_note, tv.usd as total_usd,
      ${displayName(provider.name, provider.ticker)} as who,
      ${displayName(provider.name, provider.ticker)} || ' – ' || coalesce(${customer.name}, ${d.counterpartyText}, 'undisclosed customer')
        || coalesce(', ' || ${dealSite.name}, '') || coalesce(' (' || ${partialDay(sql`${d.announcedOn}`, sql`${d.announcedPrecision}`)} || ')', '') as title,
      x.reason as base_reason,
      case when x.reason = 'OUTSIDE_COUNTRY' and m.in_sector then 'Sited at ' || ${dealSite.name} || ' (' || ${dealSite.country} || ').'
           else ${minerScopeDetail(f)} end as base_detail,
      case when ${d.annualizedRevenueBasis} = 'STATED' and ${d.annualizedRevenueUsd} is not null then ${d.annualizedRevenueUsd}
           when tv.usd is not null and ${d.termMonths} is not null then round(tv.usd / (${d.termMonths} / 12.0), 2)
           else ${d.annualizedRevenueUsd} end as ann_value,
      case when ${d.annualizedRevenueBasis} = 'STATED' and ${d.annualizedRevenueUsd} is not null then null
           when ${d.totalValue} is null and ${d.annualizedRevenueBasis} = 'COMPANY_TARGET' then 'COMPANY_TARGET'
           when ${d.totalValue} is null then 'NO_VALUE' when tv.usd is null then 'NO_FX_RATE'
           when ${d.termMonths} is null then 'NO_TERM' end as ann_reason
    from ${d}
    join ${facts} on ${facts.id} = ${d.id}
    join ${tableRef(provider)} on ${provider.id} = ${d.providerId}
    left join ${tableRef(customer)} on ${customer.id} = ${d.customerId}
    left join miners m on m.id = ${d.providerId}
    left join ${tableRef(dealSite)} on ${dealSite.id} = ${d.siteId}
    ${joinFx(d.fxRateId, d.currency)}
    cross join lateral (select ${totalUsd} as usd) tv
    cross join lateral (select coalesce(${timeReason(d, f)}, ${minerScopeReason},
      case when ${dealSite.country} is not null and ${dealSite.country} <> ${f.country} then 'OUTSIDE_COUNTRY' end) as reason) x)`;
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
  then deal.title || ': stated annualized revenue'
  else deal.title || ': ' || trim_scale(deal.total_usd) || ' USD / (' || deal.term_months || ' months / 12)' end`;

const fromDeal = sql`from deal`;

/** Capacity (company reports, sites and the reported sector figure) and deals (IT load, value, annualized) in one statement. */
export function coreStatement(f: Frame): Statement {
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
      label: sql`who || ': ' || coalesce(qualifier || ' ', '') || trim_scale(capacity_mw) || ' MW (' || coalesce(metric, 'capacity') || ')'
        || case when spans then ' — spans borders: ' || coalesce(region_note, 'region not stated') else '' end`,
      public_on: sql`public_on`,
      flag: sql`spans`,
      extra_text: sql`region_note`,
    },
    sql`from cap`,
  );
  const siteMw = branch(
    {
      measure: sql`'sites'`,
      fact_type: sql`'Site'`,
      fact_id: sql`id`,
      company_id: sql`company_id`,
      key: sql`key`,
      value: sql`mw`,
      reason: sql`reason`,
      detail: sql`detail`,
      label: sql`who || ', ' || name || ': ' || trim_scale(mw) || ' MW' || coalesce(' (' || capacity_type || ')', '')`,
      public_on: sql`public_on`,
    },
    sql`from site`,
  );
  const reported = branch(
    {
      measure: sql`'reported'`,
      fact_type: sql`'CapacityReport'`,
      fact_id: sql`id`,
      key: sql`key`,
      value: sql`capacity_mw`,
      label: sql`coalesce(metric, 'Sector capacity') || ': ' || coalesce(qualifier || ' ', '') || trim_scale(capacity_mw) || ' MW'
        || case when spans then ' — spans borders: ' || coalesce(region_note, 'region not stated') else '' end`,
      detail: sql`concat_ws(' ', region_note || '.', note)`,
      extra_text: sql`qualifier`,
      public_on: sql`public_on`,
      flag: sql`spans`,
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
      label: sql`deal.title || ': ' || trim_scale(deal.it_load_mw) || ' MW critical IT'`,
      flag: sql`counted.company_id is not null`,
    },
    // A hash join on the miners whose capacity counts, not a scan of the reports per deal.
    sql`from deal left join (select distinct company_id from cap where reason is null) counted on counted.company_id = deal.provider_id`,
  );
  const totalValue = branch(
    {
      ...dealBase,
      measure: sql`'totalValue'`,
      value: sql`deal.total_usd`,
      reason: sql`coalesce(deal.base_reason, ${totalValueReason})`,
      detail: sql`coalesce(deal.base_detail, ${totalValueDetail})`,
      label: sql`deal.title || coalesce(' (' || deal.ownership_note || ')', '')`,
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
  return {
    ctes: [minersCte(f), capacityCte(f), siteCapacityCte(f), reportedCapacityCte(f), dealCte(f)],
    branches: [capacity, siteMw, reported, itLoad, totalValue, annualized],
  };
}

/** Whether the country has anything on file: a company headquartered there or a site there, public by the day. */
export function countryHasData(f: Frame): SQL {
  return sql`select (exists (select 1 from ${companies} where ${companies.country} = ${f.country})
    or exists (select 1 from ${sites} where ${sites.country} = ${f.country} and ${isPublic(sites.publicOn, f)})) as has_data`;
}
