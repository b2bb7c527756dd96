import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { annualizedDetail, annualizedLabel, dealCte } from "./sector.queries";
import { branch, fxJoin, minerScopeDetail, minerScopeReason, minersCte, rowsOf, timeReason, usd, withTotals, type ExplainRow, type Frame } from "./sector.sql";

/**
 * Revenue reports of miners with the reason each is not used. Of a miner's usable reports (mining
 * revenue stated, public by the day, latest revision) the one ending last is used, a fiscal year
 * before a quarter ending the same day; the others are EARLIER_PERIOD.
 */
function revenueCte(f: Frame): SQL {
  return sql`rev as (
    select r.id, r.company_id, f.key, r.public_on, r.period, r.period_end, r.mining_revenue, r.currency, r.fx_rate_id,
      coalesce(r.fiscal_label, case r.period when 'YEAR' then 'FY ending ' else 'quarter ending ' end || r.period_end) as period_label,
      coalesce(m.ticker, m.name) as who, mu.usd as mining_usd, x.reason as base_reason,
      case x.reason
        when 'NO_VALUE' then 'Mining revenue is not reported separately in this report.'
        when 'NO_FX_RATE' then 'Revenue in ' || r.currency || ' with no published rate on file.'
        else ${minerScopeDetail(f)} end as base_detail,
      case when x.reason is null then row_number() over (
        partition by r.company_id, x.reason is null order by r.period_end desc, (r.period = 'YEAR') desc, r.id desc) end as rn
    from revenue_reports r
    join facts f on f.id = r.id
    left join miners m on m.id = r.company_id
    ${fxJoin("r")}
    cross join lateral (select ${usd("r", "mining_revenue")} as usd) mu
    cross join lateral (select coalesce(${timeReason("r", "revenue_reports", f)}, ${minerScopeReason},
      case when r.mining_revenue is null then 'NO_VALUE' when mu.usd is null then 'NO_FX_RATE' end) as reason) x),
  chosen as (select * from rev where base_reason is null and rn = 1)`;
}

/**
 * The contracted AI revenue share in one statement. Measures:
 * - `ai`: deals' annualized contracted AI revenue, counted only for miners with a chosen revenue report;
 * - `mining`: the chosen report per miner, annualized (a year as is, a quarter × 4); other reports and
 *   the country's miners with no usable report are listed as excluded.
 */
export async function shareRows(db: Db, f: Frame): Promise<ExplainRow[]> {
  const ai = branch(
    {
      measure: sql`'ai'`,
      fact_type: sql`'Deal'`,
      fact_id: sql`deal.id`,
      company_id: sql`deal.provider_id`,
      key: sql`deal.key`,
      value: sql`deal.ann_value`,
      reason: sql`coalesce(deal.base_reason, deal.ann_reason,
        case when not exists (select 1 from chosen where chosen.company_id = deal.provider_id) then 'NO_REVENUE_DATA' end)`,
      detail: sql`coalesce(deal.base_detail, ${annualizedDetail}, deal.who || ' has no mining revenue public by ' || ${f.day} || ', so its AI revenue has no share to be compared with.')`,
      label: annualizedLabel,
      public_on: sql`deal.public_on`,
    },
    sql`from deal`,
  );
  const mining = branch(
    {
      measure: sql`'mining'`,
      fact_type: sql`'RevenueReport'`,
      fact_id: sql`rev.id`,
      company_id: sql`rev.company_id`,
      key: sql`rev.key`,
      value: sql`rev.mining_usd * case rev.period when 'QUARTER' then 4 else 1 end`,
      reason: sql`coalesce(rev.base_reason, case when rev.rn > 1 then 'EARLIER_PERIOD' end)`,
      detail: sql`coalesce(rev.base_detail, 'A later report of ' || rev.who || ' is used.')`,
      label: sql`rev.who || ' ' || rev.key || ': ' || rev.period_label || ' mining revenue ' || trim_scale(rev.mining_usd) || ' USD'
        || case rev.period when 'QUARTER' then ' × 4' else '' end`,
      extra_text: sql`rev.period_label || case rev.period when 'QUARTER' then ' × 4' else '' end`,
      public_on: sql`rev.public_on`,
      amount: sql`rev.mining_revenue`,
      currency: sql`rev.currency`,
      fx_rate_id: sql`rev.fx_rate_id`,
    },
    sql`from rev`,
  );
  const noData = branch(
    {
      measure: sql`'mining'`,
      fact_type: sql`'Company'`,
      fact_id: sql`m.id`,
      company_id: sql`m.id`,
      key: sql`fk.key`,
      reason: sql`'NO_REVENUE_DATA'`,
      detail: sql`coalesce(m.ticker, m.name) || ' has no report with mining revenue public by ' || ${f.day} || '.'`,
    },
    sql`from miners m join facts fk on fk.id = m.id where m.in_sector and not exists (select 1 from chosen where chosen.company_id = m.id)`,
  );
  const ctes = [minersCte(f), dealCte(f), revenueCte(f)];
  return rowsOf<ExplainRow>(db, withTotals(ctes, [ai, mining, noData]));
}
