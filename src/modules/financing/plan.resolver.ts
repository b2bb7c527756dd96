import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION } from "../../shared/relations";
import { Company, type CompanyModel } from "../companies/company.type";
import { InvestmentPlansArgs } from "./plan.inputs";
import { listPlans } from "./plan.service";
import { InvestmentPlan, toPlan, type PlanModel } from "./plan.type";
import { companiesOf, companyOf } from "../companies/company.relations";
import { childrenVia } from "../../shared/relations";


@ObjectType({ description: "A page of investment plans.", simpleResolvers: true })
export class InvestmentPlanConnection extends ConnectionType("InvestmentPlan", InvestmentPlan) {}

@Resolver(() => InvestmentPlan)
export class InvestmentPlanResolver {
  @Query(() => InvestmentPlanConnection, { description: "Announced AI data-centre spending plans and industry capex tallies." })
  investmentPlans(@Args(() => InvestmentPlansArgs) args: InvestmentPlansArgs, @Ctx() ctx: Context) {
    return listPlans(ctx.db, args);
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company behind the plan, when it is a single company." })
  company(@Root() plan: PlanModel, @Ctx() ctx: Context) {
    return companyOf(ctx, plan.companyId, plan.asOf);
  }

  @FieldResolver(() => [Company], {
    description: "Every company the plan names, in the order reported (one for a company's plan, several for a joint tally).",
  })
  companies(@Root() plan: PlanModel, @Ctx() ctx: Context): Promise<CompanyModel[]> {
    return companiesOf(ctx, plan.companyIds, plan.asOf);
  }
}

@Resolver(() => Company)
export class CompanyInvestmentPlansResolver {
  @FieldResolver(() => [InvestmentPlan], {
    description:
      "Plans the company announced on its own, newest first. Joint tallies naming several companies are not listed: " +
      "query `investmentPlans(where: { company: ... })` for those.",
  })
  investmentPlans(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return childrenVia(ctx.loaders.investmentPlansByCompany, company.dbId, company.asOf, first, toPlan);
  }
}
