import { eq, getTableColumns, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import {
  bondRaises,
  capacityReports,
  companies,
  creditBackstops,
  deals,
  facts,
  investmentPlans,
  marketIndicators,
  revenueReports,
  sites,
  stockMoves,
  type factTypeEnum,
} from "./tables";

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

export type FactType = (typeof factTypeEnum.enumValues)[number];

/** The entity table of each fact type (the database side of the node table in src/modules/node). */
export const FACT_TABLES = {
  COMPANY: companies,
  SITE: sites,
  CAPACITY_REPORT: capacityReports,
  DEAL: deals,
  CREDIT_BACKSTOP: creditBackstops,
  BOND_RAISE: bondRaises,
  INVESTMENT_PLAN: investmentPlans,
  REVENUE_REPORT: revenueReports,
  STOCK_MOVE: stockMoves,
  MARKET_INDICATOR: marketIndicators,
} as const satisfies Record<FactType, PgTable>;

const TYPE_OF_TABLE = new Map<PgTable, FactType>(Object.entries(FACT_TABLES).map(([type, table]) => [table, type as FactType]));

/**
 * `facts.type = '<TYPE>'` for an entity table. Redundant for correctness (the join already
 * picks one type), but it lets key filters and KEY ordering use the (type, key) index.
 */
export function factTypeIs(table: PgTable): SQL | undefined {
  const type = TYPE_OF_TABLE.get(table);
  return type ? eq(facts.type, type) : undefined;
}
