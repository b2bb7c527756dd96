import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { sites } from "../../db/tables";
import { registerNode } from "../../shared/node-registry";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION, relationLimit } from "../../shared/relations";
import { Company, toCompany, type CompanyModel, type CompanyRow } from "../companies/company.type";
import { SitesArgs } from "./site.inputs";
import { listSites } from "./site.service";
import { Site, toSite, type SiteModel, type SiteRow } from "./site.type";

registerNode("Site", { table: sites, isFact: true, map: (row, asOf) => toSite(row, asOf) });

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
    const row = await ctx.loaders.companyById.load(site.companyId);
    return toCompany(row as CompanyRow, site.asOf);
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
    const rows = await ctx.loaders.sitesByCompany.load({ parentId: company.dbId, asOf: company.asOf, limit: relationLimit(first) });
    return rows.map((r) => toSite(r as SiteRow, company.asOf));
  }
}
