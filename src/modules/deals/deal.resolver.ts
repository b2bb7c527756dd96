import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION } from "../../shared/relations";
import type { ManyKey } from "../../shared/batch";
import { Company, type CompanyModel } from "../companies/company.type";
import { companyOf } from "../companies/company.relations";
import { childrenVia } from "../../shared/relations";
import { Site, toSite, type SiteModel, type SiteRow } from "../sites/site.type";
import { DealsArgs } from "./deal.inputs";
import { listDeals } from "./deal.service";
import { Deal, toDeal, type DealModel, type DealRow } from "./deal.type";


@ObjectType({ description: "A page of deals.", simpleResolvers: true })
export class DealConnection extends ConnectionType("Deal", Deal) {}

@Resolver(() => Deal)
export class DealResolver {
  @Query(() => DealConnection, { description: "AI/HPC contracts between miners and hyperscalers or AI clouds." })
  deals(@Args(() => DealsArgs) args: DealsArgs, @Ctx() ctx: Context) {
    return listDeals(ctx.db, args);
  }

  @FieldResolver(() => Company, { description: "The miner that provides the capacity or compute." })
  async provider(@Root() deal: DealModel, @Ctx() ctx: Context): Promise<CompanyModel> {
    return (await companyOf(ctx, deal.providerId, deal.asOf))!;
  }

  @FieldResolver(() => Company, { nullable: true, description: "The contracting customer, when it is one company in the database." })
  customer(@Root() deal: DealModel, @Ctx() ctx: Context) {
    return companyOf(ctx, deal.customerId, deal.asOf);
  }

  @FieldResolver(() => Company, { nullable: true, description: "The end customer behind the contracting customer, when known." })
  endCustomer(@Root() deal: DealModel, @Ctx() ctx: Context) {
    return companyOf(ctx, deal.endCustomerId, deal.asOf);
  }

  @FieldResolver(() => Site, { nullable: true, description: "The campus that hosts the contract, when confirmed." })
  async site(@Root() deal: DealModel, @Ctx() ctx: Context): Promise<SiteModel | null> {
    if (deal.siteId == null) return null;
    const row = await ctx.loaders.siteById.load(deal.siteId);
    return row ? toSite(row as SiteRow, deal.asOf) : null;
  }
}

const dealsVia = (loader: { load(k: ManyKey): Promise<unknown[]> }, parentId: number, asOf: string | null, first: number | null) =>
  childrenVia(loader, parentId, asOf, first, (row: DealRow, a) => toDeal(row, a));

@Resolver(() => Company)
export class CompanyDealsResolver {
  @FieldResolver(() => [Deal], { description: "Deals where the company provides capacity (as a miner), newest first." })
  dealsAsProvider(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return dealsVia(ctx.loaders.dealsByProvider, company.dbId, company.asOf, first);
  }

  @FieldResolver(() => [Deal], { description: "Deals where the company is the customer, newest first." })
  dealsAsCustomer(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return dealsVia(ctx.loaders.dealsByCustomer, company.dbId, company.asOf, first);
  }
}

@Resolver(() => Site)
export class SiteDealsResolver {
  @FieldResolver(() => [Deal], { description: "Deals hosted at this site, newest first." })
  deals(
    @Root() site: SiteModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return dealsVia(ctx.loaders.dealsBySite, site.dbId, site.asOf, first);
  }
}
