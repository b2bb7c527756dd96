import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { rowsOf } from "./sector.sql";

/** Tables whose facts carry `public_on` (companies have none: they are not dated facts). */
const DATED_TABLES = [
  "sites",
  "capacity_reports",
  "deals",
  "credit_backstops",
  "bond_raises",
  "investment_plans",
  "revenue_reports",
  "stock_moves",
  "market_indicators",
];

export interface ChangeRow {
  fact_id: number;
  fact_type: string;
  key: string;
  public_on: string;
  revises_id: number | null;
  revises_type: string | null;
  increment_of_id: number | null;
  type_count: number;
  type_revisions: number;
}

/**
 * Facts that became public in (from, to], oldest first: new facts, revisions (`supersedes`) and
 * backstop increments, with per-type counts from a window over the same rows.
 */
export async function changedFacts(db: Db, from: string, to: string): Promise<ChangeRow[]> {
  const dated = sql.join(
    DATED_TABLES.map((t) => sql`select id, public_on from ${sql.raw(t)}`),
    sql` union all `,
  );
  return rowsOf<ChangeRow>(
    db,
    sql`with dated as (${dated})
      select f.id::int as fact_id, f.type::text as fact_type, f.key, d.public_on::text as public_on,
        f.supersedes_id::int as revises_id, sf.type::text as revises_type, b.increment_of_id::int as increment_of_id,
        (count(*) over (partition by f.type))::int as type_count,
        (count(f.supersedes_id) over (partition by f.type))::int as type_revisions
      from dated d
      join facts f on f.id = d.id
      left join facts sf on sf.id = f.supersedes_id
      left join credit_backstops b on b.id = f.id
      where d.public_on > ${from}::date and d.public_on <= ${to}::date
      order by d.public_on, f.type, f.key`,
  );
}
