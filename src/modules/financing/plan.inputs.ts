import { ArgsType, Field, InputType, registerEnumType } from "type-graphql";
import { DateFilter, FloatFilter, IDFilter, StringFilter } from "../../shared/filters";
import { OrderDirection } from "../../shared/graphql-types";
import { PageArguments } from "../../shared/page-args";
import { CompanyWhere } from "../companies/company.inputs";

@InputType({ description: "Filter for investment plans. Fields combine with AND; use `or`/`not` for more." })
export class InvestmentPlanWhere {
  @Field(() => IDFilter, { nullable: true, description: "By global ID." }) id?: IDFilter;
  @Field(() => StringFilter, { nullable: true, description: "By natural key (e.g. `P-AWS-GOV`)." }) key?: StringFilter;
  @Field(() => CompanyWhere, {
    nullable: true,
    description: "By a company behind the plan: the single company, or any of the companies a joint figure names.",
  })
  company?: CompanyWhere;
  @Field(() => FloatFilter, { nullable: true, description: "By planned amount in USD." }) amountUsd?: FloatFilter;
  @Field(() => FloatFilter, { nullable: true, description: "By added capacity in MW." }) capacityMw?: FloatFilter;
  @Field(() => DateFilter, { nullable: true, description: "By announcement day (month-precision dates compare as their first day)." })
  announcedOn?: DateFilter;
  @Field(() => DateFilter, { nullable: true, description: "By the day the plan became public." }) publicOn?: DateFilter;
  @Field(() => [InvestmentPlanWhere], { nullable: true, description: "All of these must hold." }) and?: InvestmentPlanWhere[];
  @Field(() => [InvestmentPlanWhere], { nullable: true, description: "At least one of these must hold." }) or?: InvestmentPlanWhere[];
  @Field(() => InvestmentPlanWhere, { nullable: true, description: "This must not hold." }) not?: InvestmentPlanWhere;
}

export enum InvestmentPlanOrderField {
  ANNOUNCED_ON = "ANNOUNCED_ON",
  AMOUNT = "AMOUNT",
  CAPACITY_MW = "CAPACITY_MW",
  KEY = "KEY",
}
registerEnumType(InvestmentPlanOrderField, {
  name: "InvestmentPlanOrderField",
  description: "Sortable investment plan fields.",
  valuesConfig: {
    ANNOUNCED_ON: { description: "Announcement day (month-precision dates sort as their first day)." },
    AMOUNT: { description: "Planned amount in USD; undisclosed amounts are null." },
    CAPACITY_MW: { description: "Added capacity in MW; unreported capacity is null." },
    KEY: { description: "Natural key." },
  },
});

@InputType({ description: "One sort key for investment plans." })
export class InvestmentPlanOrder {
  @Field(() => InvestmentPlanOrderField, { description: "Field to sort by." }) field!: InvestmentPlanOrderField;
  @Field(() => OrderDirection, { nullable: true, defaultValue: OrderDirection.ASC, description: "Direction." })
  direction?: OrderDirection;
}

@ArgsType()
export class InvestmentPlansArgs extends PageArguments {
  @Field(() => InvestmentPlanWhere, { nullable: true, description: "Filter." }) where?: InvestmentPlanWhere;
  @Field(() => [InvestmentPlanOrder], {
    nullable: true,
    description: "Sort keys, most significant first (default: newest announcement first).",
  })
  orderBy?: InvestmentPlanOrder[];
}
