import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyKind } from "./company.type";

@InputType({ description: "Conditions on a company kind." })
export class CompanyKindFilter {
  @Field(() => CompanyKind, { nullable: true, description: "Equal to." }) eq?: CompanyKind;
  @Field(() => [CompanyKind], { nullable: true, description: "One of these kinds." }) in?: CompanyKind[];
  @Field(() => [CompanyKind], { nullable: true, description: "None of these kinds." }) notIn?: CompanyKind[];
}

@InputType({ description: "Filter for companies; also used to filter other lists by a related company." })
export class CompanyWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By slug." }) slug?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By ticker (e.g. `{ eq: \"IREN\" }`)." }) ticker?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By name." }) name?: StringFilter;
  @Field(() => CompanyKindFilter, { nullable: true, description: "By kind." }) kind?: CompanyKindFilter;
  @Field(() => StringFilter, { nullable: true, description: "By headquarters country code." }) country?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By exchange." }) exchange?: StringFilter;
  @Field(() => [CompanyWhere], { nullable: true, description: "All of these must hold." }) and?: CompanyWhere[];
  @Field(() => [CompanyWhere], { nullable: true, description: "At least one of these must hold." }) or?: CompanyWhere[];
  @Field(() => CompanyWhere, { nullable: true, description: "This must not hold." }) not?: CompanyWhere;
}

export enum CompanyOrderField {
  NAME = "NAME",
  TICKER = "TICKER",
  SLUG = "SLUG",
  KIND = "KIND",
}
registerEnumType(CompanyOrderField, { name: "CompanyOrderField", description: "Sortable company fields." });

@InputType({ description: "One sort key for companies." })
export class CompanyOrder {
  @Field(() => CompanyOrderField, { description: "Field to sort by." }) field!: CompanyOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class CompaniesArgs extends PageArguments {
  @Field(() => CompanyWhere, { nullable: true, description: "Filter." }) where?: CompanyWhere;
  @Field(() => [CompanyOrder], { nullable: true, description: "Sort keys, most significant first (default: by name)." })
  orderBy?: CompanyOrder[];
}
