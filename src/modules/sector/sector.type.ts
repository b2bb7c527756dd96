import { Field, Float, Int, ObjectType } from "type-graphql";
import { Power } from "../../shared/graphql-types";
import { DateScalar } from "../../shared/scalars";
import type { NodeType } from "../../shared/global-id";
import { Aggregate, Ratio, type AggregateModel } from "./aggregate.type";

/** What resolves a record's fact and company: its type, database ids and the `asOf` it is read at. */
export interface FactRef {
  factType: NodeType;
  factId: number;
  companyId: number | null;
  asOf: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A figure reported by a source (not computed by Gigawatt), shown beside a computed one." })
export class ReportedFigure {
  @Field(() => String, { description: "What the figure is, in words." }) label!: string;
  @Field(() => Float, { nullable: true, description: "The reported value, in `unit`." }) value!: number | null;
  @Field(() => String, { description: "Unit of `value`." }) unit!: string;
  @Field(() => Power, { nullable: true, description: "`value` as power (MW and GW), when the unit is MW." }) power!: Power | null;
  @Field(() => String, { nullable: true, description: "The source's qualifier on the figure (e.g. \"more than\", \"at least\")." })
  qualifier!: string | null;
  @Field(() => String, { nullable: true, description: "Caveats carried from the fact (its note, region, what it covers)." })
  caveats!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "The day the figure counts as public from." }) publicOn!: string | null;
  @Field(() => Boolean, {
    description: "The figure's region is wider than the country or not stated (see `caveats`): it spans borders, and counts by the rule in `MinerCapacity.borderRule`.",
  })
  spansBorders!: boolean;
}
export type ReportedModel = ReportedFigure & FactRef;

@ObjectType({
  simpleResolvers: true,
  description:
    "Power capacity of the country's bitcoin miners: the latest reported sector figure beside two computed ones (from the miners' own " +
    "reports, and from their sites in the country), each with its coverage, under one written rule for figures that span borders.",
})
export class MinerCapacity {
  @Field(() => ReportedFigure, { nullable: true, description: "The latest sector-wide figure public by `asOf` (e.g. Bernstein's \"more than 14 GW\"); null before any." })
  reported!: ReportedModel | null;
  @Field(() => Aggregate, { description: "Company-based: the sum of the miners' own capacity reports that count by `borderRule` (MW); null when none counts." })
  computed!: AggregateModel;
  @Field(() => Aggregate, { description: "Site-based: the sum of the capacity of the miners' sites in the country (MW), strictly inside its borders; null when none counts." })
  fromSites!: AggregateModel;
  @Field(() => Float, { nullable: true, description: "computed / reported: how much of the reported figure the company reports account for; null with `coverageReason`." })
  coverage!: number | null;
  @Field(() => String, { nullable: true, description: "Why `coverage` is null; null when there is one." }) coverageReason!: string | null;
  @Field(() => Float, { nullable: true, description: "fromSites / reported; null with `sitesCoverageReason`." }) sitesCoverage!: number | null;
  @Field(() => String, { nullable: true, description: "Why `sitesCoverage` is null; null when there is one." }) sitesCoverageReason!: string | null;
  @Field(() => Float, { nullable: true, description: "The part of `computed` (MW) from figures that span borders; null when nothing counts." })
  spanningBordersMw!: number | null;
  @Field(() => String, { description: "The one rule for figures that span borders, applied to the reported and the computed side alike." })
  borderRule!: string;
  @Field(() => String, { description: "How the figures are found, in one sentence." }) method!: string;
}

@ObjectType({ simpleResolvers: true, description: "Critical IT load under miners' AI/HPC deals, and its share of miner capacity." })
export class AiContractedItLoad {
  @Field(() => Aggregate, { description: "Sum of the deals' critical IT load (MW)." }) itLoad!: AggregateModel;
  @Field(() => Ratio, { description: "itLoad / the reported sector capacity (`minerCapacity.reported`)." }) shareOfReportedCapacity!: Ratio;
  @Field(() => Ratio, {
    description: "Like for like: IT load of the miners whose capacity is in `minerCapacity.computed` / that computed capacity.",
  })
  shareOfComputedCapacity!: Ratio;
  @Field(() => String, { description: "How the figures are found, in one sentence." }) method!: string;
}

