import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { BooleanFilter, DateFilter, FloatFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyWhere } from "../companies/company.inputs";
import { CapacityBasis, CapacityScope } from "./capacity.type";

@InputType({ description: "Conditions on a capacity scope." })
export class CapacityScopeFilter {
  @Field(() => CapacityScope, { nullable: true, description: "Equal to." }) eq?: CapacityScope;
  @Field(() => [CapacityScope], { nullable: true, description: "One of these scopes." }) in?: CapacityScope[];
  @Field(() => [CapacityScope], { nullable: true, description: "None of these scopes." }) notIn?: CapacityScope[];
}

@InputType({ description: "Conditions on a capacity basis." })
export class CapacityBasisFilter {
  @Field(() => CapacityBasis, { nullable: true, description: "Equal to." }) eq?: CapacityBasis;
  @Field(() => [CapacityBasis], { nullable: true, description: "One of these bases." }) in?: CapacityBasis[];
  @Field(() => [CapacityBasis], { nullable: true, description: "None of these bases." }) notIn?: CapacityBasis[];
}

@InputType({ description: "Filter for capacity reports. Fields combine with AND; use `or`/`not` for more." })
export class CapacityReportWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `CAP-IREN`)." }) key?: StringFilter;
  @Field(() => CapacityScopeFilter, { nullable: true, description: "By scope (one company or a sector)." }) scope?: CapacityScopeFilter;
  @Field(() => CapacityBasisFilter, { nullable: true, description: "By basis (current or planned)." }) basis?: CapacityBasisFilter;
  @Field(() => CompanyWhere, { nullable: true, description: "By the company reported on (sector figures never match)." })
  company?: CompanyWhere;
  @Field(() => StringFilter, { nullable: true, description: "By country code (null when the source does not confine the capacity to one country)." })
  country?: StringFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By capacity in MW." }) capacityMw?: FloatFilter;
  @Field(() => DateFilter, { nullable: true, description: "By report day (month-precision dates compare as their first day)." })
  reportedOn?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the report became public." }) publicOn?: DateFilter;
  @Field(() => BooleanFilter, { nullable: true, description: "By verification status." }) verified?: BooleanFilter;
  @Field(() => Boolean, {
    nullable: true,
    defaultValue: false,
    description:
      "false (default): only the latest revision public by `asOf` of each report. true: earlier, superseded revisions too. " +
      "Only meaningful at the top level of `where`; setting it true inside `and`/`or`/`not` is an error.",
  })
  includeSuperseded?: boolean;
  @Field(() => [CapacityReportWhere], { nullable: true, description: "All of these must hold." }) and?: CapacityReportWhere[];
  @Field(() => [CapacityReportWhere], { nullable: true, description: "At least one of these must hold." }) or?: CapacityReportWhere[];
  @Field(() => CapacityReportWhere, { nullable: true, description: "This must not hold." }) not?: CapacityReportWhere;
}

export enum CapacityReportOrderField {
  REPORTED_ON = "REPORTED_ON",
  CAPACITY_MW = "CAPACITY_MW",
  KEY = "KEY",
}
registerEnumType(CapacityReportOrderField, {
  name: "CapacityReportOrderField",
  description: "Sortable capacity-report fields.",
  valuesConfig: {
    REPORTED_ON: { description: "Report date (month- or year-precision dates sort as their first day)." },
    CAPACITY_MW: { description: "Capacity in MW." },
    KEY: { description: "Natural key." },
  },
});

@InputType({ description: "One sort key for capacity reports." })
export class CapacityReportOrder {
  @Field(() => CapacityReportOrderField, { description: "Field to sort by." }) field!: CapacityReportOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class CapacityReportsArgs extends PageArguments {
  @Field(() => CapacityReportWhere, { nullable: true, description: "Filter." }) where?: CapacityReportWhere;
  @Field(() => [CapacityReportOrder], { nullable: true, description: "Sort keys, most significant first (default: newest report first)." })
  orderBy?: CapacityReportOrder[];
}
