import type { Db } from "../../db/client";

export const marketLoaders = (_db: Db) => ({});
