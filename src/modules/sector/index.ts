import { AggregateExclusionResolver, AggregateInputResolver, ExplainedResolver, ReportedFigureResolver } from "./aggregate.resolver";
import { CompanyFigureResolver, GuarantorBackstopsResolver, IssuerBondsResolver, MinerContractedValueResolver, MinerRevenueShareResolver } from "./groups.resolver";
import { connectionAggregateResolvers } from "./connection-aggregate.resolver";
import { FactChangeResolver, SectorResolver, SectorStockMovesResolver } from "./sector.resolver";

export { sectorLoaders } from "./sector.loaders";

/** Resolver classes of this module, registered in src/schema.ts. */
export const sectorResolvers: Function[] = [
  SectorResolver,
  SectorStockMovesResolver,
  FactChangeResolver,
  ExplainedResolver,
  AggregateInputResolver,
  AggregateExclusionResolver,
  ReportedFigureResolver,
  CompanyFigureResolver,
  MinerContractedValueResolver,
  MinerRevenueShareResolver,
  GuarantorBackstopsResolver,
  IssuerBondsResolver,
  ...connectionAggregateResolvers,
];
