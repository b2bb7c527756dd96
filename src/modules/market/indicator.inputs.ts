import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { BooleanFilter, DateFilter, FloatFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";

@InputType({ description: "Filter for market indicators. Fields combine with AND; use `or`/`not` for more." })
export class MarketIndicatorWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `I-PUELL-0.69`)." }) key?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By metric name (`contains` ignores case)." }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By provider." }) provider?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By unit (e.g. `GW`, `BTC`)." }) unit?: StringFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By value, in the indicator's unit." }) value?: FloatFilter;
  @Field(() => DateFilter, { nullable: true, description: "By observation day (month-precision dates compare as their first day)." })
  observedOn?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the figure became public." }) publicOn?: DateFilter;
  @Field(() => BooleanFilter, { nullable: true, description: "By verification status (`{ eq: false }` lists the unconfirmed figures)." })
  verified?: BooleanFilter;
  @Field(() => [MarketIndicatorWhere], { nullable: true, description: "All of these must hold." }) and?: MarketIndicatorWhere[];
  @Field(() => [MarketIndicatorWhere], { nullable: true, description: "At least one of these must hold." }) or?: MarketIndicatorWhere[];
  @Field(() => MarketIndicatorWhere, { nullable: true, description: "This must not hold." }) not?: MarketIndicatorWhere;
}

export enum MarketIndicatorOrderField {
  OBSERVED_ON = "OBSERVED_ON",
  NAME = "NAME",
  VALUE = "VALUE",
  KEY = "KEY",
}
registerEnumType(MarketIndicatorOrderField, {
  name: "MarketIndicatorOrderField",
  description: "Sortable market-indicator fields.",
  valuesConfig: {
    OBSERVED_ON: { description: "Observation day (month-precision dates sort as their first day)." },
    NAME: { description: "Metric name." },
    VALUE: { description: "Value (units differ between indicators: combine with a `unit` or `name` filter)." },
    KEY: { description: "Natural key." },
  },
});

@InputType({ description: "One sort key for market indicators." })
export class MarketIndicatorOrder {
  @Field(() => MarketIndicatorOrderField, { description: "Field to sort by." }) field!: MarketIndicatorOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class MarketIndicatorsArgs extends PageArguments {
  @Field(() => MarketIndicatorWhere, { nullable: true, description: "Filter." }) where?: MarketIndicatorWhere;
  @Field(() => [MarketIndicatorOrder], { nullable: true, description: "Sort keys, most significant first (default: newest observation first)." })
  orderBy?: MarketIndicatorOrder[];
}
