import "reflect-metadata";
import type { GraphQLSchema } from "graphql";
import { buildSchemaSync } from "type-graphql";
import { CompanyResolver } from "./modules/companies/company.resolver";
import { CompanyDealsResolver, DealResolver, SiteDealsResolver } from "./modules/deals/deal.resolver";
import { FxConversionResolver, MoneyResolver } from "./modules/money/money.resolver";
import { NodeResolver } from "./modules/node/node.resolver";
import { FactResolver } from "./modules/sources/fact-sources.resolver";
import { CompanySitesResolver, SiteResolver } from "./modules/sites/site.resolver";
import { SourceResolver } from "./modules/sources/source.resolver";
import { financingResolvers } from "./modules/financing";
import { marketResolvers } from "./modules/market";
import { sectorResolvers } from "./modules/sector";
import { aggregateResolvers } from "./modules/aggregates";
import { liveResolvers } from "./modules/live/live.resolver";
import { AuditResolver, FactWriteResolver, SourceWriteResolver, writeResolvers } from "./modules/writes/write.resolver";

let cached: GraphQLSchema | null = null;

const NO_PUBSUB = {
  publish: () => undefined,
  subscribe: (): never => {
    throw new Error("subscriptions listen on ctx.events (src/events), not on a type-graphql PubSub");
  },
};

/** Builds the executable schema once per process (type-graphql metadata is global). */
export function buildGigawattSchema(): GraphQLSchema {
  if (cached) return cached;
  cached = buildSchemaSync({
    resolvers: [
      NodeResolver,
      FactResolver,
      SourceResolver,
      CompanyResolver,
      SiteResolver,
      CompanySitesResolver,
      DealResolver,
      CompanyDealsResolver,
      SiteDealsResolver,
      MoneyResolver,
      FxConversionResolver,
      ...financingResolvers,
      ...marketResolvers,
      ...sectorResolvers,
      ...aggregateResolvers,
      ...liveResolvers,
      FactWriteResolver,
      SourceWriteResolver,
      AuditResolver,
      ...writeResolvers,
    ] as unknown as [Function, ...Function[]],
    scalarsMap: [],
    validate: false,
    // type-graphql insists on a PubSub once a @Subscription exists; ours all use `subscribe` over ctx.events (src/events).
    pubSub: NO_PUBSUB,
  });
  // type-graphql has no option for the root type's description; the SDL is the manual, so set it.
  Object.assign(cached.getQueryType()!, {
    description:
      "Gigawatt: US bitcoin miners turning power campuses into AI data centres, and the hyperscalers that pay for, " +
      "finance and guarantee it. Every fact carries its sources; every list takes `asOf` for what was known on a day.",
  });
  Object.assign(cached.getSubscriptionType()!, {
    description:
      "Live updates over WebSocket: graphql-ws (subprotocol `graphql-transport-ws`) at `/graphql`, with the API key in the " +
      'connection_init payload `{ authorization: "Bearer …" }`. Events reach every server of a deployment.',
  });
  Object.assign(cached.getMutationType()!, {
    description:
      "Writes, for API keys with the editor or admin role: create, revise or retract any fact, company or source. Every write names " +
      "its sources, is one transaction, is checked against the `version` it read, lands in the audit trail (`changes`, `history`) " +
      "and lists every problem in `userErrors`.",
  });
  return cached;
}

