import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import { sources } from "../../db/tables";
import { FACT_TABLES, type FactType } from "../../db/fact-select";
import type { NodeType } from "../../shared/global-id";
import { registerNode } from "../../shared/node-registry";
import { toCompany } from "../companies/company.type";
import { toDeal } from "../deals/deal.type";
import { toBackstop } from "../financing/backstop.type";
import { toBond } from "../financing/bond.type";
import { toPlan } from "../financing/plan.type";
import { toCapacityReport } from "../market/capacity.type";
import { toMarketIndicator } from "../market/indicator.type";
import { toStockMove } from "../market/move.type";
import { toRevenueReport } from "../market/revenue.type";
import { toSite } from "../sites/site.type";
import { toSource } from "../sources/source.type";

/** How one GraphQL type is stored and shaped: the one place global IDs, `node` and fact lookups read. */
export interface NodeDescriptor {
  typename: NodeType;
  /** `facts.type` of the type's rows; null for sources, which are not facts. */
  factType: FactType | null;
  table: PgTable & { id: AnyPgColumn };
  /** The natural-key column of a non-fact table (facts use `facts.key`). */
  keyColumn?: AnyPgColumn;
  map: (row: any, asOf: string | null) => object;
}

const fact = <T extends FactType>(typename: NodeType, factType: T, map: NodeDescriptor["map"]): NodeDescriptor => ({
  typename,
  factType,
  table: FACT_TABLES[factType] as unknown as NodeDescriptor["table"],
  map,
});

/** Every type `node(id:)` can return; the compiler insists on an entry per NodeType. */
export const NODE_TABLE: Record<NodeType, NodeDescriptor> = {
  Source: { typename: "Source", factType: null, table: sources, keyColumn: sources.key, map: (row) => toSource(row) },
  Company: fact("Company", "COMPANY", toCompany),
  Site: fact("Site", "SITE", toSite),
  CapacityReport: fact("CapacityReport", "CAPACITY_REPORT", toCapacityReport),
  Deal: fact("Deal", "DEAL", toDeal),
  CreditBackstop: fact("CreditBackstop", "CREDIT_BACKSTOP", toBackstop),
  BondRaise: fact("BondRaise", "BOND_RAISE", toBond),
  InvestmentPlan: fact("InvestmentPlan", "INVESTMENT_PLAN", toPlan),
  RevenueReport: fact("RevenueReport", "REVENUE_REPORT", toRevenueReport),
  StockMove: fact("StockMove", "STOCK_MOVE", toStockMove),
  MarketIndicator: fact("MarketIndicator", "MARKET_INDICATOR", toMarketIndicator),
};

// The shared registry serves code below the modules layer that looks a type up by name.
for (const d of Object.values(NODE_TABLE)) registerNode(d.typename, { table: d.table, isFact: d.factType !== null, keyColumn: d.keyColumn, map: d.map });
