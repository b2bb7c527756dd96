import type { Db } from "../../db/client";
import { companies } from "../../db/tables";
import { factByIdLoader } from "../../shared/batch";

export const companyLoaders = (db: Db) => ({
  companyById: factByIdLoader(db, companies),
});
