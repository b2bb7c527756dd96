import type {
  bondRaises,
  capacityReports,
  companies,
  creditBackstops,
  deals,
  factTypeEnum,
  fxRates,
  investmentPlans,
  marketIndicators,
  revenueReports,
  sites,
  sources,
  stockMoves,
} from "../src/db/tables";

export type FactType = (typeof factTypeEnum.enumValues)[number];

/** A reference by natural key to another fact (a company, site, deal or backstop). */
export interface FactRef {
  type: FactType;
  key: string;
}

/** A reference to a published rate by its natural key (pair and day). */
export interface FxRef {
  fx: string;
}

export type Ref = FactRef | FxRef;

/** The common identity of a fact: what goes into `facts` and `fact_sources`. */
export interface FactSeed {
  type: FactType;
  key: string;
  note: string | null;
  verified: boolean;
  approximate: boolean;
  /** The fact this one revises (same type). */
  supersedes?: string;
  /** Source keys in the order the fact base lists them (becomes `fact_sources.position`). */
  sourceKeys: string[];
}

/**
 * One entity row keyed by natural keys. `row` is the table's insert type minus its id and
 * minus every column that holds another row's id; those go in `refs` and are resolved to ids by
 * the loader, so the mapping stays pure and database-free.
 */
export interface EntitySeed<Insert, RefCol extends keyof Insert = never> {
  fact: FactSeed;
  row: Omit<Insert, "id" | RefCol>;
  refs: { [K in RefCol]: Insert[K] extends unknown[] | null | undefined ? FactRef[] : Ref | null };
}

type Ins<T extends { $inferInsert: unknown }> = T["$inferInsert"];

export type CompanySeed = EntitySeed<Ins<typeof companies>>;
export type SiteSeed = EntitySeed<Ins<typeof sites>, "companyId">;
export type CapacitySeed = EntitySeed<Ins<typeof capacityReports>, "companyId">;
export type DealSeed = EntitySeed<
  Ins<typeof deals>,
  "providerId" | "customerId" | "endCustomerId" | "siteId" | "fxRateId"
>;
export type BackstopSeed = EntitySeed<
  Ins<typeof creditBackstops>,
  "guarantorId" | "beneficiaryId" | "obligorId" | "dealId" | "incrementOfId" | "fxRateId"
>;
export type BondSeed = EntitySeed<Ins<typeof bondRaises>, "issuerId" | "fxRateId">;
export type PlanSeed = EntitySeed<Ins<typeof investmentPlans>, "companyId" | "companyIds">;
export type RevenueSeed = EntitySeed<Ins<typeof revenueReports>, "companyId" | "fxRateId">;
export type StockMoveSeed = EntitySeed<Ins<typeof stockMoves>, "companyId">;
export type IndicatorSeed = EntitySeed<Ins<typeof marketIndicators>>;

/** A source row keyed by `key`; `copyOf` names the source it copies (a seed article). */
export type SourceSeed = Omit<Ins<typeof sources>, "id" | "copyOfId"> & { copyOf: string | null };

/** A published reference rate; `key` is the FxRef natural key, `sourceKey` its source. */
export type FxSeed = Omit<Ins<typeof fxRates>, "id" | "sourceId"> & { key: string; sourceKey: string };

/** Everything the loader writes, in dependency order. */
export interface SeedPlan {
  sources: SourceSeed[];
  fxRates: FxSeed[];
  companies: CompanySeed[];
  sites: SiteSeed[];
  capacityReports: CapacitySeed[];
  deals: DealSeed[];
  creditBackstops: BackstopSeed[];
  bondRaises: BondSeed[];
  investmentPlans: PlanSeed[];
  revenueReports: RevenueSeed[];
  stockMoves: StockMoveSeed[];
  marketIndicators: IndicatorSeed[];
}

export const factRef = (type: FactType, key: string): FactRef => ({ type, key });
export const companyRef = (key: string): FactRef => factRef("COMPANY", key);
