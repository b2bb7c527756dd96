import { CapacityReportResolver, CompanyCapacityResolver } from "./capacity.resolver";
import { CompanyRevenueResolver, RevenueReportResolver } from "./revenue.resolver";
import { CompanyStockMovesResolver, StockMoveResolver } from "./move.resolver";
import { MarketIndicatorResolver } from "./indicator.resolver";

/** Resolver classes of this module, registered in src/schema.ts. */
export const marketResolvers: Function[] = [
  CapacityReportResolver,
  CompanyCapacityResolver,
  RevenueReportResolver,
  CompanyRevenueResolver,
  StockMoveResolver,
  CompanyStockMovesResolver,
  MarketIndicatorResolver,
];
