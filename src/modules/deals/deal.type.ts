import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { Fact, factFields } from "../../shared/fact";
import { Money, Node, Power, money, power } from "../../shared/graphql-types";
import { DateScalar, PartialDateScalar, partialDate } from "../../shared/scalars";
import type { deals } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type DealRow = typeof deals.$inferSelect & FactMeta;

export enum DealKind {
  CLOUD_SERVICES = "CLOUD_SERVICES",
  COLOCATION_LEASE = "COLOCATION_LEASE",
  POWERED_SHELL_LEASE = "POWERED_SHELL_LEASE",
  JV_HOSTING = "JV_HOSTING",
  OTHER = "OTHER",
}
registerEnumType(DealKind, {
  name: "DealKind",
  description: "The shape of an AI/HPC contract.",
  valuesConfig: {
    CLOUD_SERVICES: { description: "The miner runs GPUs and sells compute (e.g. IREN for Microsoft)." },
    COLOCATION_LEASE: { description: "The miner leases powered, cooled data-centre capacity to a tenant who brings GPUs." },
    POWERED_SHELL_LEASE: { description: "A turnkey space-and-power lease of a building or campus." },
    JV_HOSTING: { description: "Hosting through a joint venture the miner partly owns." },
    OTHER: { description: "Anything else." },
  },
});

export enum AnnualizedRevenueBasis {
  STATED = "STATED",
  COMPANY_TARGET = "COMPANY_TARGET",
}
registerEnumType(AnnualizedRevenueBasis, {
  name: "AnnualizedRevenueBasis",
  description: "What an annualized revenue figure is.",
  valuesConfig: {
    STATED: { description: "Annualized revenue of this contract as stated by the company or press." },
    COMPANY_TARGET: { description: "A company target across several customers; not this contract's own figure." },
  },
});

@ObjectType({ simpleResolvers: true, implements: [Node, Fact], description: "An AI/HPC contract between a miner (provider) and a hyperscaler or AI cloud (customer)." })
export class Deal extends Fact {
  @Field(() => DealKind, { description: "The shape of the contract." }) kind!: DealKind;
  @Field(() => String, { nullable: true, description: "The contract type in the source's words." }) typeText!: string | null;
  @Field(() => String, { nullable: true, description: "Counterparties named in words when they are not one company in the database." })
  counterpartyText!: string | null;
  @Field(() => String, { nullable: true, description: "End customer in words when not a company in the database." }) endCustomerText!: string | null;
  @Field(() => Money, { nullable: true, description: "Contract value over the initial term; null when not disclosed." }) totalValue!: Money | null;
  @Field(() => Money, { nullable: true, description: "A reported cumulative value across this and earlier contracts (do not add to others)." })
  cumulativeValue!: Money | null;
  @Field(() => String, { nullable: true, description: "What `cumulativeValue` covers." }) cumulativeNote!: string | null;
  @Field(() => Money, { nullable: true, description: "Value if extension options are exercised: an option, not contracted value." })
  extensionValue!: Money | null;
  @Field(() => String, { nullable: true, description: "The extension options." }) extensionNote!: string | null;
  @Field(() => Int, { nullable: true, description: "Initial term in months; null when not stated." }) termMonths!: number | null;
  @Field(() => Float, { nullable: true, description: "Initial term in years (`termMonths / 12`)." }) termYears!: number | null;
  @Field(() => String, { nullable: true, description: "Caveat on the term (e.g. average of tranches)." }) termNote!: string | null;
  @Field(() => Power, { nullable: true, description: "Critical IT load under contract." }) itLoad!: Power | null;
  @Field(() => String, { nullable: true, description: "Caveat on the IT load (e.g. \"more than\", initial phase)." }) itLoadNote!: string | null;
  @Field(() => Power, { nullable: true, description: "Gross (utility) power behind the IT load, when stated." }) grossPower!: Power | null;
  @Field(() => String, { nullable: true, description: "GPU model, when stated (e.g. NVIDIA GB300)." }) gpuModel!: string | null;
  @Field(() => Float, { nullable: true, description: "Share of the value prepaid, in percent." }) prepaymentPct!: number | null;
  @Field(() => Money, { nullable: true, description: "Annualized revenue as stated (see `annualizedRevenueBasis`)." })
  annualizedRevenue!: Money | null;
  @Field(() => AnnualizedRevenueBasis, { nullable: true, description: "Whether `annualizedRevenue` is this contract's own figure." })
  annualizedRevenueBasis!: AnnualizedRevenueBasis | null;
  @Field(() => String, { nullable: true, description: "Where the annualized figure comes from." }) annualizedRevenueNote!: string | null;
  @Field(() => Money, { nullable: true, description: "Expected average annual net operating income, when stated." }) annualNoi!: Money | null;
  @Field(() => String, { nullable: true, description: "Caveat on the NOI figure." }) annualNoiNote!: string | null;
  @Field(() => Float, { nullable: true, description: "The provider's ownership share of the contracting entity (JVs), percent." })
  ownershipPct!: number | null;
  @Field(() => String, { nullable: true, description: "The ownership arrangement in the source's words." }) ownershipNote!: string | null;
  @Field(() => String, { nullable: true, description: "Delivery schedule in the source's words." }) deliveryTiming!: string | null;
  @Field(() => String, { nullable: true, description: "Related capital spending mentioned with the deal." }) relatedCapex!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Day the contract was signed, when different from the announcement." })
  contractOn!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: "When the deal was announced, as precisely as known." })
  announcedOn!: string | null;
}

export interface DealRefs {
  providerId: number;
  customerId: number | null;
  endCustomerId: number | null;
  siteId: number | null;
}

export type DealModel = Deal & ReturnType<typeof factFields> & DealRefs;

export function toDeal(row: DealRow, asOf: string | null): DealModel {
  const cur = row.currency;
  return {
    providerId: row.providerId,
    customerId: row.customerId,
    endCustomerId: row.endCustomerId,
    siteId: row.siteId,
    kind: row.kind as DealKind,
    typeText: row.typeText,
    counterpartyText: row.counterpartyText,
    endCustomerText: row.endCustomerText,
    totalValue: money(row.totalValue, cur, row.fxRateId),
    cumulativeValue: money(row.cumulativeValue, cur, row.fxRateId),
    cumulativeNote: row.cumulativeNote,
    extensionValue: money(row.extensionValue, cur, row.fxRateId),
    extensionNote: row.extensionNote,
    termMonths: row.termMonths,
    termYears: row.termMonths == null ? null : row.termMonths / 12,
    termNote: row.termNote,
    itLoad: power(row.itLoadMw),
    itLoadNote: row.itLoadNote,
    grossPower: power(row.grossMw),
    gpuModel: row.gpuModel,
    prepaymentPct: row.prepaymentPct,
    annualizedRevenue: money(row.annualizedRevenueUsd, "USD"),
    annualizedRevenueBasis: row.annualizedRevenueBasis as AnnualizedRevenueBasis | null,
    annualizedRevenueNote: row.annualizedRevenueNote,
    annualNoi: money(row.annualNoiUsd, "USD"),
    annualNoiNote: row.annualNoiNote,
    ownershipPct: row.ownershipPct,
    ownershipNote: row.ownershipNote,
    deliveryTiming: row.deliveryTiming,
    relatedCapex: row.relatedCapex,
    contractOn: row.contractOn,
    announcedOn: partialDate(row.announcedOn, row.announcedPrecision),
    ...factFields("Deal", row, asOf),
  };
}
