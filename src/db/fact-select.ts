import { eq, getTableColumns, getTableName, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { facts, type factTypeEnum } from "./tables";

/** Provenance columns every entity row is read with (joined from `facts`). */
export const factMeta = {
  key: facts.key,
  note: facts.note,
  verified: facts.verified,
  approximate: facts.approximate,
  supersedesId: facts.supersedesId,
};

export interface FactMeta {
  key: string;
  note: string | null;
  verified: boolean;
  approximate: boolean;
  supersedesId: number | null;
}

/** Columns of an entity table plus its provenance: spread into `db.select({...})`. */
export function factColumns<T extends PgTable>(table: T) {
  return { ...getTableColumns(table), ...factMeta };
}

export function joinFacts(table: PgTable & { id: any }) {
  return eq(facts.id, table.id);
}

const FACT_TYPE_OF_TABLE: Record<string, (typeof factTypeEnum.enumValues)[number]> = {
  companies: "COMPANY",
  sites: "SITE",
  capacity_reports: "CAPACITY_REPORT",
  deals: "DEAL",
  credit_backstops: "CREDIT_BACKSTOP",
  bond_raises: "BOND_RAISE",
  investment_plans: "INVESTMENT_PLAN",
  revenue_reports: "REVENUE_REPORT",
  stock_moves: "STOCK_MOVE",
  market_indicators: "MARKET_INDICATOR",
};

/**
 * `facts.type = '<TYPE>'` for an entity table. Redundant for correctness (the join already
 * picks one type), but it lets key filters and KEY ordering use the (type, key) index.
 */
export function factTypeIs(table: PgTable): SQL | undefined {
  const type = FACT_TYPE_OF_TABLE[getTableName(table)];
  return type ? eq(facts.type, type) : undefined;
}
