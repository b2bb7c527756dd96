import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION } from "../../shared/relations";
import { Company, type CompanyModel } from "../companies/company.type";
import { CapacityReportsArgs } from "./capacity.inputs";
import { listCapacityReports } from "./capacity.service";
import { CapacityReport, toCapacityReport, type CapacityReportModel, type CapacityReportRow } from "./capacity.type";
import { companyOf } from "../companies/company.relations";
import { childrenVia } from "../../shared/relations";


@ObjectType({ description: "A page of capacity reports.", simpleResolvers: true })
export class CapacityReportConnection extends ConnectionType("CapacityReport", CapacityReport) {}

@Resolver(() => CapacityReport)
export class CapacityReportResolver {
  @Query(() => CapacityReportConnection, {
    description: "Reported power capacity of miners and of the sector; by default only the latest revision public by `asOf`.",
  })
  capacityReports(@Args(() => CapacityReportsArgs) args: CapacityReportsArgs, @Ctx() ctx: Context) {
    return listCapacityReports(ctx.db, args);
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company reported on; null for sector figures." })
  company(@Root() report: CapacityReportModel, @Ctx() ctx: Context) {
    return companyOf(ctx, report.companyId, report.asOf);
  }

  @FieldResolver(() => CapacityReport, { nullable: true, description: "The earlier report this one revises, if any." })
  async supersedes(@Root() report: CapacityReportModel, @Ctx() ctx: Context): Promise<CapacityReportModel | null> {
    if (report.supersedesId == null) return null;
    const row = await ctx.loaders.capacityReportById.load(report.supersedesId);
    return row ? toCapacityReport(row as CapacityReportRow, report.asOf) : null;
  }

  @FieldResolver(() => CapacityReport, {
    nullable: true,
    description: "The report that revises this one, when one is public by the query's `asOf`; null while this is the latest.",
  })
  async supersededBy(@Root() report: CapacityReportModel, @Ctx() ctx: Context): Promise<CapacityReportModel | null> {
    const [row] = await ctx.loaders.capacityRevisionsOf.load({ parentId: report.dbId, asOf: report.asOf, limit: 1 });
    return row ? toCapacityReport(row as CapacityReportRow, report.asOf) : null;
  }
}

@Resolver(() => Company)
export class CompanyCapacityResolver {
  @FieldResolver(() => [CapacityReport], {
    description: "The company's capacity reports public by the query's `asOf` (latest revisions only), newest first.",
  })
  capacityReports(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return childrenVia(ctx.loaders.capacityReportsByCompany, company.dbId, company.asOf, first, toCapacityReport);
  }
}
