import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { deals } from "../../db/tables";
import { factByIdLoader, manyLoader } from "../../shared/batch";
import { notSuperseded } from "../../shared/time-travel";

const newestFirst = sql`${deals.announcedOn} desc nulls last, ${deals.id}`;
const current = (asOf: string | null) => notSuperseded(deals, asOf);

export const dealLoaders = (db: Db) => ({
  dealById: factByIdLoader(db, deals),
  dealsByProvider: manyLoader(db, { table: deals, parent: deals.providerId, order: newestFirst, extra: current }),
  dealsByCustomer: manyLoader(db, { table: deals, parent: deals.customerId, order: newestFirst, extra: current }),
  dealsBySite: manyLoader(db, { table: deals, parent: deals.siteId, order: newestFirst, extra: current }),
});
