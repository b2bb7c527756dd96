import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import type { ExplainSource } from "./aggregate.type";

export enum SectorMetric {
  MINER_CAPACITY_REPORTED = "MINER_CAPACITY_REPORTED",
  MINER_CAPACITY_COMPUTED = "MINER_CAPACITY_COMPUTED",
  MINER_CAPACITY_SITES = "MINER_CAPACITY_SITES",
  AI_CONTRACTED_IT_LOAD = "AI_CONTRACTED_IT_LOAD",
  CONTRACTED_AI_VALUE = "CONTRACTED_AI_VALUE",
  CONTRACTED_AI_ANNUALIZED = "CONTRACTED_AI_ANNUALIZED",
  CONTRACTED_AI_REVENUE_SHARE = "CONTRACTED_AI_REVENUE_SHARE",
  REPORTED_AI_REVENUE_SHARE = "REPORTED_AI_REVENUE_SHARE",
  CREDIT_BACKSTOPS = "CREDIT_BACKSTOPS",
  BOND_ISSUANCE = "BOND_ISSUANCE",
  HYPERSCALER_INVESTMENT = "HYPERSCALER_INVESTMENT",
}
registerEnumType(SectorMetric, {
  name: "SectorMetric",
  description: "A headline figure of `sector`, to follow over time in `sectorSeries`.",
  valuesConfig: {
    MINER_CAPACITY_REPORTED: { description: "minerCapacity.reported (MW): the latest sector-wide figure." },
    MINER_CAPACITY_COMPUTED: { description: "minerCapacity.computed (MW), company-based; coverage = computed / reported." },
    MINER_CAPACITY_SITES: { description: "minerCapacity.fromSites (MW), site-based; coverage = fromSites / reported." },
    AI_CONTRACTED_IT_LOAD: { description: "aiContractedItLoad.itLoad (MW)." },
    CONTRACTED_AI_VALUE: { description: "contractedAiValue.total (USD)." },
    CONTRACTED_AI_ANNUALIZED: { description: "contractedAiValue.annualized (USD/year)." },
    CONTRACTED_AI_REVENUE_SHARE: { description: "contractedAiRevenueShare (ratio), forward-looking; coverage = miners with mining revenue / miners." },
    REPORTED_AI_REVENUE_SHARE: { description: "reportedAiRevenueShare (ratio), what was earned; coverage = miners counted / miners." },
    CREDIT_BACKSTOPS: { description: "creditBackstops.total (USD)." },
    BOND_ISSUANCE: { description: "bondIssuance.total (USD)." },
    HYPERSCALER_INVESTMENT: { description: "hyperscalerInvestment.amount (USD)." },
  },
});

export enum SeriesInterval {
  MONTH = "MONTH",
  QUARTER = "QUARTER",
}
registerEnumType(SeriesInterval, {
  name: "SeriesInterval",
  description: "The step of a series: a point at the end of each calendar month or quarter.",
  valuesConfig: {
    MONTH: { description: "A point on the last day of each calendar month." },
    QUARTER: { description: "A point on the last day of each calendar quarter (31 Mar, 30 Jun, 30 Sep, 31 Dec)." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One point of a sector series: the figure as known at the end of a step, explained like `sector`." })
export class SectorSeriesPoint {
  @Field(() => DateScalar, { description: "The day the figure is for (`asOf`): the last day of the step, or `to` for a step that ends after it." })
  on!: string;
  @Field(() => Float, { nullable: true, description: "The figure as known on `on`; null with `reason` when nothing counts." }) value!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: "How complete the figure is, where the metric defines it (capacity: computed / reported; revenue shares: miners counted / miners); else null.",
  })
  coverage!: number | null;
  @Field(() => String, { nullable: true, description: "Why `value` is null; null when there is one." }) reason!: string | null;
  explain!: ExplainSource;
}

@ObjectType({ simpleResolvers: true, description: "A sector figure over time: one explained point at the end of each MONTH or QUARTER from `from` to `to`." })
export class SectorSeries {
  @Field(() => SectorMetric, { description: "The figure followed." }) metric!: SectorMetric;
  @Field(() => String, { description: "Country (ISO 3166-1 alpha-2)." }) country!: string;
  @Field(() => SeriesInterval, { description: "The step." }) interval!: SeriesInterval;
  @Field(() => String, { description: "Unit of every point's `value`: `MW`, `USD`, `USD/year` or `ratio`." }) unit!: string;
  @Field(() => [SectorSeriesPoint], { description: "The points, oldest first." }) points!: SectorSeriesPoint[];
}
