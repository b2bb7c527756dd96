import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { BooleanFilter, DateFilter, FloatFilter, IDFilter, IntFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyWhere } from "../companies/company.inputs";
import { DealKind } from "./deal.type";

@InputType({ description: "Conditions on a deal kind." })
export class DealKindFilter {
  @Field(() => DealKind, { nullable: true, description: "Equal to." }) eq?: DealKind;
  @Field(() => [DealKind], { nullable: true, description: "One of these kinds." }) in?: DealKind[];
  @Field(() => [DealKind], { nullable: true, description: "None of these kinds." }) notIn?: DealKind[];
}

@InputType({ description: "Filter for deals. Fields combine with AND; use `or`/`not` for more." })
export class DealWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `D-IREN-MSFT`)." }) key?: StringFilter;
  @Field(() => DealKindFilter, { nullable: true, description: "By kind of contract." }) kind?: DealKindFilter;
  @Field(() => CompanyWhere, { nullable: true, description: "By the provider (the miner), e.g. `{ ticker: { eq: \"IREN\" } }`." })
  provider?: CompanyWhere;
  @Field(() => CompanyWhere, { nullable: true, description: "By the customer." }) customer?: CompanyWhere;
  @Field(() => CompanyWhere, { nullable: true, description: "By the provider or the customer." }) party?: CompanyWhere;
  @Field(() => IDFilter, { nullable: true, description: "By site ID." }) site?: IDFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By total value, in the deal's currency." }) totalValue?: FloatFilter;
  @Field(() => IntFilter, { nullable: true, description: "By initial term in months." }) termMonths?: IntFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By critical IT load in MW." }) itLoadMw?: FloatFilter;
  @Field(() => DateFilter, { nullable: true, description: "By announcement day (month-precision dates compare as their first day)." })
  announcedOn?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the deal became public." }) publicOn?: DateFilter;
  @Field(() => BooleanFilter, { nullable: true, description: "By verification status." }) verified?: BooleanFilter;
  @Field(() => [DealWhere], { nullable: true, description: "All of these must hold." }) and?: DealWhere[];
  @Field(() => [DealWhere], { nullable: true, description: "At least one of these must hold." }) or?: DealWhere[];
  @Field(() => DealWhere, { nullable: true, description: "This must not hold." }) not?: DealWhere;
}

export enum DealOrderField {
  ANNOUNCED_ON = "ANNOUNCED_ON",
  TOTAL_VALUE = "TOTAL_VALUE",
  TERM_MONTHS = "TERM_MONTHS",
  IT_LOAD_MW = "IT_LOAD_MW",
  KEY = "KEY",
}
registerEnumType(DealOrderField, { name: "DealOrderField", description: "Sortable deal fields." });

@InputType({ description: "One sort key for deals." })
export class DealOrder {
  @Field(() => DealOrderField, { description: "Field to sort by." }) field!: DealOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class DealsArgs extends PageArguments {
  @Field(() => DealWhere, { nullable: true, description: "Filter." }) where?: DealWhere;
  @Field(() => [DealOrder], { nullable: true, description: "Sort keys, most significant first (default: newest announcement first)." })
  orderBy?: DealOrder[];
}
