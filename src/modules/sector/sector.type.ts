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
}
export type ReportedModel = ReportedFigure & FactRef;

@ObjectType({ simpleResolvers: true, description: "Power capacity of the country's bitcoin miners: the latest reported sector figure beside the figure computed from company reports." })
export class MinerCapacity {
  @Field(() => ReportedFigure, { nullable: true, description: "The latest sector-wide figure public by `asOf` (e.g. Bernstein's \"more than 14 GW\"); null before any." })
  reported!: ReportedModel | null;
  @Field(() => Aggregate, { description: "Sum of the company capacity reports that lie in the country (MW)." }) computed!: AggregateModel;
  @Field(() => Float, { nullable: true, description: "computed / reported: how much of the reported figure the company reports account for." })
  coverage!: number | null;
  @Field(() => String, { description: "How the two figures are found, in one sentence." }) method!: string;
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

@ObjectType({ simpleResolvers: true, 
  description:
    "Contracted AI revenue as a share of miners' revenue: Σ annualized AI / (Σ annualized AI + Σ annual mining revenue) over the miners with reported mining revenue.",
})
export class ContractedAiRevenueShare {
  @Field(() => Float, { nullable: true, description: "The share (0–1): aiRevenue.value / (aiRevenue.value + miningRevenue.value)." })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: "`value` × 100." }) percent!: number | null;
  @Field(() => String, { description: "Unit of `value`: `ratio`." }) unit!: string;
  @Field(() => Aggregate, { description: "The numerator: annualized contracted AI revenue of the miners with mining revenue (USD/year)." })
  aiRevenue!: AggregateModel;
  @Field(() => Aggregate, { description: "Annual mining revenue of those miners (USD/year); the denominator is aiRevenue + miningRevenue." })
  miningRevenue!: AggregateModel;
  @Field(() => [MinerRevenueShare], { description: "Per miner, highest share first." }) byMiner!: MinerRevenueShare[];
  @Field(() => String, { description: "The formula and the rules, in one sentence." }) method!: string;
}

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
