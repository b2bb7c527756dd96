import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { BooleanFilter, DateFilter, FloatFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyWhere } from "../companies/company.inputs";
import { RevenuePeriod } from "./revenue.type";

@InputType({ description: "Conditions on a revenue period." })
export class RevenuePeriodFilter {
  @Field(() => RevenuePeriod, { nullable: true, description: "Equal to." }) eq?: RevenuePeriod;
  @Field(() => [RevenuePeriod], { nullable: true, description: "One of these periods." }) in?: RevenuePeriod[];
  @Field(() => [RevenuePeriod], { nullable: true, description: "None of these periods." }) notIn?: RevenuePeriod[];
}

@InputType({ description: "Filter for revenue reports. Fields combine with AND; use `or`/`not` for more. Amounts are in the report's currency." })
export class RevenueReportWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `R-CORZ-Q4-2025`)." }) key?: StringFilter;
  @Field(() => CompanyWhere, { nullable: true, description: "By the reporting company." }) company?: CompanyWhere;
  @Field(() => RevenuePeriodFilter, { nullable: true, description: "By period length (quarter or year)." }) period?: RevenuePeriodFilter;
  @Field(() => DateFilter, { nullable: true, description: "By first day of the period." }) periodStart?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "By last day of the period." }) periodEnd?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the report became public." }) publicOn?: DateFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By total revenue (`isNull: true` finds unreported totals)." }) totalRevenue?: FloatFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By AI/HPC revenue." }) aiHpcRevenue?: FloatFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By bitcoin-mining revenue." }) miningRevenue?: FloatFilter;
  @Field(() => BooleanFilter, { nullable: true, description: "By verification status." }) verified?: BooleanFilter;
  @Field(() => [RevenueReportWhere], { nullable: true, description: "All of these must hold." }) and?: RevenueReportWhere[];
  @Field(() => [RevenueReportWhere], { nullable: true, description: "At least one of these must hold." }) or?: RevenueReportWhere[];
  @Field(() => RevenueReportWhere, { nullable: true, description: "This must not hold." }) not?: RevenueReportWhere;
}

export enum RevenueReportOrderField {
  PERIOD_END = "PERIOD_END",
  TOTAL_REVENUE = "TOTAL_REVENUE",
  AI_HPC_REVENUE = "AI_HPC_REVENUE",
  KEY = "KEY",
}
registerEnumType(RevenueReportOrderField, {
  name: "RevenueReportOrderField",
  description: "Sortable revenue-report fields.",
  valuesConfig: {
    PERIOD_END: { description: "Last day of the period." },
    TOTAL_REVENUE: { description: "Total revenue, in the report's currency." },
    AI_HPC_REVENUE: { description: "AI/HPC revenue, in the report's currency." },
    KEY: { description: "Natural key." },
  },
});

@InputType({ description: "One sort key for revenue reports." })
export class RevenueReportOrder {
  @Field(() => RevenueReportOrderField, { description: "Field to sort by." }) field!: RevenueReportOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class RevenueReportsArgs extends PageArguments {
  @Field(() => RevenueReportWhere, { nullable: true, description: "Filter." }) where?: RevenueReportWhere;
  @Field(() => [RevenueReportOrder], { nullable: true, description: "Sort keys, most significant first (default: newest period first)." })
  orderBy?: RevenueReportOrder[];
}
