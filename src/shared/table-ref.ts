import { getTableName, sql, type SQL } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";

/**
 * A table for FROM / JOIN: `"table"` or, for a drizzle `alias(table, "a")`, `"table" "a"` (drizzle
 * renders an alias as its name alone, which only works once the alias is declared).
 */
export function tableRef(t: PgTable): SQL {
  const original = (t as unknown as Record<symbol, string>)[Symbol.for("drizzle:OriginalName")];
  const name = getTableName(t);
  return original && original !== name ? sql`${sql.identifier(original)} ${sql.identifier(name)}` : sql`${sql.identifier(name)}`;
}
