import type { Db } from "../../db/client";

export const financingLoaders = (_db: Db) => ({});
