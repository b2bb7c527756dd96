import { Arg, Args, Ctx, FieldResolver, Int, ObjectType, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { RELATION_FIRST_DESCRIPTION } from "../../shared/relations";
import { Company, type CompanyModel } from "../companies/company.type";
import { StockMovesArgs } from "./move.inputs";
import { listStockMoves } from "./move.service";
import { StockMove, toStockMove, type StockMoveModel } from "./move.type";
import { companyOf } from "../companies/company.relations";
import { childrenVia } from "../../shared/relations";


@ObjectType({ description: "A page of stock moves.", simpleResolvers: true })
export class StockMoveConnection extends ConnectionType("StockMove", StockMove) {}

@Resolver(() => StockMove)
export class StockMoveResolver {
  @Query(() => StockMoveConnection, { description: "Reported share-price moves of miners, their customers and sector indexes." })
  stockMoves(@Args(() => StockMovesArgs) args: StockMovesArgs, @Ctx() ctx: Context) {
    return listStockMoves(ctx.db, args);
  }

  @FieldResolver(() => Company, { nullable: true, description: "The company whose shares moved; null for a sector index." })
  company(@Root() move: StockMoveModel, @Ctx() ctx: Context) {
    return companyOf(ctx, move.companyId, move.asOf);
  }
}

@Resolver(() => Company)
export class CompanyStockMovesResolver {
  @FieldResolver(() => [StockMove], { description: "Reported moves of the company's shares public by the query's `asOf`, newest first." })
  stockMoves(
    @Root() company: CompanyModel,
    @Arg("first", () => Int, { nullable: true, description: RELATION_FIRST_DESCRIPTION }) first: number | null,
    @Ctx() ctx: Context,
  ) {
    return childrenVia(ctx.loaders.stockMovesByCompany, company.dbId, company.asOf, first, toStockMove);
  }
}
