import { AggregateExclusionResolver, AggregateInputResolver, ExplainedResolver, ReportedFigureResolver } from "./aggregate.resolver";
import {
  CompanyFigureResolver,
  ContractedAiRevenueShareResolver,
  GuarantorBackstopsResolver,
  IssuerBondsResolver,
  MinerContractedValueResolver,
  MinerReportedShareResolver,
  MinerRevenueShareResolver,
  ReportedAiRevenueShareResolver,
} from "./groups.resolver";
import { FactChangeResolver, SectorResolver, SectorStockMovesResolver } from "./sector.resolver";
import { SectorSeriesPointResolver, SectorSeriesResolver } from "./series.resolver";

export { sectorLoaders } from "./sector.loaders";
export { refreshSectorFigures, watchSectorFigures } from "./sector.store";

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
  MinerReportedShareResolver,
  ContractedAiRevenueShareResolver,
  ReportedAiRevenueShareResolver,
  SectorSeriesResolver,
  SectorSeriesPointResolver,
];
