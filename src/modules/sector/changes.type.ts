import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import type { NodeType } from "../../shared/global-id";
import { AggregateInput } from "./aggregate.type";

export enum FactChangeKind {
  NEW = "NEW",
  REVISION = "REVISION",
  INCREMENT = "INCREMENT",
}
registerEnumType(FactChangeKind, {
  name: "FactChangeKind",
  description: "How a fact that became public changes what is known.",
  valuesConfig: {
    NEW: { description: "A new fact." },
    REVISION: { description: "A revision of an earlier fact (`revises`), which stops counting from this fact's day." },
    INCREMENT: { description: "An increment on an earlier backstop of the same relationship (`revises`); the two add up." },
  },
});

@ObjectType({ simpleResolvers: true, description: "A fact that became public in the period." })
export class FactChange {
  @Field(() => FactChangeKind, { description: "New fact, revision or increment." }) kind!: FactChangeKind;
  @Field(() => String, { description: "The fact's GraphQL type (Deal, CreditBackstop, ...)." }) factType!: string;
  @Field(() => String, { description: "The fact's key (e.g. `B-WULF-CB5`)." }) key!: string;
  @Field(() => DateScalar, { description: "The day it became public." }) publicOn!: string;
  factId!: number;
  revisesId!: number | null;
  revisesType!: NodeType | null;
  asOf!: string;
}

@ObjectType({ simpleResolvers: true, description: "How many facts of one type became public in the period." })
export class FactTypeChanges {
  @Field(() => String, { description: "The GraphQL type (Deal, StockMove, ...)." }) factType!: string;
  @Field(() => Int, { description: "Facts of this type that became public." }) count!: number;
  @Field(() => Int, { description: "Of those, revisions of earlier facts." }) revisions!: number;
}

@ObjectType({ simpleResolvers: true, description: "How one headline figure of `sector` moved between the two dates." })
export class HeadlineChange {
  @Field(() => String, { description: "The figure's path in `sector` (e.g. `creditBackstops.total`)." }) figure!: string;
  @Field(() => String, { description: "Unit of the values." }) unit!: string;
  @Field(() => Float, { nullable: true, description: "The figure as of `from`." }) from!: number | null;
  @Field(() => Float, { nullable: true, description: "The figure as of `to`." }) to!: number | null;
  @Field(() => Float, { nullable: true, description: "`to - from`; null when either is unknown." }) delta!: number | null;
  @Field(() => [AggregateInput], { description: "Inputs counted at `to` but not at `from` (by fact)." }) addedInputs!: AggregateInput[];
  @Field(() => [AggregateInput], { description: "Inputs counted at `from` but no longer at `to` (e.g. revised)." }) removedInputs!: AggregateInput[];
}

@ObjectType({ simpleResolvers: true, description: "What changed between two dates: the facts that became public and how each headline figure moved." })
export class SectorChanges {
  @Field(() => String, { description: "Country of the headline figures (ISO 3166-1 alpha-2)." }) country!: string;
  @Field(() => DateScalar, { description: "Start of the period (exclusive): figures are as of this day." }) from!: string;
  @Field(() => DateScalar, { description: "End of the period (inclusive)." }) to!: string;
  @Field(() => [FactChange], { description: "Every fact (any country) public after `from` and by `to`, oldest first." }) facts!: FactChange[];
  @Field(() => [FactTypeChanges], { description: "The same facts counted by type." }) byType!: FactTypeChanges[];
  @Field(() => [HeadlineChange], { description: "Each headline figure at `from` and at `to`." }) headlines!: HeadlineChange[];
}
