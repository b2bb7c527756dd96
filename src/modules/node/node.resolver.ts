import { Arg, Ctx, ID, Query, Resolver } from "type-graphql";
import type { Context } from "../../context";
import { Node } from "../../shared/graphql-types";
import { BadUserInputError } from "../../shared/errors";
import { GraphQLDateTime } from "graphql-scalars";
import { atPoint, KNOWN_AT } from "../../shared/time-travel";
import { asKnownAt } from "../writes/known-at";

export const MAX_NODES = 100;

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: "Any object by its global ID; null when no such object exists." })
  async node(
    @Arg("id", () => ID, { description: "A global ID from any `id` field." }) id: string,
    @Arg("knownAt", () => GraphQLDateTime, { nullable: true, description: `${KNOWN_AT} Null when the object was recorded later.` }) knownAt: Date | null,
    @Ctx() ctx: Context,
  ) {
    const point = atPoint(null, knownAt);
    return asKnownAt(ctx, await ctx.loaders.nodeById.load(id), point);
  }

  @Query(() => [Node], {
    nullable: "items",
    description: `Several objects by global ID, in the order asked (at most ${MAX_NODES}); null for each unknown ID.`,
  })
  async nodes(
    @Arg("ids", () => [ID], { description: "Global IDs." }) ids: string[],
    @Arg("knownAt", () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Ctx() ctx: Context,
  ) {
    if (ids.length > MAX_NODES) throw new BadUserInputError(`\`ids\` takes at most ${MAX_NODES} IDs.`, "ids");
    const point = atPoint(null, knownAt);
    const found = await ctx.loaders.nodeById.loadMany(ids);
    if (!point) return found;
    return Promise.all(found.map((o) => (o instanceof Error ? o : asKnownAt(ctx, o, point))));
  }
}
