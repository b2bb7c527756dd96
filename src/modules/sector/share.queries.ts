import { tableRef } from "../../shared/table-ref";
import { sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { companies, facts, revenueReports as rr } from "../../db/tables";
import { annualizedDetail, annualizedLabel, dealCte } from "./sector.queries";
import { branch, displayName, fx, joinFx, minerScopeDetail, minerScopeReason, minersCte, timeReason, usd, type Frame, type Statement } from "./sector.sql";

const rc = alias(companies, "rc");

const periodLabel = sql`coalesce(${rr.fiscalLabel}, case ${rr.period} when 'YEAR' then 'FY ending ' else 'quarter ending ' end || ${rr.periodEnd})`;

/**
 * Revenue reports of miners with the reason each is not used for a figure (`need`: the column the
 * figure needs). Of a miner's usable reports (figure stated, public by the day, latest revision)
 * one is chosen (rn = 1): the one ending last, and of two ending the same day the longer period
 * first when `yearFirst` (mining run-rate) or the shorter (the latest period, for the reported share).
 */
function revenueCte(f: Frame, name: string, need: SQL[], yearFirst: boolean): SQL {
  const missing = sql.join(need.map((c) => sql`${c} is null`), sql` or `);
  const periodOrder = yearFirst ? sql`(${rr.period} = 'YEAR') desc` : sql`(${rr.period} = 'QUARTER') desc`;
  return sql`${sql.raw(name)} as (
    select ${rr.id} as id, ${rr.companyId} as company_id, ${facts.key} as key, ${rr.publicOn} as public_on, ${rr.period} as period,
      ${rr.periodEnd} as period_end, ${rr.currency} as currency, ${rr.fxRateId} as fx_rate_id, ${periodLabel} as period_label,
      ${rr.miningRevenue} as mining_revenue, ${usd(rr.miningRevenue, rr.currency)} as mining_usd,
      ${rr.totalRevenue} as total_revenue, ${usd(rr.totalRevenue, rr.currency)} as total_usd,
      ${rr.aiHpcRevenue} as ai_revenue, ${usd(rr.aiHpcRevenue, rr.currency)} as ai_usd,
      ${displayName(rc.name, rc.ticker)} as who, x.reason as base_reason,
      case x.reason
        when 'NO_VALUE' then 'The report does not state ' || ${needWords(need)} || '.'
        when 'NO_FX_RATE' then 'Revenue in ' || ${rr.currency} || ' with no published rate on file.'
        else ${minerScopeDetail(f)} end as base_detail,
      case when x.reason is null then row_number() over (
        partition by ${rr.companyId}, x.reason is null order by ${rr.periodEnd} desc, ${periodOrder}, ${rr.id} desc) end as rn
    from ${rr}
    join ${facts} on ${facts.id} = ${rr.id}
    join ${tableRef(rc)} on ${rc.id} = ${rr.companyId}
    left join miners m on m.id = ${rr.companyId}
    ${joinFx(rr.fxRateId, rr.currency)}
    cross join lateral (select coalesce(${timeReason(rr, f)}, ${minerScopeReason},
      case when ${missing} then 'NO_VALUE' when ${rr.currency} <> 'USD' and ${fx.rate} is null then 'NO_FX_RATE' end) as reason) x),
  ${sql.raw(name)}_chosen as (select distinct company_id from ${sql.raw(name)} where base_reason is null and rn = 1)`;
}

function needWords(need: SQL[]): SQL {
  return need.length === 1 ? sql`'mining revenue separately'` : sql`'both total revenue and AI/HPC revenue'`;
}

/** A quarter's figure × 4, a year's as is: the two put on one yearly footing so they can be added. */
const perYear = (col: string, alias: string) => sql`${sql.raw(`${alias}.${col}`)} * case ${sql.raw(alias)}.period when 'QUARTER' then 4 else 1 end`;
const yearly = (alias: string) => sql`case ${sql.raw(alias)}.period when 'QUARTER' then ' × 4' else '' end`;

/** The country's miners with no chosen report in `cte`: NO_REVENUE_DATA, listed once each. */
function noData(measure: string, cte: string, f: Frame, what: string): SQL {
  return branch(
    {
      measure: sql`${measure}`,
      fact_type: sql`'Company'`,
      fact_id: sql`m.id`,
      company_id: sql`m.id`,
      key: sql`fk.key`,
      reason: sql`'NO_REVENUE_DATA'`,
      detail: sql`${displayName(sql`m.name`, sql`m.ticker`)} || ' has no report with ' || ${what} || ' public by ' || ${f.day} || '.'`,
    },
    sql`from miners m join ${facts} fk on fk.id = m.id left join ${sql.raw(cte)}_chosen c on c.company_id = m.id
      where m.in_sector and c.company_id is null`,
  );
}

/**
 * The contracted AI revenue share in one statement. Measures:
 * - `ai`: deals' annualized contracted AI revenue, counted only for miners with a chosen revenue report;
 * - `mining`: the chosen report per miner, annualized (a year as is, a quarter × 4); other reports and
 *   the country's miners with no usable report are listed as excluded.
 */
export function shareStatement(f: Frame): Statement {
  const ai = branch(
    {
      measure: sql`'ai'`,
      fact_type: sql`'Deal'`,
      fact_id: sql`deal.id`,
      company_id: sql`deal.provider_id`,
      key: sql`deal.key`,
      value: sql`deal.ann_value`,
      reason: sql`coalesce(deal.base_reason, deal.ann_reason, case when has_rev.company_id is null then 'NO_REVENUE_DATA' end)`,
      detail: sql`coalesce(deal.base_detail, ${annualizedDetail}, deal.who || ' has no mining revenue public by ' || ${f.day} || ', so its AI revenue has no share to be compared with.')`,
      label: annualizedLabel,
      public_on: sql`deal.public_on`,
    },
    // A hash join on the miners with a chosen report, not a scan of every report per deal.
    sql`from deal left join rev_chosen has_rev on has_rev.company_id = deal.provider_id`,
  );
  const mining = branch(
    {
      measure: sql`'mining'`,
      fact_type: sql`'RevenueReport'`,
      fact_id: sql`rev.id`,
      company_id: sql`rev.company_id`,
      key: sql`rev.key`,
      value: perYear("mining_usd", "rev"),
      reason: sql`coalesce(rev.base_reason, case when rev.rn > 1 then 'EARLIER_PERIOD' end)`,
      detail: sql`coalesce(rev.base_detail, 'A later report of ' || rev.who || ' is used.')`,
      label: sql`rev.who || ', ' || rev.period_label || ': mining revenue ' || trim_scale(rev.mining_usd) || ' USD' || ${yearly("rev")}`,
      extra_text: sql`rev.period_label || ${yearly("rev")}`,
      public_on: sql`rev.public_on`,
      amount: sql`rev.mining_revenue`,
      currency: sql`rev.currency`,
      fx_rate_id: sql`rev.fx_rate_id`,
    },
    sql`from rev`,
  );
  return {
    ctes: [minersCte(f), dealCte(f), revenueCte(f, "rev", [sql`${rr.miningRevenue}`], true)],
    branches: [ai, mining, noData("mining", "rev", f, "mining revenue")],
  };
}

/**
 * The reported AI revenue share (what was earned, not contracted). Per miner of the country, its
 * latest period public by the day that states both total and AI/HPC revenue (of two ending the
 * same day, the quarter). Measures `aiHpc` and `revenue` carry the same rows (the figure × 4 for a
 * quarter, so quarters and years add on one footing); `miners` counts the country's miners for coverage.
 */
export function reportedShareStatement(f: Frame): Statement {
  const row = (measure: string, col: string, amount: string, what: string) =>
    branch(
      {
        measure: sql`${measure}`,
        fact_type: sql`'RevenueReport'`,
        fact_id: sql`rr.id`,
        company_id: sql`rr.company_id`,
        key: sql`rr.key`,
        value: perYear(col, "rr"),
        reason: sql`coalesce(rr.base_reason, case when rr.rn > 1 then 'EARLIER_PERIOD' end)`,
        detail: sql`coalesce(rr.base_detail, 'A later period of ' || rr.who || ' is used.')`,
        label: sql`rr.who || ', ' || rr.period_label || ': ' || ${what} || ' ' || trim_scale(rr.${sql.raw(col)}) || ' USD' || ${yearly("rr")}`,
        extra_text: sql`rr.period_label`,
        public_on: sql`rr.public_on`,
        amount: sql`rr.${sql.raw(amount)}`,
        currency: sql`rr.currency`,
        fx_rate_id: sql`rr.fx_rate_id`,
      },
      sql`from rr`,
    );
  const miners = branch(
    { measure: sql`'miners'`, fact_type: sql`'Company'`, fact_id: sql`m.id`, company_id: sql`m.id`, key: sql`fk.key`, value: sql`1` },
    sql`from miners m join ${facts} fk on fk.id = m.id where m.in_sector`,
  );
  return {
    ctes: [minersCte(f), revenueCte(f, "rr", [sql`${rr.totalRevenue}`, sql`${rr.aiHpcRevenue}`], false)],
    branches: [
      row("aiHpc", "ai_usd", "ai_revenue", "AI/HPC revenue"),
      row("revenue", "total_usd", "total_revenue", "total revenue"),
      noData("revenue", "rr", f, "both total and AI/HPC revenue"),
      miners,
    ],
  };
}
