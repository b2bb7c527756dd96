import { Field, Int, ObjectType } from "type-graphql";
import { Fact, factFields } from "../../shared/fact";
import { Money, Node, Power, money, power } from "../../shared/graphql-types";
import { PartialDateScalar, partialDate } from "../../shared/scalars";
import type { investmentPlans } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type PlanRow = typeof investmentPlans.$inferSelect & FactMeta;

@ObjectType({ simpleResolvers: true, 
  implements: [Node, Fact],
  description: "An announced capital-spending plan for AI data centres (a company's, several companies' or an estimate's).",
})
export class InvestmentPlan extends Fact {
  @Field(() => String, {
    nullable: true,
    description: "The planner in the source's words when it is not one company (a list of tickers, or e.g. a bank's estimate).",
  })
  plannerText!: string | null;
  @Field(() => Money, { nullable: true, description: "Planned spending in US dollars; see `amountType` for what the figure is." })
  amount!: Money | null;
  @Field(() => String, { nullable: true, description: "What kind of figure `amount` is (e.g. `up to`, `about`)." }) amountType!: string | null;
  @Field(() => String, { nullable: true, description: "What the plan is for, in the source's words." }) description!: string | null;
  @Field(() => Power, { nullable: true, description: "Power capacity the plan adds, when reported." }) capacity!: Power | null;
  @Field(() => String, { nullable: true, description: "Caveat on the capacity figure (e.g. \"nearly\")." }) capacityNote!: string | null;
  @Field(() => String, { nullable: true, description: "Region of the plan, when reported." }) region!: string | null;
  @Field(() => Int, { nullable: true, description: "Jobs the plan is said to create, when reported." }) jobs!: number | null;
  @Field(() => String, { nullable: true, description: "Caveat on the jobs figure (e.g. \"more than\")." }) jobsNote!: string | null;
  @Field(() => String, { nullable: true, description: "When construction starts, as reported (e.g. `2026`)." })
  constructionStart!: string | null;
  @Field(() => PartialDateScalar, { nullable: true, description: "When the plan was announced, as precisely as known." })
  announcedOn!: string | null;
}

export type PlanModel = InvestmentPlan & ReturnType<typeof factFields> & { companyId: number | null; companyIds: number[] };

export function toPlan(row: PlanRow, asOf: string | null): PlanModel {
  return {
    companyId: row.companyId,
    companyIds: (row.companyIds ?? []).map(Number),
    plannerText: row.plannerText,
    amount: money(row.amountUsd, "USD"),
    amountType: row.amountType,
    description: row.description,
    capacity: power(row.capacityMw),
    capacityNote: row.capacityNote,
    region: row.region,
    jobs: row.jobs,
    jobsNote: row.jobsNote,
    constructionStart: row.constructionStart,
    announcedOn: partialDate(row.announcedOn, row.announcedPrecision),
    ...factFields("InvestmentPlan", row, asOf),
  };
}
