import { Field, Float, Int, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { Money, Power } from "../../shared/graphql-types";
import { DateScalar } from "../../shared/scalars";
import type { NodeType } from "../../shared/global-id";

export enum ExclusionReason {
  NOT_PUBLIC_BY_AS_OF = "NOT_PUBLIC_BY_AS_OF",
  SUPERSEDED = "SUPERSEDED",
  REPORTED_TOTAL = "REPORTED_TOTAL",
  NOT_A_MINER = "NOT_A_MINER",
  NOT_A_HYPERSCALER = "NOT_A_HYPERSCALER",
  OUTSIDE_COUNTRY = "OUTSIDE_COUNTRY",
  REGION_SPANS_BORDERS = "REGION_SPANS_BORDERS",
  NO_VALUE = "NO_VALUE",
  NO_TERM = "NO_TERM",
  NO_FX_RATE = "NO_FX_RATE",
  COMPANY_TARGET = "COMPANY_TARGET",
  NO_REVENUE_DATA = "NO_REVENUE_DATA",
  EARLIER_PERIOD = "EARLIER_PERIOD",
  OTHER_WINDOW = "OTHER_WINDOW",
  UNRESOLVED = "UNRESOLVED",
}
registerEnumType(ExclusionReason, {
  name: "ExclusionReason",
  description: "Why a record (or a company) was left out of an aggregate.",
  valuesConfig: {
    NOT_PUBLIC_BY_AS_OF: { description: "The fact became public after `asOf` (or its publication day is unknown and `asOf` was given)." },
    SUPERSEDED: { description: "A later revision of this fact was public by `asOf`; only the latest revision counts." },
    REPORTED_TOTAL: { description: "A reported total over other records (e.g. Google's \"at least $5B\"): shown beside the computed figure, never added to it." },
    NOT_A_MINER: { description: "The company behind the record is not a bitcoin miner (kind MINER)." },
    NOT_A_HYPERSCALER: { description: "The company (or planner) behind the record is not a hyperscaler (e.g. a bank's forecast)." },
    OUTSIDE_COUNTRY: { description: "The record or its company lies outside the requested country." },
    REGION_SPANS_BORDERS: { description: "The figure covers a region wider than the country (e.g. \"US & Canada\") or an unstated region; see `detail`." },
    NO_VALUE: { description: "The figure this aggregate needs is not reported (null), e.g. an undisclosed amount or a deal with only a cumulative value." },
    NO_TERM: { description: "A deal with neither a stated annualized revenue nor a term, so it cannot be annualized." },
    NO_FX_RATE: { description: "The figure is in a currency with no published rate on file: excluded, never converted at a guessed rate." },
    COMPANY_TARGET: { description: "The only annualized figure is a company-wide target, not this contract's own revenue." },
    NO_REVENUE_DATA: { description: "The miner has no reported mining revenue public by `asOf`, so no revenue share can be computed for it." },
    EARLIER_PERIOD: { description: "A later reporting period of the same company is used instead." },
    OTHER_WINDOW: { description: "A stock move measured over a different window than the one asked for." },
    UNRESOLVED: { description: "A stock move whose sources conflict or give only a range: no single change to count." },
  },
});

@ObjectType({ simpleResolvers: true, description: "One record that an aggregate counted, with the value it contributed. The inputs of an aggregate add up to its value." })
export class AggregateInput {
  @Field(() => String, { description: "What was counted, in words, with the arithmetic when the value is derived (e.g. `8700000000 / (144 months / 12)`)." })
  label!: string;
  @Field(() => Float, { description: "The value this record contributed, in `unit`." }) value!: number;
  @Field(() => String, { description: "Unit of `value`: `USD`, `USD/year`, `MW`, `%` or `ratio`." }) unit!: string;
  @Field(() => Power, { nullable: true, description: "`value` as power (MW and GW), when the unit is MW." }) power!: Power | null;
  @Field(() => Money, {
    nullable: true,
    description: "The money figure as reported (amount, currency) with its USD value and the FX rate used, when the input is money.",
  })
  money!: Money | null;
  factType!: NodeType;
  factId!: number;
  companyId!: number | null;
  asOf!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "A record or company left out of an aggregate, and why." })
export class AggregateExclusion {
  @Field(() => ExclusionReason, { description: "Why it was left out." }) reason!: ExclusionReason;
  @Field(() => String, { description: "The reason in words, with the specifics (dates, region, the figure that is missing)." }) detail!: string;
  @Field(() => Float, { nullable: true, description: "The figure that was left out, in the aggregate's unit, when there is one." }) value!: number | null;
  @Field(() => DateScalar, { nullable: true, description: "The day the fact counts as public from (null when unknown or for a company)." })
  publicOn!: string | null;
  factType!: NodeType;
  factId!: number;
  companyId!: number | null;
  asOf!: string | null;
}

/** Fields shared by every explained figure (resolved in aggregate.resolver.ts). */
@InterfaceType({
  description:
    "A figure that explains itself: the method in one sentence, every input with its value and sources, and every " +
    "record left out with the reason. Re-adding `inputs` gives the figure.",
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class Explained {
  @Field(() => String, { description: "Unit of the figure: `USD`, `USD/year`, `MW`, `%` or `ratio`." }) unit!: string;
  @Field(() => String, { description: "How the figure is computed, in one sentence: the formula and the rules for what counts." })
  method!: string;
  @Field(() => [AggregateInput], { description: "Every record counted, with the value it contributed, largest first." })
  inputs!: AggregateInput[];
  @Field(() => Int, {
    description:
      "Records that exist but became public after `asOf`: not counted, and listed in `excluded` only with `includeNotYetPublic`. " +
      "The one part of a past answer that grows as facts arrive.",
  })
  notYetPublicCount!: number;
}

export interface ExplainedModel {
  __typename: string;
  unit: string;
  method: string;
  inputs: AggregateInput[];
  exclusions: AggregateExclusion[];
  notYetPublicCount: number;
}

@ObjectType({ simpleResolvers: true, 
  implements: Explained,
  description: "A sum that explains itself: `value` equals the sum of `inputs[].value`.",
})
export class Aggregate extends Explained {
  @Field(() => Float, { description: "The figure: the sum of `inputs[].value` (0 when nothing counts)." }) value!: number;
  @Field(() => Power, { nullable: true, description: "`value` as power (MW and GW), when the unit is MW." }) power!: Power | null;
  @Field(() => Int, { description: "Number of inputs." }) count!: number;
}

export type AggregateModel = Aggregate & ExplainedModel;

@ObjectType({ simpleResolvers: true, description: "A ratio of two figures, with both parts, so it can be checked by hand." })
export class Ratio {
  @Field(() => Float, { nullable: true, description: "`numerator / denominator`; null when the denominator is unknown or zero." })
  value!: number | null;
  @Field(() => Float, { description: "The part." }) numerator!: number;
  @Field(() => Float, { nullable: true, description: "The whole; null when unknown." }) denominator!: number | null;
  @Field(() => String, { description: "What the two parts are, in one sentence." }) method!: string;
}

export function ratio(numerator: number, denominator: number | null, method: string): Ratio {
  return { numerator, denominator, value: denominator ? numerator / denominator : null, method };
}
