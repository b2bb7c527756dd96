import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { DateFilter, FloatFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyWhere } from "../companies/company.inputs";

@InputType({ description: "Filter for bond raises. Fields combine with AND; use `or`/`not` for more." })
export class BondRaiseWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `BOND-META-2025-10`)." }) key?: StringFilter;
  @Field(() => CompanyWhere, { nullable: true, description: "By the issuer, e.g. `{ ticker: { eq: \"META\" } }`." }) issuer?: CompanyWhere;
  @Field(() => FloatFilter, { nullable: true, description: "By amount, in the currency of issue (not converted)." }) amount?: FloatFilter;
  @Field(() => StringFilter, { nullable: true, description: "By ISO 4217 currency of issue (e.g. `{ eq: \"EUR\" }`)." }) currency?: StringFilter;
  @Field(() => DateFilter, { nullable: true, description: "By pricing day (month-precision dates compare as their first day)." })
  pricedOn?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the bond raise became public." }) publicOn?: DateFilter;
  @Field(() => [BondRaiseWhere], { nullable: true, description: "All of these must hold." }) and?: BondRaiseWhere[];
  @Field(() => [BondRaiseWhere], { nullable: true, description: "At least one of these must hold." }) or?: BondRaiseWhere[];
  @Field(() => BondRaiseWhere, { nullable: true, description: "This must not hold." }) not?: BondRaiseWhere;
}

export enum BondRaiseOrderField {
  PRICED_ON = "PRICED_ON",
  AMOUNT = "AMOUNT",
  ORDER_BOOK_DEMAND = "ORDER_BOOK_DEMAND",
  KEY = "KEY",
}
registerEnumType(BondRaiseOrderField, {
  name: "BondRaiseOrderField",
  description: "Sortable bond raise fields.",
  valuesConfig: {
    PRICED_ON: { description: "Pricing day (month-precision dates sort as their first day)." },
    AMOUNT: { description: "Amount in the currency of issue, as reported (not converted to USD)." },
    ORDER_BOOK_DEMAND: { description: "Peak order-book demand in USD; unreported demand is null." },
    KEY: { description: "Natural key." },
  },
});

@InputType({ description: "One sort key for bond raises." })
export class BondRaiseOrder {
  @Field(() => BondRaiseOrderField, { description: "Field to sort by." }) field!: BondRaiseOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class BondRaisesArgs extends PageArguments {
  @Field(() => BondRaiseWhere, { nullable: true, description: "Filter." }) where?: BondRaiseWhere;
  @Field(() => [BondRaiseOrder], { nullable: true, description: "Sort keys, most significant first (default: newest pricing first)." })
  orderBy?: BondRaiseOrder[];
}