@ObjectType({ simpleResolvers: true, description: "One company's part of a sector figure (sums of the inputs that count for it)." })
export class CompanyFigure {
  @Field(() => Float, { description: "Sum of this company's inputs, in `unit`." }) value!: number;
  @Field(() => String, { description: "Unit of `value`." }) unit!: string;
  @Field(() => Int, { description: "Number of this company's inputs." }) count!: number;
  companyId!: number;
  asOf!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One miner's contracted AI/HPC value; compare with `miner.reportedContractedAiRevenue`, the company's own total." })
export class MinerContractedValue {
  @Field(() => Float, { description: "Sum of its counted deals' total value (USD)." }) totalValue!: number;
  @Field(() => Int, { description: "Deals counted in `totalValue`." }) dealCount!: number;
  @Field(() => Float, { description: "Sum of its counted deals' annualized revenue (USD per year)." }) annualized!: number;
  companyId!: number;
  asOf!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Contract value of miners' AI/HPC deals (USD), and the annualized contracted AI revenue." })
export class ContractedAiValue {
  @Field(() => Aggregate, { description: "Sum of the deals' total value over the initial term (USD)." }) total!: AggregateModel;
  @Field(() => Aggregate, { description: "Sum of the deals' annualized revenue (USD per year)." }) annualized!: AggregateModel;
  @Field(() => [MinerContractedValue], { description: "Per miner, largest total first." }) byMiner!: MinerContractedValue[];
}

@ObjectType({ simpleResolvers: true, description: "One miner's contracted AI revenue share." })
export class MinerRevenueShare {
  @Field(() => Float, { description: "Annualized contracted AI revenue (USD per year)." }) annualizedAi!: number;
  @Field(() => Float, { description: "Annual mining revenue (USD per year): a fiscal year as reported or the latest quarter × 4." })
  annualMining!: number;
  @Field(() => String, { description: "Which report the mining figure comes from (e.g. `FY2025`, `Q2 FY26 × 4`)." }) miningBasis!: string;
  @Field(() => Float, { nullable: true, description: "annualizedAi / (annualizedAi + annualMining)." }) share!: number | null;
  companyId!: number;
  asOf!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "FORWARD-LOOKING: contracted AI revenue (future money, annualized) as a share of miners' revenue: Σ annualized contracted AI / " +
    "(Σ annualized contracted AI + Σ annual mining revenue) over the miners with reported mining revenue. Not what was earned: see `reportedAiRevenueShare`.",
})
export class ContractedAiRevenueShare {
  @Field(() => Float, { nullable: true, description: "The share (0–1): aiRevenue.value / (aiRevenue.value + miningRevenue.value); forward-looking." })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: "`value` × 100." }) percent!: number | null;
  @Field(() => String, { description: "Unit of `value`: `ratio`." }) unit!: string;
  @Field(() => Boolean, { description: "Always true: the numerator is contracted, not yet earned, revenue." }) forwardLooking!: boolean;
  @Field(() => Aggregate, { description: "The numerator: annualized contracted AI revenue of the miners with mining revenue (USD/year)." })
  aiRevenue!: AggregateModel;
  @Field(() => Aggregate, { description: "Annual mining revenue of those miners (USD/year); the denominator is aiRevenue + miningRevenue." })
  miningRevenue!: AggregateModel;
  @Field(() => String, { description: "The formula and the rules, in one sentence." }) method!: string;
}
export type ContractedAiRevenueShareModel = ContractedAiRevenueShare & { byMiner: () => Promise<MinerRevenueShare[]> };

@ObjectType({ simpleResolvers: true, description: "One miner's reported AI/HPC share of revenue in its latest period." })
export class MinerReportedShare {
  @Field(() => Float, { description: "AI/HPC segment revenue (USD per year: a quarter × 4, a year as is)." }) aiHpcRevenue!: number;
  @Field(() => Float, { description: "Total revenue on the same footing (USD per year)." }) totalRevenue!: number;
  @Field(() => String, { description: "The period reported (e.g. `Q2 FY26`, `quarter ending 2025-12-31`)." }) period!: string;
  @Field(() => Float, { nullable: true, description: "aiHpcRevenue / totalRevenue." }) share!: number | null;
  companyId!: number;
  asOf!: string | null;
}

