import DataLoader from "dataloader";
import { and, eq, inArray } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { facts } from "../../db/tables";
import { factColumns, joinFacts } from "../../db/fact-select";
import { fromGlobalId, type NodeType } from "../../shared/global-id";
import { NODE_TABLE } from "./node.table";

/** Objects by global ID: one query per node type in the batch; malformed or unknown IDs give null. */
export const nodeLoaders = (db: Db) => ({
  nodeById: new DataLoader<string, object | null>(async (ids) => {
    const byType = new Map<NodeType, string[]>();
    for (const id of ids) {
      const decoded = fromGlobalId(id);
      if (decoded && NODE_TABLE[decoded.type]) byType.set(decoded.type, [...(byType.get(decoded.type) ?? []), decoded.key]);
    }
    const found = new Map<string, object>();
    await Promise.all(
      [...byType.entries()].map(async ([type, keys]) => {
        const entry = NODE_TABLE[type];
        const rows = entry.factType
          ? await db
              .select(factColumns(entry.table))
              .from(entry.table as PgTable)
              .innerJoin(facts, joinFacts(entry.table))
              .where(and(eq(facts.type, entry.factType), inArray(facts.key, keys)))
          : await db.select().from(entry.table as PgTable).where(inArray(entry.keyColumn!, keys));
        for (const row of rows as Array<{ key: string }>) found.set(`${type}:${row.key}`, entry.map(row, null));
      }),
    );
    return ids.map((id) => {
      const d = fromGlobalId(id);
      return d ? found.get(`${d.type}:${d.key}`) ?? null : null;
    });
  }),
});
