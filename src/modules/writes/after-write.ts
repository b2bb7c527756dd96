import type { Db } from "../../db/client";
import type { EventBus, FactChange } from "../../events/types";
import { invalidateHere } from "../../cache/invalidation";
import { refreshSectorFigures } from "../sector/sector.store";

/**
 * After a write commits: this process drops its cached answers at once (a client reading its own
 * write never sees the old answer), every replica on the database hears NOTIFY (response cache and
 * precomputed sector figures; with Redis the shared cache version moves too), the present sector
 * headline is recomputed, and subscribers get the change. Never throws: the write is committed.
 */
export async function afterWrite(db: Db, events: EventBus | null | undefined, changes: FactChange[]): Promise<void> {
  await invalidateHere(db).catch(() => undefined);
  await refreshSectorFigures(db).catch(() => undefined);
  if (changes.length) await events?.publish(changes).catch(() => undefined);
}