@ObjectType({
  simpleResolvers: true,
  description:
    "What was EARNED: the miners' reported AI/HPC segment revenue as a share of their total revenue, each in its latest period public by " +
    "`asOf`; the sector figure is the ratio of the sums. Compare with the forward-looking `contractedAiRevenueShare`.",
})
export class ReportedAiRevenueShare {
  @Field(() => Float, { nullable: true, description: "Σ AI/HPC revenue / Σ total revenue (0–1); null with `reason` when no miner counts." })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: "`value` × 100." }) percent!: number | null;
  @Field(() => String, { description: "Unit of `value`: `ratio`." }) unit!: string;
  @Field(() => String, { nullable: true, description: "Why `value` is null; null when there is one." }) reason!: string | null;
  @Field(() => Aggregate, { description: "The numerator: AI/HPC segment revenue of the counted miners (USD/year)." }) aiHpcRevenue!: AggregateModel;
  @Field(() => Aggregate, { description: "The denominator: total revenue of the same miners, same periods (USD/year); `excluded` lists miners without data." })
  totalRevenue!: AggregateModel;
  @Field(() => Int, { description: "Miners whose latest report counts." }) minersCounted!: number;
  @Field(() => Int, { description: "Miners of the country (kind MINER, headquartered there or with a site there public by `asOf`)." }) minersInCountry!: number;
  @Field(() => Float, { nullable: true, description: "minersCounted / minersInCountry." }) coverage!: number | null;
  @Field(() => String, { description: "The formula and the rules, in one sentence." }) method!: string;
}
export type ReportedAiRevenueShareModel = ReportedAiRevenueShare & { byMiner: () => Promise<MinerReportedShare[]> };

@ObjectType({ simpleResolvers: true, description: "One guarantor's backstops for the country's miners." })
export class GuarantorBackstops {
  @Field(() => Float, { description: "Sum of its counted backstops (USD)." }) amount!: number;
  @Field(() => Int, { description: "Backstops counted." }) count!: number;
  @Field(() => [ReportedFigure], { description: "Totals the guarantor or the press reported (never added to `amount`)." })
  reported!: ReportedModel[];
  companyId!: number;
  asOf!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Credit backstops (guarantees of miners' tenants' lease payments), current revisions only." })
export class SectorBackstops {
  @Field(() => Aggregate, { description: "Sum of backstop amounts (USD); increments on one relationship add up." }) total!: AggregateModel;
  @Field(() => [GuarantorBackstops], { description: "By guarantor, largest first." }) byGuarantor!: GuarantorBackstops[];
  @Field(() => [CompanyFigure], { description: "By beneficiary miner, largest first (e.g. TeraWulf $1.8B + $1.4B + $1.3B)." })
  byBeneficiary!: CompanyFigure[];
  @Field(() => [ReportedFigure], { description: "Reported totals public by `asOf` (e.g. Google's \"at least $5B\"), beside the computed sum." })
  reported!: ReportedModel[];
}

@ObjectType({ simpleResolvers: true, description: "One issuer's bond sales." })
export class IssuerBonds {
  @Field(() => Float, { description: "Sum raised (USD)." }) amount!: number;
  @Field(() => Int, { description: "Bond sales counted." }) count!: number;
  @Field(() => Float, { nullable: true, description: "Sum of reported peak order books (USD); null when none reported." }) orderBookDemand!: number | null;
  @Field(() => Ratio, { description: "orderBookDemand / the amount of the sales whose order book is reported." }) coverRatio!: Ratio;
  companyId!: number;
  asOf!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "Hyperscalers' bond issuance, in USD, with order-book demand and cover ratio." })
export class SectorBondIssuance {
  @Field(() => Aggregate, { description: "Total raised (USD; non-USD tranches at the published rate shown on each input)." }) total!: AggregateModel;
  @Field(() => Aggregate, { description: "Sum of reported peak order books (USD)." }) orderBookDemand!: AggregateModel;
  @Field(() => Ratio, { description: "orderBookDemand / the amount of the sales whose order book is reported." }) coverRatio!: Ratio;
  @Field(() => [IssuerBonds], { description: "By issuer, largest first." }) byIssuer!: IssuerBonds[];
}

@ObjectType({ simpleResolvers: true, description: "Hyperscalers' announced investment plans: amount and power added." })
export class SectorInvestment {
  @Field(() => Aggregate, { description: "Sum of announced amounts (USD), as announced (\"up to\", \"about\": see each input)." }) amount!: AggregateModel;
  @Field(() => Aggregate, { description: "Sum of announced capacity (MW; `power.gw` for GW)." }) capacity!: AggregateModel;
  @Field(() => [CompanyFigure], { description: "Amount by hyperscaler, largest first." }) byCompany!: CompanyFigure[];
  @Field(() => [ReportedFigure], { description: "Multi-company tallies public by `asOf` (e.g. \"$400 billion this year\"), never added to the plans." })
  reportedTallies!: ReportedModel[];
}
