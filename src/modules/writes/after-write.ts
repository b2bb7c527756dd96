import type { Db } from "../../db/client";
import type { EventBus, FactChange } from "../../events/types";
import { invalidateHere, notifyDataChanged } from "../../cache/invalidation";
import { sectorFigures } from "../sector/sector.store";

/**
 * After a write commits: this process drops its cached answers and its precomputed sector figures
 * at once (a client reading its own write never sees the old answer), then NOTIFY tells every
 * server on the database, this one included, which drop their response caches and recompute the
 * present sector headline (watchSectorFigures; with Redis the shared cache version moves too).
 * The recomputation is not awaited: a write answers as soon as nothing stale can be served.
 * Subscribers get the change last. Never throws: the write is committed.
 */
export async function afterWrite(db: Db, events: EventBus | null | undefined, changes: FactChange[]): Promise<void> {
  sectorFigures(db).invalidate();
  await invalidateHere(db).catch(() => undefined);
  await notifyDataChanged(db, `write ${changes.map((c) => c.changeId).join(",")}`.slice(0, 200)).catch(() => undefined);
  if (changes.length) await events?.publish(changes).catch(() => undefined);
}
