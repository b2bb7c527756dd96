import type { Db } from "../db/client";

/**
 * Statements whose shape never changes (loaders by id, children of parents) are built by drizzle
 * once per database and kept, with `sql.placeholder`s for the values: building a query (columns,
 * joins, SQL text) cost more Node CPU per request than running it. Built with `.prepare(name)`,
 * they are also named statements on PostgreSQL. The map is bounded: a key may hold a value (a
 * past `asOf`), so a full map is emptied rather than grown.
 */
const built = new WeakMap<Db, Map<string, unknown>>();
const MAX_STATEMENTS = 512;

export function preparedOnce<P>(db: Db, key: string, build: () => P): P {
  let statements = built.get(db);
  if (!statements) built.set(db, (statements = new Map()));
  let found = statements.get(key) as P | undefined;
  if (found === undefined) {
    if (statements.size >= MAX_STATEMENTS) statements.clear();
    found = build();
    statements.set(key, found);
  }
  return found;
}

/** A statement name PostgreSQL accepts, from a cache key. */
export function statementName(key: string): string {
  return `gw_${key.replace(/[^a-zA-Z0-9_]/g, "_")}`.slice(0, 60);
}
