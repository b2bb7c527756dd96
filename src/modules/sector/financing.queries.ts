import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { branch, fxJoin, minerScopeDetail, minerScopeReason, minersCte, rowsOf, timeReason, usd, withTotals, type ExplainRow, type Frame } from "./sector.sql";

const noRate = (alias: string) => sql`'Amount in ' || ${sql.raw(alias)}.currency || ' with no published rate on file.'`;

/**
 * Credit backstops for the country's miners, current revisions only. Increments on one
 * relationship are separate records and add up; reported totals are kept apart. Measures:
 * `amount` (grouped by guarantor through company_id) and `beneficiary` (included rows again,
 * grouped by the miner) and `reported` (reported totals public by the day).
 */
export async function backstopRows(db: Db, f: Frame): Promise<ExplainRow[]> {
  const cte = sql`bs as (
    select b.id, b.guarantor_id, b.beneficiary_id, f.key, b.public_on, b.amount, b.currency, b.fx_rate_id, b.amount_type,
      b.beneficiary_text, b.cumulative_amount_for_beneficiary as cumulative, au.usd as amount_usd,
      coalesce(g.ticker, g.name) as guarantor, coalesce(m.ticker, bc.name, b.beneficiary_text) as who, x.reason,
      case x.reason
        when 'REPORTED_TOTAL' then 'A reported total over ' || coalesce(b.beneficiary_text, 'several backstops')
          || coalesce(' (' || b.amount_type || ')', '') || ': shown beside the computed sum, never added to it.'
        when 'NO_VALUE' then 'Amount not disclosed.'
        when 'NO_FX_RATE' then ${noRate("b")}
        when 'OUTSIDE_COUNTRY' then coalesce(${minerScopeDetail(f)}, 'The backstopped lease is sited at ' || s.name || ' (' || s.country || ').')
        else ${minerScopeDetail(f)} end as detail
    from credit_backstops b
    join facts f on f.id = b.id
    join companies g on g.id = b.guarantor_id
    left join companies bc on bc.id = b.beneficiary_id
    left join miners m on m.id = b.beneficiary_id
    left join deals d on d.id = b.deal_id
    left join sites s on s.id = d.site_id
    ${fxJoin("b")}
    cross join lateral (select ${usd("b", "amount")} as usd) au
    cross join lateral (select coalesce(${timeReason("b", "credit_backstops", f)},
      case when b.is_reported_total then 'REPORTED_TOTAL' end, ${minerScopeReason},
      case when s.country <> ${f.country} then 'OUTSIDE_COUNTRY' when b.amount is null then 'NO_VALUE'
           when au.usd is null then 'NO_FX_RATE' end) as reason) x)`;
  const base = { fact_type: sql`'CreditBackstop'`, fact_id: sql`id`, key: sql`key`, public_on: sql`public_on`, value: sql`amount_usd` };
  const money = { amount: sql`amount`, currency: sql`currency`, fx_rate_id: sql`fx_rate_id` };
  const label = sql`guarantor || ' for ' || who || ' ' || key || coalesce(' (the reported cumulative for ' || who || ' is ' || trim_scale(cumulative) || ')', '')`;
  const amount = branch({ ...base, ...money, measure: sql`'amount'`, company_id: sql`guarantor_id`, reason: sql`reason`, detail: sql`detail`, label }, sql`from bs`);
  const byMiner = branch({ ...base, ...money, measure: sql`'beneficiary'`, company_id: sql`beneficiary_id`, label }, sql`from bs where reason is null`);
  const reported = branch(
    { ...base, ...money, measure: sql`'reported'`, company_id: sql`guarantor_id`, label: sql`guarantor || ' ' || key || ': reported total for ' || who`, extra_text: sql`amount_type`, detail: sql`detail` },
    sql`from bs where reason = 'REPORTED_TOTAL'`,
  );
  return rowsOf<ExplainRow>(db, withTotals([minersCte(f), cte], [amount, byMiner, reported]));
}

