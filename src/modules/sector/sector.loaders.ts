import DataLoader from "dataloader";
import { inArray } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { facts } from "../../db/tables";
import { factColumns, joinFacts } from "../../db/fact-select";
import type { NodeType } from "../../shared/global-id";
import { nodeEntry } from "../../shared/node-registry";

/** Key of `sectorFactById`: `Type:id` (database id), e.g. `Deal:50`. */
export const factKey = (type: NodeType, id: number) => `${type}:${id}`;

/**
 * Rows of facts of any type by database id: one `WHERE id IN (...)` per fact type in a batch, so
 * the inputs and exclusions of every aggregate in a request resolve in a handful of statements.
 */
export const sectorLoaders = (db: Db) => ({
  sectorFactById: new DataLoader<string, object | null>(async (keys) => {
    const byType = new Map<NodeType, number[]>();
    for (const k of keys) {
      const [type, id] = k.split(":");
      byType.set(type as NodeType, [...(byType.get(type as NodeType) ?? []), Number(id)]);
    }
    const found = new Map<string, object>();
    await Promise.all(
      [...byType.entries()].map(async ([type, ids]) => {
        const entry = nodeEntry(type);
        if (!entry?.isFact) return;
        const rows = await db
          .select(factColumns(entry.table))
          .from(entry.table as PgTable)
          .innerJoin(facts, joinFacts(entry.table))
          .where(inArray(entry.table.id, ids));
        for (const row of rows as unknown as Array<{ id: number }>) found.set(factKey(type, Number(row.id)), row);
      }),
    );
    return keys.map((k) => found.get(k) ?? null);
  }),
});
