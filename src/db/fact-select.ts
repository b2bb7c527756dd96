import { eq, getTableColumns } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import { facts } from "./tables";

/** Provenance columns every entity row is read with (joined from `facts`). */
export const factMeta = {
  key: facts.key,
  note: facts.note,
  verified: facts.verified,
  approximate: facts.approximate,
  supersedesId: facts.supersedesId,
};

export interface FactMeta {
  key: string;
  note: string | null;
  verified: boolean;
  approximate: boolean;
  supersedesId: number | null;
}

/** Columns of an entity table plus its provenance: spread into `db.select({...})`. */
export function factColumns<T extends PgTable>(table: T) {
  return { ...getTableColumns(table), ...factMeta };
}

export function joinFacts(table: PgTable & { id: any }) {
  return eq(facts.id, table.id);
}
