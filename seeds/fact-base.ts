import fs from "node:fs";
import path from "node:path";

/**
 * The shape of `seeds/facts.json` (a verbatim copy of the verified fact base). Fields vary from
 * record to record: absent or null means unknown, never zero, so every field is optional.
 */
export interface RecordBase {
  id: string;
  sourceIds: string[];
  note?: string | null;
  verified?: boolean;
}

export interface SourceRecord {
  id: string;
  url?: string | null;
  title: string;
  publisher?: string | null;
  /** "YYYY-MM-DD", "YYYY-MM", "YYYY" or null. */
  published?: string | null;
  note?: string | null;
  role?: string | null;
}

export interface CompanyRecord extends RecordBase {
  name: string;
  role: string;
  exchange?: string | null;
  ticker?: string | null;
  hqCity?: string | null;
  hqCountry?: string | null;
  totalPowerMw?: number | null;
  powerMetric?: string | null;
  powerAsOf?: string | null;
  laterPowerMw?: number | null;
  laterPowerAsOf?: string | null;
  laterPowerNote?: string | null;
  contractedAiRevenueUsd?: number | null;
  contractedAiRevenueBasis?: string | null;
  contractedAiRevenueAsOf?: string | null;
}

export interface SiteRecord extends RecordBase {
  company: string;
  name: string;
  city?: string | null;
  state?: string | null;
  country: string;
  capacityMw?: number | null;
  capacityType?: string | null;
  asOf?: string | null;
  use?: string | null;
}

export interface DealRecord extends RecordBase {
  miner: string;
  counterparty: string;
  endCustomer?: string | null;
  backstop?: string | null;
  announced?: string | null;
  contractDate?: string | null;
  contractValue?: number | null;
  currency: string;
  termYears?: number | null;
  termNote?: string | null;
  criticalItMw?: number | null;
  criticalItNote?: string | null;
  grossMw?: number | null;
  gpus?: string | null;
  site?: string | null;
  prepaymentPct?: number | null;
  annualizedRevenueUsd?: number | null;
  annualizedRevenueNote?: string | null;
  extensionValue?: number | null;
  extensionNote?: string | null;
  cumulativeValue?: number | null;
  cumulativeNote?: string | null;
  annualNoiUsd?: number | null;
  annualNoiNote?: string | null;
  ownership?: string | null;
  deliveryTiming?: string | null;
  relatedCapex?: string | null;
  type: string;
}

export interface BackstopRecord extends RecordBase {
  provider: string;
  lessee: string;
  miner: string;
  dealId?: string | null;
  amount?: number | null;
  amountType?: string | null;
  currency: string;
  announced?: string | null;
  cumulativeAmountForMiner?: number | null;
  coverage?: string | null;
  warrantsShares?: number | null;
  proFormaEquityPct?: number | null;
  proFormaNote?: string | null;
}

export interface BondRecord extends RecordBase {
  issuer: string;
  pricedDate?: string | null;
  pricedDateNote?: string | null;
  settlementDate?: string | null;
  amount: number;
  currency: string;
  type?: string | null;
  tranches?: number | null;
  maturities?: string | null;
  peakOrderBookUsd?: number | null;
  orderBookNote?: string | null;
  initialTargetUsd?: number | null;
}

export interface PlanRecord extends RecordBase {
  company: string;
  announced?: string | null;
  amountUsd?: number | null;
  amountType?: string | null;
  description?: string | null;
  capacityGw?: number | null;
  capacityNote?: string | null;
  jobs?: number | null;
  jobsNote?: string | null;
  constructionStart?: string | null;
}

export interface RevenueRecord extends RecordBase {
  company: string;
  period: "quarter" | "year";
  periodStart: string;
  periodEnd: string;
  fiscalLabel?: string | null;
  currency: string;
  totalRevenue?: number | null;
  bitcoinMiningRevenue?: number | null;
  aiHpcRevenue?: number | null;
  otherRevenue?: number | null;
  aiShareOfRevenuePct?: number | null;
  aiShareComputed?: boolean;
}

export interface StockMoveRecord extends RecordBase {
  ticker: string;
  date: string;
  movePct?: number | null;
  moveType: string;
  priceUsd?: number | null;
  context?: string | null;
}

export interface IndicatorRecord extends RecordBase {
  name: string;
  value?: number | null;
  valueRange?: [number, number] | null;
  unit: string;
  qualifier?: string | null;
  asOf?: string | null;
  asOfNote?: string | null;
  provider: string;
}

export interface FactBase {
  sources: SourceRecord[];
  companies: CompanyRecord[];
  sites: SiteRecord[];
  deals: DealRecord[];
  creditBackstops: BackstopRecord[];
  bondRaises: BondRecord[];
  investmentPlans: PlanRecord[];
  revenue: RevenueRecord[];
  stockMoves: StockMoveRecord[];
  indicators: IndicatorRecord[];
}

/** The fact base plus the full text of the two seed articles it was built from. */
export interface SeedInput {
  facts: FactBase;
  article1: string;
  article2: string;
}

/** `seeds/` from source (tests run the .ts files) and from `dist/seeds` (the built CLI). */
export function seedsFolder(): string {
  const candidates = [__dirname, path.resolve(__dirname, "../../seeds")];
  const found = candidates.find((dir) => fs.existsSync(path.join(dir, "facts.json")));
  if (!found) throw new Error(`seeds/facts.json not found (looked in ${candidates.join(", ")})`);
  return found;
}

/** Reads facts.json and the two articles verbatim; no transformation happens here. */
export function readSeedInput(dir: string = seedsFolder()): SeedInput {
  const read = (file: string) => fs.readFileSync(path.join(dir, file), "utf8");
  return {
    facts: JSON.parse(read("facts.json")) as FactBase,
    article1: read("articles/seed-article-1.txt"),
    article2: read("articles/seed-article-2.txt"),
  };
}
