import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION } from "../../shared/relations";
import { Company, type CompanyModel } from "../companies/company.type";
import { RevenueReportsArgs } from "./revenue.inputs";
import { listRevenueReports } from "./revenue.service";
import { RevenueReport, toRevenueReport, type RevenueReportModel } from "./revenue.type";
import { companyOf } from "../companies/company.relations";
import { childrenVia } from "../../shared/relations";


@ObjectType({ description: "A page of revenue reports.", simpleResolvers: true })
export class RevenueReportConnection extends ConnectionType("RevenueReport", RevenueReport) {}

@Resolver(() => RevenueReport)
export class RevenueReportResolver {
  @Query(() => RevenueReportConnection, { description: "Reported revenue of companies by period and segment (mining, AI/HPC, other)." })
  revenueReports(@Args(() => RevenueReportsArgs) args: RevenueReportsArgs, @Ctx() ctx: Context) {
    return listRevenueReports(ctx.db, args);
  }

  @FieldResolver(() => Company, { description: "The reporting company." })
  async company(@Root() report: RevenueReportModel, @Ctx() ctx: Context): Promise<CompanyModel> {
    return (await companyOf(ctx, report.companyId, report.asOf))!;
  }
}

@Resolver(() => Company)
export class CompanyRevenueResolver {
  @FieldResolver(() => [RevenueReport], { description: "The company's revenue reports public by the query's `asOf`, newest period first." })
  revenueReports(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return childrenVia(ctx.loaders.revenueReportsByCompany, company.dbId, company.asOf, first, toRevenueReport);
  }
}
