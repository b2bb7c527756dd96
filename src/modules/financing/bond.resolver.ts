import { Arg, Args, Ctx, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION } from "../../shared/relations";
import { Company, type CompanyModel } from "../companies/company.type";
import { MoneyResolver } from "../money/money.resolver";
import { BondRaisesArgs } from "./bond.inputs";
import { listBonds } from "./bond.service";
import { BondRaise, toBond, type BondModel } from "./bond.type";
import { companyOf } from "../companies/company.relations";
import { childrenVia } from "../../shared/relations";


@ObjectType({ description: "A page of bond raises.", simpleResolvers: true })
export class BondRaiseConnection extends ConnectionType("BondRaise", BondRaise) {}

/** The same conversion `Money.usd` serves, so the ratio agrees with what clients see. */
const money = new MoneyResolver();

@Resolver(() => BondRaise)
export class BondRaiseResolver {
  @Query(() => BondRaiseConnection, { description: "Hyperscalers' bond sales funding AI infrastructure, with order-book demand." })
  bondRaises(@Args(() => BondRaisesArgs) args: BondRaisesArgs, @Ctx() ctx: Context) {
    return listBonds(ctx.db, args);
  }

  @FieldResolver(() => Company, { description: "The company that issued the bonds." })
  async issuer(@Root() bond: BondModel, @Ctx() ctx: Context): Promise<CompanyModel> {
    return (await companyOf(ctx, bond.issuerId, bond.asOf))!;
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "Order-book cover: `orderBookDemand` (USD) divided by `amount` in USD. Null unless both are known in USD " +
      "(no reported demand, or a non-USD amount with no published rate on file).",
  })
  async coverRatio(@Root() bond: BondModel, @Ctx() ctx: Context): Promise<number | null> {
    if (bond.orderBookDemand == null) return null;
    const amountUsd = await money.usd(bond.amount, ctx);
    return amountUsd ? bond.orderBookDemand.amount / amountUsd : null;
  }
}

@Resolver(() => Company)
export class CompanyBondRaisesResolver {
  @FieldResolver(() => [BondRaise], { description: "Bonds the company issued, newest pricing first." })
  bondRaises(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return childrenVia(ctx.loaders.bondRaisesByIssuer, company.dbId, company.asOf, first, toBond);
  }
}
