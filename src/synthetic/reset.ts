import type { Db } from "../db/client";
import { bulkLoader } from "./copy";
import { DATA_CHANNEL } from "../cache/invalidation";

/** Every table the generator writes, emptied in one statement (identity sequences restart). */
const TABLES = [
  "fact_sources",
  "stock_moves",
  "revenue_reports",
  "investment_plans",
  "bond_raises",
  "credit_backstops",
  "deals",
  "capacity_reports",
  "market_indicators",
  "sites",
  "companies",
  "facts",
  "fx_rates",
  "sources",
];

/** Empties a synthetic-only database. The caller checks that it holds no seed data. */
export async function resetSynthetic(db: Db): Promise<void> {
  await bulkLoader(db).transaction(async (tx) => {
    await tx.query(`truncate ${TABLES.join(", ")} restart identity cascade`);
    await tx.query(`select pg_notify('${DATA_CHANNEL}', 'reset')`);
  });
}
