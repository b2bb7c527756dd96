import { Ctx, FieldResolver, Float, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { FxConversion, Money } from "../../shared/graphql-types";
import { Source, toSource } from "../sources/source.type";

@Resolver(() => Money)
export class MoneyResolver {
  @FieldResolver(() => Float, {
    nullable: true,
    description: "The amount in US dollars: equal to `amount` for USD; converted at the rate in `fx` otherwise; null when no published rate is on file.",
  })
  async usd(@Root() m: Money, @Ctx() ctx: Context): Promise<number | null> {
    if (m.currency === "USD") return m.amount;
    if (m.fxRateId == null) return null;
    const fx = await ctx.loaders.fxRateById.load(m.fxRateId);
    return fx ? Math.round(m.amount * fx.rate * 100) / 100 : null;
  }

  @FieldResolver(() => FxConversion, { nullable: true, description: "The conversion used for `usd`; null for USD amounts." })
  fx(@Root() m: Money, @Ctx() ctx: Context): Promise<FxConversion | null> | null {
    return m.fxRateId == null || m.currency === "USD" ? null : ctx.loaders.fxRateById.load(m.fxRateId);
  }
}

@Resolver(() => FxConversion)
export class FxConversionResolver {
  @FieldResolver(() => Source, { description: "Where the reference rate was published." })
  async source(@Root() fx: FxConversion, @Ctx() ctx: Context): Promise<Source> {
    return toSource((await ctx.loaders.sourceById.load(fx.sourceId))!);
  }
}
