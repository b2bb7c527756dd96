import DataLoader from "dataloader";
import { and, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { facts } from "../db/tables";
import { factColumns, joinFacts, type FactMeta } from "../db/fact-select";
import { publicBy } from "./time-travel";

type Row<T extends PgTable> = T["$inferSelect"] & FactMeta;

/** One `WHERE id IN (...)` per batch; rows come back in key order (null where missing). */
export function factByIdLoader<T extends PgTable & { id: AnyPgColumn }>(db: Db, table: T): DataLoader<number, Row<T> | null> {
  return new DataLoader<number, Row<T> | null>(async (ids) => {
    const rows = (await db
      .select(factColumns(table))
      .from(table as PgTable)
      .innerJoin(facts, joinFacts(table))
      .where(anyId(table.id, ids))) as unknown as Row<T>[];
    const byId = new Map(rows.map((r) => [Number((r as unknown as { id: number }).id), r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

export interface ManyKey {
  parentId: number;
  asOf: string | null;
  limit: number;
}

export interface ManyOptions<T extends PgTable> {
  table: T & { publicOn?: AnyPgColumn };
  /** The foreign key pointing at the parent. */
  parent: AnyPgColumn;
  /** Newest first, usually. */
  order: SQL;
  /** Extra condition (e.g. "not superseded") given the parent query's `asOf`. */
  extra?: (asOf: string | null) => SQL | undefined;
}

/**
 * Children of many parents in one SQL statement per distinct (asOf, limit): a window
 * function keeps at most `limit` children per parent, so a long child list never floods a page.
 */
export function manyLoader<T extends PgTable>(db: Db, opts: ManyOptions<T>): DataLoader<ManyKey, Row<T>[], string> {
  return new DataLoader<ManyKey, Row<T>[], string>(
    async (keys) => {
      const groups = new Map<string, ManyKey[]>();
      for (const k of keys) {
        const g = `${k.asOf}|${k.limit}`;
        groups.set(g, [...(groups.get(g) ?? []), k]);
      }
      const results = new Map<string, Row<T>[]>();
      await Promise.all(
        [...groups.values()].map(async (group) => {
          const { asOf, limit } = group[0];
          const parentIds = [...new Set(group.map((k) => k.parentId))];
          const conditions: Array<SQL | undefined> = [anyId(opts.parent, parentIds)];
          if (opts.table.publicOn) conditions.push(publicBy(opts.table.publicOn, asOf));
          conditions.push(opts.extra?.(asOf));
          const inner = db
            .select({
              ...factColumns(opts.table),
              parentKey: sql<number>`${opts.parent}`.as("parent_key"),
              rn: sql<number>`row_number() over (partition by ${opts.parent} order by ${opts.order})`.as("rn"),
            })
            .from(opts.table as PgTable)
            .innerJoin(facts, joinFacts(opts.table as unknown as PgTable & { id: AnyPgColumn }))
            .where(and(...conditions))
            .as("children");
          const sub = inner as any;
          const rows = (await db.select().from(sub).where(lte(sub.rn, limit)).orderBy(sub.parentKey, sub.rn)) as unknown as Array<
            Row<T> & { parentKey: number }
          >;
          for (const id of parentIds) results.set(`${id}|${asOf}|${limit}`, []);
          for (const r of rows) results.get(`${Number(r.parentKey)}|${asOf}|${limit}`)!.push(r);
        }),
      );
      return keys.map((k) => results.get(`${k.parentId}|${k.asOf}|${k.limit}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.parentId}|${k.asOf}|${k.limit}` },
  );
}

/**
 * `column = any($1::bigint[])`: one parameter whatever the batch size, so the statement text is
 * the same for every batch and PostgreSQL prepares and plans it once (`IN ($1..$n)` is new SQL
 * for every n).
 */
export function anyId(column: AnyPgColumn, ids: readonly number[]): SQL {
  return sql`${column} = any(${`{${ids.map((id) => Math.trunc(Number(id))).join(",")}}`}::bigint[])`;
}