/**
 * Hyperscalers' bond sales (issuer headquartered in the country), in USD at the linked published
 * rate. Measures: `amount`; `demand` (peak order book, USD, where reported) and `covered` (the
 * amount of the bonds whose order book is reported: the cover ratio's denominator).
 */
export async function bondRows(db: Db, f: Frame): Promise<ExplainRow[]> {
  const cte = sql`bond as (
    select b.id, b.issuer_id, f.key, b.public_on, b.amount, b.currency, b.fx_rate_id, b.market, b.order_book_demand_usd as demand,
      au.usd as amount_usd, coalesce(i.ticker, i.name) as who, x.reason,
      case x.reason
        when 'NOT_A_HYPERSCALER' then i.name || ' is not a hyperscaler.'
        when 'OUTSIDE_COUNTRY' then i.name || ' is not headquartered in ' || ${f.country} || '.'
        when 'NO_FX_RATE' then ${noRate("b")} end as detail
    from bond_raises b
    join facts f on f.id = b.id
    join companies i on i.id = b.issuer_id
    ${fxJoin("b")}
    cross join lateral (select ${usd("b", "amount")} as usd) au
    cross join lateral (select coalesce(${timeReason("b", "bond_raises", f)},
      case when i.kind <> 'HYPERSCALER' then 'NOT_A_HYPERSCALER' when i.country is distinct from ${f.country} then 'OUTSIDE_COUNTRY'
           when au.usd is null then 'NO_FX_RATE' end) as reason) x)`;
  const base = { fact_type: sql`'BondRaise'`, fact_id: sql`id`, key: sql`key`, public_on: sql`public_on`, company_id: sql`issuer_id` };
  const label = sql`who || ' ' || key || ' (' || coalesce(market, currency) || ')'`;
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
  return rowsOf<ExplainRow>(db, withTotals([minersCte(f), cte], [amount, demand, covered]));
}

/**
 * Hyperscalers' announced investment plans (one hyperscaler headquartered in the country per plan).
 * Multi-company tallies and forecasts are left out. Measures: `amount` (USD) and `capacity` (MW).
 */
export async function planRows(db: Db, f: Frame): Promise<ExplainRow[]> {
  const cte = sql`plan as (
    select p.id, p.company_id, f.key, p.public_on, p.amount_usd, p.amount_type, p.capacity_mw, p.capacity_note,
      coalesce(c.ticker, c.name, p.planner_text) as who, x.reason,
      case x.reason
        when 'REPORTED_TOTAL' then 'A tally across ' || p.planner_text || ': not added to single-company plans.'
        when 'NOT_A_HYPERSCALER' then coalesce(c.name, p.planner_text) || ' is not a hyperscaler.'
        when 'OUTSIDE_COUNTRY' then c.name || ' is not headquartered in ' || ${f.country} || '.' end as detail
    from investment_plans p
    join facts f on f.id = p.id
    left join companies c on c.id = p.company_id
    cross join lateral (select coalesce(${timeReason("p", "investment_plans", f)},
      case when p.company_id is null and cardinality(p.company_ids) > 1 then 'REPORTED_TOTAL'
           when c.id is null or c.kind <> 'HYPERSCALER' then 'NOT_A_HYPERSCALER'
           when c.country is distinct from ${f.country} then 'OUTSIDE_COUNTRY' end) as reason) x)`;
  const base = { fact_type: sql`'InvestmentPlan'`, fact_id: sql`id`, key: sql`key`, public_on: sql`public_on`, company_id: sql`company_id` };
  const amount = branch(
    {
      ...base,
      measure: sql`'amount'`,
      value: sql`amount_usd`,
      reason: sql`coalesce(reason, case when amount_usd is null then 'NO_VALUE' end)`,
      detail: sql`coalesce(detail, 'No amount announced.')`,
      label: sql`who || ' ' || key || coalesce(' (' || amount_type || ')', '')`,
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
      label: sql`who || ' ' || key || ': ' || trim_scale(capacity_mw) || ' MW' || coalesce(' (' || capacity_note || ')', '')`,
    },
    sql`from plan`,
  );
  return rowsOf<ExplainRow>(db, withTotals([minersCte(f), cte], [amount, capacity]));
}
