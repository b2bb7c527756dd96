import { Field, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLCountryCode } from "graphql-scalars";
import { Fact, factFields } from "../../shared/fact";
import { Node, Money, money } from "../../shared/graphql-types";
import { DateScalar } from "../../shared/scalars";
import { dayOf } from "../../shared/time-travel";
import type { companies } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type CompanyRow = typeof companies.$inferSelect & FactMeta;

export enum CompanyKind {
  MINER = "MINER",
  HYPERSCALER = "HYPERSCALER",
  AI_CLOUD = "AI_CLOUD",
  AI_LAB = "AI_LAB",
  CHIPMAKER = "CHIPMAKER",
  FINANCIER = "FINANCIER",
  OTHER = "OTHER",
}
registerEnumType(CompanyKind, {
  name: "CompanyKind",
  description: "The company's part in the miner-to-AI story.",
  valuesConfig: {
    MINER: { description: "A bitcoin miner (including those pivoting to AI/HPC hosting)." },
    HYPERSCALER: { description: "A large cloud and AI platform (Microsoft, Amazon, Alphabet, Meta, Oracle)." },
    AI_CLOUD: { description: "An AI cloud or GPU provider leasing miner capacity (Fluidstack, CoreWeave, Core42)." },
    AI_LAB: { description: "An AI model developer (end customer of a lease)." },
    CHIPMAKER: { description: "A chip designer that leases capacity (AMD)." },
    FINANCIER: { description: "A bank, fund or other financier." },
    OTHER: { description: "Anything else (e.g. an Ethereum-treasury company that once mined bitcoin)." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A company's own total for its contracted AI revenue, as it reported it (not computed by Gigawatt)." })
export class ReportedAiRevenue {
  @Field(() => Money, { description: "The reported total." }) amount!: Money;
  @Field(() => String, { nullable: true, description: "What the total covers, in the company's or the fact base's words." })
  basis!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Day the total was reported." }) reportedOn!: string | null;
}

@ObjectType({ simpleResolvers: true, implements: [Node, Fact], description: "A miner, hyperscaler, AI cloud, AI lab, chipmaker or financier." })
export class Company extends Fact {
  @Field(() => String, { description: "URL-safe handle, e.g. `iren`; use with `company(slug:)`." }) slug!: string;
  @Field(() => String, { description: "Legal or common name, with former names where the fact base gives them." }) name!: string;
  @Field(() => String, { nullable: true, description: "Exchange ticker, e.g. `IREN`; null for private companies." }) ticker!: string | null;
  @Field(() => String, { nullable: true, description: "Listing exchange(s), as reported (e.g. `Nasdaq; TSX`)." }) exchange!: string | null;
  @Field(() => CompanyKind, { description: "The company's part in the story." }) kind!: CompanyKind;
  @Field(() => String, { nullable: true, description: "Role in the fact base's words (e.g. `miner/HPC landlord`)." }) role!: string | null;
  @Field(() => String, { nullable: true, description: "Headquarters city, when verified." }) hqCity!: string | null;
  @Field(() => GraphQLCountryCode, { nullable: true, description: "Headquarters country (ISO 3166-1 alpha-2)." }) country!: string | null;
  @Field(() => ReportedAiRevenue, {
    nullable: true,
    description: "The company's own reported contracted AI revenue total, when public by `asOf`. Do not add it to deal values: it aggregates them.",
  })
  reportedContractedAiRevenue!: ReportedAiRevenue | null;
}

export type CompanyModel = Company & ReturnType<typeof factFields>;

export function toCompany(row: CompanyRow, asOf: string | null): CompanyModel {
  const revenueVisible =
    row.reportedAiRevenueUsd != null && (!dayOf(asOf) || (row.reportedAiRevenueOn != null && row.reportedAiRevenueOn <= dayOf(asOf)!));
  return {
    slug: row.slug,
    name: row.name,
    ticker: row.ticker,
    exchange: row.exchange,
    kind: row.kind as CompanyKind,
    role: row.role,
    hqCity: row.hqCity,
    country: row.country,
    reportedContractedAiRevenue: revenueVisible
      ? { amount: money(row.reportedAiRevenueUsd, "USD")!, basis: row.reportedAiRevenueBasis, reportedOn: row.reportedAiRevenueOn }
      : null,
    // Companies have no publication date: `publicOn` is null (the row has no such column).
    ...factFields("Company", row, asOf),
  };
}
