import { Args, ArgsType, Ctx, Field, FieldResolver, ObjectType, Query, Resolver, Root } from "type-graphql";
import { PageArguments } from "../../shared/page-args";
import type { Context } from "../../context";
import { ConnectionType } from "../../shared/connection";
import { SourceOrder, SourceWhere } from "./source.inputs";
import { listSources } from "./source.service";
import { Source, toSource } from "./source.type";


@ObjectType({ description: "A page of sources.", simpleResolvers: true })
export class SourceConnection extends ConnectionType("Source", Source) {}

@ArgsType()
class SourcesArgs extends PageArguments {
  @Field(() => SourceWhere, { nullable: true, description: "Filter." }) where?: SourceWhere;
  @Field(() => [SourceOrder], { nullable: true, description: "Sort keys, most significant first (default: newest first)." })
  orderBy?: SourceOrder[];
}

@Resolver(() => Source)
export class SourceResolver {
  @Query(() => SourceConnection, { description: "Every source Gigawatt cites. With `asOf`, only those published by then." })
  sources(@Args(() => SourcesArgs) args: SourcesArgs, @Ctx() ctx: Context) {
    return listSources(ctx.db, args);
  }

  @FieldResolver(() => Source, { nullable: true, description: "The original this source copies (for syndicated seed copies)." })
  async copyOf(@Root() source: Source, @Ctx() ctx: Context): Promise<Source | null> {
    if (source.copyOfId == null) return null;
    const row = await ctx.loaders.sourceById.load(source.copyOfId);
    return row ? toSource(row) : null;
  }
}

