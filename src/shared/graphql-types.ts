import { Field, Float, ID, InterfaceType, ObjectType, registerEnumType } from "type-graphql";
import { GraphQLCurrency } from "graphql-scalars";
import { DateScalar } from "./scalars";

export enum OrderDirection {
  ASC = "ASC",
  DESC = "DESC",
}
registerEnumType(OrderDirection, {
  name: "OrderDirection",
  description: "Sort direction. Unknown (null) values sort last ascending and first descending.",
  valuesConfig: {
    ASC: { description: "Smallest, earliest or A first; unknown values last." },
    DESC: { description: "Largest, latest or Z first; unknown values first." },
  },
});

export enum DatePrecision {
  DAY = "DAY",
  MONTH = "MONTH",
  YEAR = "YEAR",
}
registerEnumType(DatePrecision, {
  name: "DatePrecision",
  description: "How precisely a source dates a fact.",
  valuesConfig: {
    DAY: { description: "Known to the day." },
    MONTH: { description: "Known to the month only (the date is the month's first day)." },
    YEAR: { description: "Known to the year only (the date is January 1st)." },
  },
});

@InterfaceType({
  description: "An object with a globally unique, opaque ID, fetchable with `node(id:)`.",
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class Node {
  @Field(() => ID, { description: "Opaque global ID. Stable across reloads; pass it to `node(id:)`." })
  id!: string;
}

@ObjectType({ description: "Relay page metadata.", simpleResolvers: true })
export class PageInfo {
  @Field(() => Boolean, { description: "More items follow the last edge." }) hasNextPage!: boolean;
  @Field(() => Boolean, { description: "More items precede the first edge." }) hasPreviousPage!: boolean;
  @Field(() => String, { nullable: true, description: "Cursor of the first edge; pass as `before` for the previous page." })
  startCursor!: string | null;
  @Field(() => String, { nullable: true, description: "Cursor of the last edge; pass as `after` for the next page." })
  endCursor!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "The conversion behind a USD value: a published reference rate and its source." })
export class FxConversion {
  @Field(() => GraphQLCurrency, { description: "Currency converted from." }) base!: string;
  @Field(() => GraphQLCurrency, { description: "Currency converted to (USD)." }) quote!: string;
  @Field(() => Float, { description: "Units of `quote` per one unit of `base`." }) rate!: number;
  @Field(() => DateScalar, { description: "Day the reference rate was published for." }) rateOn!: string;
  sourceId!: number;
}

@ObjectType({ simpleResolvers: true, description: "A sum of money as reported, with its value in US dollars." })
export class Money {
  @Field(() => Float, { description: "The amount in units of `currency`, exactly as reported (9700000000 is $9.7B)." })
  amount!: number;
  @Field(() => GraphQLCurrency, { description: "ISO 4217 currency code of `amount`." })
  currency!: string;
  /** Set when the currency is not USD and a published rate is on file. */
  fxRateId!: number | null;
}

@ObjectType({ description: "Electrical power, readable in megawatts or gigawatts.", simpleResolvers: true })
export class Power {
  @Field(() => Float, { description: "Megawatts (MW)." }) mw!: number;
  @Field(() => Float, { description: "Gigawatts (GW); `mw / 1000`." }) gw!: number;
}

export function power(mw: number | null | undefined): Power | null {
  if (mw == null) return null;
  return { mw, gw: mw / 1000 };
}

export function money(amount: number | null | undefined, currency: string, fxRateId: number | null = null): Money | null {
  if (amount == null) return null;
  return { amount, currency, fxRateId: currency === "USD" ? null : fxRateId };
}
