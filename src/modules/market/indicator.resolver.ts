import { Args, Ctx, ObjectType, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { MarketIndicatorsArgs } from "./indicator.inputs";
import { listMarketIndicators } from "./indicator.service";
import { MarketIndicator } from "./indicator.type";


@ObjectType({ description: "A page of market indicators.", simpleResolvers: true })
export class MarketIndicatorConnection extends ConnectionType("MarketIndicator", MarketIndicator) {}

@Resolver(() => MarketIndicator)
export class MarketIndicatorResolver {
  @Query(() => MarketIndicatorConnection, {
    description: "Named market metrics (miner power, Puell Multiple, miner profit/loss sustainability, exchange inflows, ...).",
  })
  indicators(@Args(() => MarketIndicatorsArgs) args: MarketIndicatorsArgs, @Ctx() ctx: Context) {
    return listMarketIndicators(ctx.db, args);
  }
}
