import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION } from "../../shared/relations";
import { Company, type CompanyModel } from "../companies/company.type";
import { Deal, toDeal, type DealModel, type DealRow } from "../deals/deal.type";
import { CreditBackstopsArgs } from "./backstop.inputs";
import { listBackstops } from "./backstop.service";
import { CreditBackstop, toBackstop, type BackstopModel, type BackstopRow } from "./backstop.type";
import { companyOf } from "../companies/company.relations";
import { childrenVia } from "../../shared/relations";


@ObjectType({ description: "A page of credit backstops.", simpleResolvers: true })
export class CreditBackstopConnection extends ConnectionType("CreditBackstop", CreditBackstop) {}

@Resolver(() => CreditBackstop)
export class CreditBackstopResolver {
  @Query(() => CreditBackstopConnection, {
    description:
      "Guarantees of tenants' lease obligations to miners (e.g. Google for Fluidstack). Increments on one relationship " +
      "are separate records; skip `isReportedTotal` records when summing.",
  })
  creditBackstops(@Args(() => CreditBackstopsArgs) args: CreditBackstopsArgs, @Ctx() ctx: Context) {
    return listBackstops(ctx.db, args);
  }

  @FieldResolver(() => Company, { description: "The company giving the guarantee (e.g. Alphabet)." })
  async guarantor(@Root() b: BackstopModel, @Ctx() ctx: Context): Promise<CompanyModel> {
    return (await companyOf(ctx, b.guarantorId, b.asOf))!;
  }

  @FieldResolver(() => Company, {
    nullable: true,
    description: "The miner that benefits (the landlord); null for reported totals over several miners (see `beneficiaryText`).",
  })
  beneficiary(@Root() b: BackstopModel, @Ctx() ctx: Context) {
    return companyOf(ctx, b.beneficiaryId, b.asOf);
  }

  @FieldResolver(() => Company, { nullable: true, description: "The tenant whose obligations are guaranteed (e.g. Fluidstack)." })
  obligor(@Root() b: BackstopModel, @Ctx() ctx: Context) {
    return companyOf(ctx, b.obligorId, b.asOf);
  }

  @FieldResolver(() => Deal, { nullable: true, description: "The lease the backstop supports, when it is one deal." })
  async deal(@Root() b: BackstopModel, @Ctx() ctx: Context): Promise<DealModel | null> {
    if (b.dealId == null) return null;
    const row = await ctx.loaders.dealById.load(b.dealId);
    return row ? toDeal(row as DealRow, b.asOf) : null;
  }

  @FieldResolver(() => CreditBackstop, {
    nullable: true,
    description: "The earlier backstop on the same relationship that this one adds to (amounts are increments: add them).",
  })
  async incrementOf(@Root() b: BackstopModel, @Ctx() ctx: Context): Promise<BackstopModel | null> {
    if (b.incrementOfId == null) return null;
    const row = await ctx.loaders.backstopById.load(b.incrementOfId);
    return row ? toBackstop(row as BackstopRow, b.asOf) : null;
  }
}

@Resolver(() => Deal)
export class DealBackstopsResolver {
  @FieldResolver(() => [CreditBackstop], { description: "Credit backstops supporting this deal, newest first." })
  backstops(
    @Root() deal: DealModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return childrenVia(ctx.loaders.backstopsByDeal, deal.dbId, deal.asOf, first, toBackstop);
  }
}

@Resolver(() => Company)
export class CompanyBackstopsResolver {
  @FieldResolver(() => [CreditBackstop], { description: "Credit backstops the company gives as guarantor, newest first." })
  backstopsGiven(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return childrenVia(ctx.loaders.backstopsByGuarantor, company.dbId, company.asOf, first, toBackstop);
  }

  @FieldResolver(() => [CreditBackstop], {
    description: "Credit backstops the company benefits from (as the miner), newest first. Reported totals over several miners are not listed.",
  })
  backstopsReceived(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return childrenVia(ctx.loaders.backstopsByBeneficiary, company.dbId, company.asOf, first, toBackstop);
  }
}
