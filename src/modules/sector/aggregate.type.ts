import { Field, Float, Int, InterfaceType, ObjectType } from "type-graphql";
import { Money, Power } from "../../shared/graphql-types";
import { DateScalar } from "../../shared/scalars";
import type { NodeType } from "../../shared/global-id";
import { ExclusionReason } from "../aggregates/exclusion-reason";

export { ExclusionReason };

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

/** Where an explained figure's inputs, exclusions and sources come from, read a page at a time. */
export interface ExplainSource {
  inputCount: number;
  exclusionCount(includeNotYetPublic: boolean): number;
  inputs(offset: number, limit: number): Promise<AggregateInput[]>;
  exclusions(offset: number, limit: number, includeNotYetPublic: boolean): Promise<AggregateExclusion[]>;
  /** Database ids of the sources of the inputs, each once, in order of first citation. */
  sourceIds(limit: number): Promise<number[]>;
}

/** Fields shared by every explained figure (inputs, excluded and sources are resolved in aggregate.resolver.ts). */
@InterfaceType({
  description:
    "A figure that explains itself: the method in one sentence, every input with its value and sources (paged), and every " +
    "record left out with the reason. Re-adding all of `inputs` gives the figure.",
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class Explained {
  @Field(() => String, { description: "Unit of the figure: `USD`, `USD/year`, `MW`, `%` or `ratio`." }) unit!: string;
  @Field(() => String, { description: "How the figure is computed, in one sentence: the formula and the rules for what counts." })
  method!: string;
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
  notYetPublicCount: number;
  explain: ExplainSource;
}

@ObjectType({ simpleResolvers: true, 
  implements: Explained,
  description: "A sum that explains itself: `value` equals the sum of every input's `value` (all pages of `inputs`).",
})
export class Aggregate extends Explained {
  @Field(() => Float, {
    nullable: true,
    description: "The figure: the sum of the inputs' values; null when nothing counts (then `reason` says why), never a made-up 0.",
  })
  value!: number | null;
  @Field(() => String, { nullable: true, description: "Why `value` is null (nothing counts), in words; null when there is a value." })
  reason!: string | null;
  @Field(() => Power, { nullable: true, description: "`value` as power (MW and GW), when the unit is MW." }) power!: Power | null;
  @Field(() => Int, { description: "Number of inputs (all pages)." }) count!: number;
}

export type AggregateModel = Aggregate & ExplainedModel;

@ObjectType({ simpleResolvers: true, description: "A ratio of two figures, with both parts, so it can be checked by hand." })
export class Ratio {
  @Field(() => Float, { nullable: true, description: "`numerator / denominator`; null when either part is unknown or the denominator is zero." })
  value!: number | null;
  @Field(() => Float, { nullable: true, description: "The part; null when nothing counts." }) numerator!: number | null;
  @Field(() => Float, { nullable: true, description: "The whole; null when unknown." }) denominator!: number | null;
  @Field(() => String, { description: "What the two parts are, in one sentence." }) method!: string;
}

export function ratio(numerator: number | null, denominator: number | null, method: string): Ratio {
  return { numerator, denominator, value: numerator != null && denominator ? numerator / denominator : null, method };
}
