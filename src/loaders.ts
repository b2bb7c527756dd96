import type { Db } from "./db/client";
import { companyLoaders } from "./modules/companies/company.loaders";
import { dealLoaders } from "./modules/deals/deal.loaders";
import { moneyLoaders } from "./modules/money/money.resolver";
import { nodeLoaders } from "./modules/node/node.loaders";
import { siteLoaders } from "./modules/sites/site.loaders";
import { sourceLoaders } from "./modules/sources/source.loaders";
import { financingLoaders } from "./modules/financing/financing.loaders";
import { marketLoaders } from "./modules/market/market.loaders";
import { sectorLoaders } from "./modules/sector/sector.loaders";

/** Fresh per request: DataLoader caches must never outlive one request. */
export function createLoaders(db: Db) {
  return {
    ...sourceLoaders(db),
    ...companyLoaders(db),
    ...siteLoaders(db),
    ...dealLoaders(db),
    ...moneyLoaders(db),
    ...nodeLoaders(db),
    ...financingLoaders(db),
    ...marketLoaders(db),
    ...sectorLoaders(db),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
