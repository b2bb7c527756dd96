import type { Db } from "./db/client";
import type { Context, ContextDeps, Loaders, RequestCost, Viewer } from "./context";
import { ANONYMOUS } from "./shared/auth";
import { companyLoaders } from "./modules/companies/company.loaders";
import { dealLoaders } from "./modules/deals/deal.loaders";
import { moneyLoaders } from "./modules/money/money.loaders";
import { nodeLoaders } from "./modules/node/node.loaders";
import { siteLoaders } from "./modules/sites/site.loaders";
import { sourceLoaders } from "./modules/sources/source.loaders";
import { financingLoaders } from "./modules/financing/financing.loaders";
import { marketLoaders } from "./modules/market/market.loaders";
import { sectorLoaders } from "./modules/sector/sector.loaders";
import { writeLoaders } from "./modules/writes/audit.service";

/** Each module's loader factory: DataLoaders for one request, over one database. */
const MODULES = [sourceLoaders, companyLoaders, siteLoaders, dealLoaders, moneyLoaders, nodeLoaders, financingLoaders, marketLoaders, sectorLoaders, writeLoaders] as const;

type Merge<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;
type AllLoaders = Readonly<Merge<ReturnType<(typeof MODULES)[number]>>>;

declare module "./context" {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface Loaders extends AllLoaders {}
}

/**
 * The request's loaders, created on first use: a request that reads one relation builds that
 * module's loaders only, not all of them. Getters live on the prototype (defined once), so a
 * request pays for one small object until it touches a loader.
 */
class LazyLoaders {
  private readonly built: Array<Record<string, unknown> | undefined> = [];
  constructor(readonly db: Db) {}

  module(i: number): Record<string, unknown> {
    return (this.built[i] ??= MODULES[i](this.db) as Record<string, unknown>);
  }
}

// Module factories only construct DataLoaders (no query runs), so calling each once with no
// database is a safe way to learn the loader names.
MODULES.forEach((factory, i) => {
  for (const name of Object.keys(factory(null as unknown as Db))) {
    Object.defineProperty(LazyLoaders.prototype, name, {
      get(this: LazyLoaders) {
        return this.module(i)[name];
      },
    });
  }
});

/** Fresh per request: DataLoader caches must never outlive one request. */
export function createLoaders(db: Db): Loaders {
  return new LazyLoaders(db) as unknown as Loaders;
}

/** A request's context: its own loaders over the shared database. */
/** Per request: `viewer` and `cost` come from the HTTP gate (src/http/gate.ts) when it ran. */
export function createContext(deps: ContextDeps, requestId: string, given: { viewer?: Viewer; cost?: RequestCost } = {}): Context {
  const cost = given.cost ?? { requested: null, actual: null, client: null, throttle: null };
  return { db: deps.db, loaders: createLoaders(deps.db), requestId, config: deps.config, viewer: given.viewer ?? ANONYMOUS, cost, events: deps.events };
}
