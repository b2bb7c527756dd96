import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { sites } from "../../db/tables";
import { factByIdLoader, manyLoader } from "../../shared/batch";
import { notSuperseded } from "../../shared/time-travel";

export const siteLoaders = (db: Db) => ({
  siteById: factByIdLoader(db, sites),
  sitesByCompany: manyLoader(db, {
    table: sites,
    parent: sites.companyId,
    order: sql`${sites.powerCapacityMw} desc nulls last, ${sites.id}`,
    extra: (asOf) => notSuperseded(sites, asOf),
  }),
});
