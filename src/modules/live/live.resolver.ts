import { GraphQLCountryCode } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, ID, Resolver, Root, Subscription } from "type-graphql";
import type { Context } from "../../context";
import { Node } from "../../shared/graphql-types";
import { Company } from "../companies/company.type";
import { Sector } from "../sector/sector.resolver";
import { openSector } from "../sector/sector.model";
import { FactChangedEvent, FactType, SectorChangedEvent } from "./live.type";
import { factChangedStream, sectorChangedStream, type FactChangedArgs } from "./live.service";

/**
 * Live updates over graphql-ws (`/graphql`, subprotocol `graphql-transport-ws`). Each field's
 * `subscribe` listens on the process's event bus (ctx.events); the method maps an event.
 */
@Resolver()
export class LiveResolver {
  @Subscription(() => FactChangedEvent, {
    description:
      "Every write that commits from now on (create, revise, retract), on any server of this deployment, optionally only of some types or " +
      "concerning one company. WebSocket only (graphql-ws at `/graphql`); over HTTP a subscription is refused with SUBSCRIPTION_OVER_HTTP.",
    subscribe: ({ args, context }) => factChangedStream(context as Context, args as FactChangedArgs),
  })
  factChanged(
    @Root() event: FactChangedEvent,
    @Arg("types", () => [FactType], { nullable: true, description: "Only writes of these types (default: all)." }) _types: FactType[] | null,
    @Arg("companyId", () => ID, { nullable: true, description: "Only writes that concern this company (its global ID)." }) _companyId: string | null,
  ): FactChangedEvent {
    return event;
  }

  @Subscription(() => SectorChangedEvent, {
    description:
      "Fires when a write that can change a country's `sector` figures commits. Cheap by default: select `sector { ... }` on the event " +
      "to get the figures recomputed for each event. WebSocket only (graphql-ws at `/graphql`).",
    subscribe: ({ args, context }) => sectorChangedStream(context as Context, (args as { country: string }).country),
  })
  sectorChanged(
    @Root() event: SectorChangedEvent,
    @Arg("country", () => GraphQLCountryCode, { description: "Country (ISO 3166-1 alpha-2, e.g. `US`); a country with nothing on file is NOT_FOUND." })
    _country: string,
  ): SectorChangedEvent {
    return event;
  }
}

@Resolver(() => FactChangedEvent)
export class FactChangedEventResolver {
  @FieldResolver(() => Node, { nullable: true, description: "The record written, as the database holds it now; null if it is no longer visible." })
  node(@Root() e: FactChangedEvent, @Ctx() ctx: Context) {
    return ctx.loaders.nodeById.load(e.nodeId);
  }

  @FieldResolver(() => [Company], { description: "The companies the record concerns." })
  async companies(@Root() e: FactChangedEvent, @Ctx() ctx: Context): Promise<object[]> {
    const found = await ctx.loaders.nodeById.loadMany(e.companyIds);
    return found.filter((c): c is object & { __typename: string } => c !== null && !(c instanceof Error) && (c as { __typename?: string }).__typename === "Company");
  }
}

@Resolver(() => SectorChangedEvent)
export class SectorChangedEventResolver {
  @FieldResolver(() => Sector, { description: "The country's sector as known now (today's figures), computed only when selected." })
  sector(@Root() e: SectorChangedEvent, @Ctx() ctx: Context) {
    return openSector(ctx.db, e.country, null);
  }
}

export const liveResolvers: Function[] = [LiveResolver, FactChangedEventResolver, SectorChangedEventResolver];
