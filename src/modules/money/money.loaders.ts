import DataLoader from "dataloader";
import type { Db } from "../../db/client";
import { fxRates } from "../../db/tables";
import { sql } from "drizzle-orm";
import { anyId, idArray } from "../../shared/batch";
import { preparedOnce } from "../../shared/prepared";
import type { FxConversion } from "../../shared/graphql-types";

/** Reference exchange rates by id, for `Money.usd` and `Money.fx`. */
export const moneyLoaders = (db: Db) => ({
  fxRateById: new DataLoader<number, FxConversion | null>(async (ids) => {
    const query = preparedOnce(db, "fxRateById", () => db.select().from(fxRates).where(anyId(fxRates.id, sql.placeholder("ids"))).prepare("gw_fx_rate_by_id"));
    const rows = await query.execute({ ids: idArray(ids) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
});
