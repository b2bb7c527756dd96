import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { DateFilter, FloatFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyWhere } from "../companies/company.inputs";

@InputType({ description: "Filter for sites." })
export class SiteWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key." }) key?: StringFilter;
  @Field(() => CompanyWhere, { nullable: true, description: "By owning company." }) company?: CompanyWhere;
  @Field(() => StringFilter, { nullable: true, description: "By name." }) name?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By state or province code." }) region?: StringFilter;
  @Field(() => StringFilter, { nullable: true, description: "By country code." }) country?: StringFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By power capacity in MW." }) powerCapacityMw?: FloatFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the site became public." }) publicOn?: DateFilter;
  @Field(() => [SiteWhere], { nullable: true, description: "All of these must hold." }) and?: SiteWhere[];
  @Field(() => [SiteWhere], { nullable: true, description: "At least one of these must hold." }) or?: SiteWhere[];
  @Field(() => SiteWhere, { nullable: true, description: "This must not hold." }) not?: SiteWhere;
}

export enum SiteOrderField {
  NAME = "NAME",
  POWER_CAPACITY_MW = "POWER_CAPACITY_MW",
  REGION = "REGION",
  REPORTED_ON = "REPORTED_ON",
}
registerEnumType(SiteOrderField, { name: "SiteOrderField", description: "Sortable site fields." });

@InputType({ description: "One sort key for sites." })
export class SiteOrder {
  @Field(() => SiteOrderField, { description: "Field to sort by." }) field!: SiteOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class SitesArgs extends PageArguments {
  @Field(() => SiteWhere, { nullable: true, description: "Filter." }) where?: SiteWhere;
  @Field(() => [SiteOrder], { nullable: true, description: "Sort keys, most significant first (default: largest first)." })
  orderBy?: SiteOrder[];
}
