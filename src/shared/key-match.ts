import { inArray, sql, type SQL } from "drizzle-orm";
import { QueryBuilder, type AnyPgColumn, type PgTable } from "drizzle-orm/pg-core";
import { facts } from "../db/tables";
import { idConditions } from "./id-filter";
import type { NodeType } from "./global-id";

const qb = new QueryBuilder();

interface IdFilterShape {
  eq?: string;
  in?: string[];
  notIn?: string[];
}

/** Filters a foreign key by the global IDs of the rows it points at (decoded to natural keys). */
export function keysMatch(fk: AnyPgColumn, target: PgTable & { id: AnyPgColumn }, type: NodeType, f: IdFilterShape, path: string): SQL {
  const conditions = idConditions(facts.key, type, f, path);
  if (!conditions.length) return sql`true`;
  const ids = qb
    .select({ id: target.id })
    .from(target)
    .innerJoin(facts, sql`${facts.id} = ${target.id}`)
    .where(sql.join(conditions, sql` and `));
  return inArray(fk, ids);
}
