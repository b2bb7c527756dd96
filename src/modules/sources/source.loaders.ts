import type { Db } from "../../db/client";
import { citationsByFactLoader, sourceByIdLoader } from "./source.queries";

export const sourceLoaders = (db: Db) => ({
  sourceById: sourceByIdLoader(db),
  citationsByFact: citationsByFactLoader(db),
});
