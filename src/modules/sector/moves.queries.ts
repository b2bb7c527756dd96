import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { factSources, facts, stockMoves } from "../../db/tables";
import { branch, minerScopeDetail, minerScopeReason, minersCte, rowsOf, timeReason, type ExplainRow, type Frame } from "./sector.sql";

export interface MoveRow extends ExplainRow {
  /** Position among the counted moves by size of the move (|change|), largest first. */
  rank: number | null;
  n: number;
  /** Sum of the counted changes. */
  total: number | null;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

/**
 * Stock moves on one trading day: the country's miners' moves over the requested windows (measure
 * `move`) with count, mean, median (percentile_cont), min and max over the counted ones, and the
 * reported sector-index moves of that day (measure `index`). Windows are matched as given.
 */
export async function moveRows(db: Db, f: Frame, on: string, windows: string[]): Promise<MoveRow[]> {
  const sm = stockMoves;
  const inWindow = sql`${sm.window}::text in (${sql.join(windows.map((w) => sql`${w}`), sql`, `)})`;
  const cte = sql`mv as (
    select ${sm.id} as id, ${sm.companyId} as company_id, ${facts.key} as key, ${sm.publicOn} as public_on, ${sm.isIndex} as is_index,
      ${sm.changePct} as change_pct, ${sm.symbol} as symbol, ${sm.moveType} as move_type, x.reason,
      case x.reason
        when 'OTHER_WINDOW' then 'Measured over ' || ${sm.window} || ' (' || ${sm.moveType} || '), not the window asked for.'
        when 'UNRESOLVED' then 'Sources conflict or give only a range (' || ${sm.moveType} || '); see the fact''s note.'
        else ${minerScopeDetail(f)} end as detail
    from ${sm}
    join ${facts} on ${facts.id} = ${sm.id}
    left join miners m on m.id = ${sm.companyId}
    cross join lateral (select coalesce(${timeReason(sm, f)},
      case when not ${sm.isIndex} then ${minerScopeReason} end,
      case when not ${inWindow} then 'OTHER_WINDOW' when ${sm.unresolved} or ${sm.changePct} is null then 'UNRESOLVED' end) as reason) x
    where ${sm.on} = ${on}::date)`;
  const base = {
    fact_type: sql`'StockMove'`,
    fact_id: sql`id`,
    company_id: sql`company_id`,
    key: sql`key`,
    value: sql`change_pct`,
    reason: sql`reason`,
    detail: sql`detail`,
    public_on: sql`public_on`,
    label: sql`symbol || ': ' || trim_scale(change_pct) || '% (' || move_type || ')'`,
    extra_text: sql`move_type`,
  };
  const moves = branch({ ...base, measure: sql`'move'` }, sql`from mv where not is_index`);
  const index = branch({ ...base, measure: sql`'index'` }, sql`from mv where is_index`);
  return rowsOf<MoveRow>(
    db,
    sql`with ${minersCte(f)}, ${cte}, cand as (${moves} union all ${index}),
      stats as (
        select count(*)::int as n, avg(value)::float8 as mean, sum(value)::float8 as total,
          (percentile_cont(0.5) within group (order by value))::float8 as median, min(value)::float8 as min, max(value)::float8 as max
        from cand where measure = 'move' and reason is null)
      select measure, fact_type, fact_id::int as fact_id, company_id::int as company_id, key, value::float8 as value, reason, detail,
        label, public_on::text as public_on, extra_text, stats.*,
        case when reason is null and measure = 'move'
          then row_number() over (partition by measure, reason is null order by abs(value) desc, key) end::int as rank
      from cand cross join stats
      order by measure, reason nulls first, abs(value) desc nulls last, key`,
  );
}

/** Source ids of some facts, each once, in order of first citation (fact order, then the fact's own order). */
export async function sourceIdsOf(db: Db, factIds: number[], limit: number): Promise<number[]> {
  if (!factIds.length) return [];
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`select ${factSources.sourceId}::int as id from ${factSources}
      join unnest(${`{${factIds.join(",")}}`}::bigint[]) with ordinality as f(id, rn) on f.id = ${factSources.factId}
      group by ${factSources.sourceId} order by min(f.rn * 100000 + ${factSources.position}), ${factSources.sourceId} limit ${limit}`,
  );
  return rows.map((r) => Number(r.id));
}
