import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION } from "../../shared/relations";
import { Company, type CompanyModel } from "../companies/company.type";
import { companyOf } from "../companies/company.relations";
import { childrenVia } from "../../shared/relations";
import { SitesArgs } from "./site.inputs";
import { listSites } from "./site.service";
import { Site, toSite, type SiteModel, type SiteRow } from "./site.type";


@ObjectType({ description: "A page of sites.", simpleResolvers: true })
export class SiteConnection extends ConnectionType("Site", Site) {}

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => SiteConnection, { description: "Campuses with grid power, by company, state and capacity." })
  sites(@Args(() => SitesArgs) args: SitesArgs, @Ctx() ctx: Context) {
    return listSites(ctx.db, args);
  }

  @FieldResolver(() => Company, { description: "The company that owns or develops the site." })
  async company(@Root() site: SiteModel, @Ctx() ctx: Context): Promise<CompanyModel> {
    return (await companyOf(ctx, site.companyId, site.asOf))!;
  }
}

@Resolver(() => Company)
export class CompanySitesResolver {
  @FieldResolver(() => [Site], { description: "The company's sites public by the query's `asOf`, largest first." })
  async sites(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ): Promise<SiteModel[]> {
    return childrenVia(ctx.loaders.sitesByCompany, company.dbId, company.asOf, first, (row: SiteRow, asOf) => toSite(row, asOf));
  }
}
