import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Node } from "../../shared/graphql-types";
import { BadUserInputError } from "../../shared/errors";

export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null when no such object exists." })
  node(@Arg("id", () => ID, { description: "A global ID from any `id` field." }) id: string, @Ctx() ctx: Context) {
    return ctx.loaders.nodeById.load(id);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Several objects by global ID, in the order asked (at most ${MAX_NODES}); null for each unknown ID.`,
  })
  nodes(@Arg("ids", () => [ID], { description: "Global IDs." }) ids: string[], @Ctx() ctx: Context) {
    if (ids.length > MAX_NODES) throw new BadUserInputError(`\`ids\` takes at most ${MAX_NODES} IDs.`, "ids");
    return ctx.loaders.nodeById.loadMany(ids);
  }
}
