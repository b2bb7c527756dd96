import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { NodeType } from "./global-id";

/** How `node(id:)` finds and shapes one type: its table and its row-to-model mapper. */
export interface NodeEntry {
  table: PgTable & { id: AnyPgColumn };
  /** false for non-fact tables (sources): looked up by their own `key` column. */
  isFact: boolean;
  keyColumn?: AnyPgColumn;
  map: (row: any, asOf: string | null) => object;
}

const registry = new Map<NodeType, NodeEntry>();

/** Each module registers its node type next to its mapper, so node lookup needs no central list. */
export function registerNode(type: NodeType, entry: NodeEntry): void {
  registry.set(type, entry);
}

export function nodeEntry(type: NodeType): NodeEntry | undefined {
  return registry.get(type);
}
