import { tableRef } from "../../shared/table-ref";
import { sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { bondRaises as br, companies, creditBackstops as cb, deals, facts, investmentPlans as ip, sites } from "../../db/tables";
import { branch, displayName, joinFx, minerScopeDetail, minerScopeReason, minersCte, timeReason, usd, type Frame, type Statement } from "./sector.sql";

const noRate = (currency: AnyPgColumn) => sql`'Amount in ' || ${currency} || ' with no published rate on file.'`;

const guarantor = alias(companies, "g");
const beneficiary = alias(companies, "bc");
const bsDeal = alias(deals, "bd");
const bsSite = alias(sites, "s");

/**
 * Credit backstops for the country's miners, current revisions only. Increments on one
 * relationship are separate records and add up; reported totals are kept apart. Measures:
 * `amount` (grouped by guarantor through company_id) and `beneficiary` (included rows again,
 * grouped by the miner) and `reported` (reported totals public by the day).
 */
export function backstopStatement(f: Frame): Statement {
  const cte = sql`bs as (
    select ${cb.id} as id, ${cb.guarantorId} as guarantor_id, ${cb.beneficiaryId} as beneficiary_id, ${facts.key} as key, ${cb.publicOn} as public_on,
      ${cb.amount} as amount, ${cb.currency} as currency, ${cb.fxRateId} as fx_rate_id, ${cb.amountType} as amount_type,
      ${cb.cumulativeAmountForBeneficiary} as cumulative, au.usd as amount_usd,
      ${displayName(guarantor.name, guarantor.ticker)} as guarantor,
      coalesce(${displayName(beneficiary.name, beneficiary.ticker)}, ${cb.beneficiaryText}) as who,
      ${cb.announcedOn}::text as announced, x.reason,
      case x.reason
        when 'REPORTED_TOTAL' then 'A reported total over ' || coalesce(${cb.beneficiaryText}, 'several backstops')
          || coalesce(' (' || ${cb.amountType} || ')', '') || ': shown beside the computed sum, never added to it.'
        when 'NO_VALUE' then 'Amount not disclosed.'
        when 'NO_FX_RATE' then ${noRate(cb.currency)}
        when 'OUTSIDE_COUNTRY' then coalesce(${minerScopeDetail(f)}, 'The backstopped lease is sited at ' || ${bsSite.name} || ' (' || ${bsSite.country} || ').')
        else ${minerScopeDetail(f)} end as detail
    from ${cb}
    join ${facts} on ${facts.id} = ${cb.id}
    join ${tableRef(guarantor)} on ${guarantor.id} = ${cb.guarantorId}
    left join ${tableRef(beneficiary)} on ${beneficiary.id} = ${cb.beneficiaryId}
    left join miners m on m.id = ${cb.beneficiaryId}
    left join ${tableRef(bsDeal)} on ${bsDeal.id} = ${cb.dealId}
    left join ${tableRef(bsSite)} on ${bsSite.id} = ${bsDeal.siteId}
    ${joinFx(cb.fxRateId, cb.currency)}
    cross join lateral (select ${usd(cb.amount, cb.currency)} as usd) au
    cross join lateral (select coalesce(${timeReason(cb, f)},
      case when ${cb.isReportedTotal} then 'REPORTED_TOTAL' end, ${minerScopeReason},
      case when ${bsSite.country} <> ${f.country} then 'OUTSIDE_COUNTRY' when ${cb.amount} is null then 'NO_VALUE'
           when au.usd is null then 'NO_FX_RATE' end) as reason) x)`;
  const base = { fact_type: sql`'CreditBackstop'`, fact_id: sql`id`, key: sql`key`, public_on: sql`public_on`, value: sql`amount_usd` };
  const money = { amount: sql`amount`, currency: sql`currency`, fx_rate_id: sql`fx_rate_id` };
  const label = sql`guarantor || ' for ' || who || coalesce(' (' || announced || ')', '')
    || coalesce('; the reported cumulative for ' || who || ' is ' || trim_scale(cumulative) || ' ' || currency, '')`;
  const amount = branch({ ...base, ...money, measure: sql`'amount'`, company_id: sql`guarantor_id`, reason: sql`reason`, detail: sql`detail`, label }, sql`from bs`);
  const byMiner = branch({ ...base, ...money, measure: sql`'beneficiary'`, company_id: sql`beneficiary_id`, label }, sql`from bs where reason is null`);
  const reported = branch(
    { ...base, ...money, measure: sql`'reported'`, company_id: sql`guarantor_id`, label: sql`guarantor || ': reported total for ' || who`, extra_text: sql`amount_type`, detail: sql`detail` },
    sql`from bs where reason = 'REPORTED_TOTAL'`,
  );
  return { ctes: [minersCte(f), cte], branches: [amount, byMiner, reported] };
}

const issuer = alias(companies, "i");

/**
 * Hyperscalers' bond sales (issuer headquartered in the country), in USD at the linked published
 * rate. Measures: `amount`; `demand` (peak order book, USD, where reported) and `covered` (the
 * amount of the bonds whose order book is reported: the cover ratio's denominator).
 */
export function bondStatement(f: Frame): Statement {
  const cte = sql`bond as (
    select ${br.id} as id, ${br.issuerId} as issuer_id, ${facts.key} as key, ${br.publicOn} as public_on, ${br.amount} as amount,
      ${br.currency} as currency, ${br.fxRateId} as fx_rate_id, ${br.market} as market, ${br.orderBookDemandUsd} as demand,
      ${br.pricedOn}::text as priced, au.usd as amount_usd, ${displayName(issuer.name, issuer.ticker)} as who, x.reason,
      case x.reason
        when 'NOT_A_HYPERSCALER' then ${issuer.name} || ' is not a hyperscaler.'
        when 'OUTSIDE_COUNTRY' then ${issuer.name} || ' is not headquartered in ' || ${f.country} || '.'
        when 'NO_FX_RATE' then ${noRate(br.currency)} end as detail
    from ${br}
    join ${facts} on ${facts.id} = ${br.id}
    join ${tableRef(issuer)} on ${issuer.id} = ${br.issuerId}
    ${joinFx(br.fxRateId, br.currency)}
    cross join lateral (select ${usd(br.amount, br.currency)} as usd) au
    cross join lateral (select coalesce(${timeReason(br, f)},
      case when ${issuer.kind} <> 'HYPERSCALER' then 'NOT_A_HYPERSCALER' when ${issuer.country} is distinct from ${f.country} then 'OUTSIDE_COUNTRY'
           when au.usd is null then 'NO_FX_RATE' end) as reason) x)`;
  const base = { fact_type: sql`'BondRaise'`, fact_id: sql`id`, key: sql`key`, public_on: sql`public_on`, company_id: sql`issuer_id` };
  const label = sql`who || ' bond, ' || coalesce(market, currency) || coalesce(' (' || priced || ')', '')`;
  const noBook = sql`case when demand is null then 'NO_VALUE' end`;
  const noBookDetail = sql`coalesce(detail, 'Order-book demand not reported.')`;
  const amount = branch(
    { ...base, measure: sql`'amount'`, value: sql`amount_usd`, reason: sql`reason`, detail: sql`detail`, label, amount: sql`amount`, currency: sql`currency`, fx_rate_id: sql`fx_rate_id` },
    sql`from bond`,
  );
  const demand = branch(
    { ...base, measure: sql`'demand'`, value: sql`demand`, reason: sql`coalesce(reason, ${noBook})`, detail: noBookDetail, label: sql`${label} || ': peak order book'` },
    sql`from bond`,
  );
  const covered = branch(
    { ...base, measure: sql`'covered'`, value: sql`amount_usd`, reason: sql`coalesce(reason, ${noBook})`, detail: noBookDetail, label },
    sql`from bond`,
  );
  return { ctes: [minersCte(f), cte], branches: [amount, demand, covered] };
}

const planner = alias(companies, "c");

/**
 * Hyperscalers' announced investment plans (one hyperscaler headquartered in the country per plan).
 * Multi-company tallies and forecasts are left out. Measures: `amount` (USD) and `capacity` (MW).
 */
export function planStatement(f: Frame): Statement {
  const cte = sql`plan as (
    select ${ip.id} as id, ${ip.companyId} as company_id, ${facts.key} as key, ${ip.publicOn} as public_on, ${ip.amountUsd} as amount_usd,
      ${ip.amountType} as amount_type, ${ip.capacityMw} as capacity_mw, ${ip.capacityNote} as capacity_note,
      coalesce(${displayName(planner.name, planner.ticker)}, ${ip.plannerText}) as who,
      coalesce(${ip.description}, ${ip.region}) as what, x.reason,
      case x.reason
        when 'REPORTED_TOTAL' then 'A tally across ' || ${ip.plannerText} || ': not added to single-company plans.'
        when 'NOT_A_HYPERSCALER' then coalesce(${planner.name}, ${ip.plannerText}) || ' is not a hyperscaler.'
        when 'OUTSIDE_COUNTRY' then ${planner.name} || ' is not headquartered in ' || ${f.country} || '.' end as detail
    from ${ip}
    join ${facts} on ${facts.id} = ${ip.id}
    left join ${tableRef(planner)} on ${planner.id} = ${ip.companyId}
    cross join lateral (select coalesce(${timeReason(ip, f)},
      case when ${ip.companyId} is null and cardinality(${ip.companyIds}) > 1 then 'REPORTED_TOTAL'
           when ${planner.id} is null or ${planner.kind} <> 'HYPERSCALER' then 'NOT_A_HYPERSCALER'
           when ${planner.country} is distinct from ${f.country} then 'OUTSIDE_COUNTRY' end) as reason) x)`;
  const base = { fact_type: sql`'InvestmentPlan'`, fact_id: sql`id`, key: sql`key`, public_on: sql`public_on`, company_id: sql`company_id` };
  const title: SQL = sql`who || coalesce(': ' || what, '')`;
  const amount = branch(
    {
      ...base,
      measure: sql`'amount'`,
      value: sql`amount_usd`,
      reason: sql`coalesce(reason, case when amount_usd is null then 'NO_VALUE' end)`,
      detail: sql`coalesce(detail, 'No amount announced.')`,
      label: sql`${title} || coalesce(' (' || amount_type || ')', '')`,
      amount: sql`amount_usd`,
      currency: sql`'USD'`,
    },
    sql`from plan`,
  );
  const capacity = branch(
    {
      ...base,
      measure: sql`'capacity'`,
      value: sql`capacity_mw`,
      reason: sql`coalesce(reason, case when capacity_mw is null then 'NO_VALUE' end)`,
      detail: sql`coalesce(detail, 'No capacity figure announced' || coalesce(' (' || capacity_note || ')', '') || '.')`,
      label: sql`${title} || ', ' || trim_scale(capacity_mw) || ' MW' || coalesce(' (' || capacity_note || ')', '')`,
    },
    sql`from plan`,
  );
  const tally = branch(
    { ...base, measure: sql`'tally'`, value: sql`amount_usd`, label: sql`${title} || coalesce(' (' || amount_type || ')', '')`, detail: sql`detail` },
    sql`from plan where reason = 'REPORTED_TOTAL' and amount_usd is not null`,
  );
  return { ctes: [minersCte(f), cte], branches: [amount, capacity, tally] };
}
