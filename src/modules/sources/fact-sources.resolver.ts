import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { Fact, type FactModel } from "../../shared/fact";
import { SourceCitation, toSource } from "./source.type";

/** Resolvers on the Fact interface apply to every fact type: citations come from one batched query. */
@Resolver(() => Fact)
export class FactResolver {
  @FieldResolver(() => [SourceCitation], {
    description: "The sources behind this fact, in the order the fact base lists them, with quotes where recorded.",
  })
  async sources(@Root() fact: FactModel, @Ctx() ctx: Context): Promise<SourceCitation[]> {
    const rows = await ctx.loaders.citationsByFact.load(fact.dbId);
    return rows.map((r) => ({ source: toSource(r.source), quote: r.quote }));
  }
}
