import DataLoader from "dataloader";
import { and, getTableName, Placeholder, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { facts } from "../db/tables";
import { factColumns, joinFacts, type FactMeta } from "../db/fact-select";
import { publicBy, today } from "./time-travel";
import { preparedOnce, statementName } from "./prepared";

type Row<T extends PgTable> = T["$inferSelect"] & FactMeta;

/** One `WHERE id = any(...)` per batch; rows come back in key order (null where missing). */
export function factByIdLoader<T extends PgTable & { id: AnyPgColumn }>(db: Db, table: T): DataLoader<number, Row<T> | null> {
  const key = `byId:${getTableName(table)}`;
  return new DataLoader<number, Row<T> | null>(async (ids) => {
    const query = preparedOnce(db, key, () =>
      db
        .select(factColumns(table))
        .from(table as PgTable)
        .innerJoin(facts, joinFacts(table))
        .where(anyId(table.id, sql.placeholder("ids")))
        .prepare(statementName(key)),
    );
    const rows = (await query.execute({ ids: idArray(ids) })) as unknown as Row<T>[];
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
 * Children of many parents in one SQL statement per distinct (asOf, limit): for each parent a
 * LATERAL subquery takes at most `limit` children in order, so with an index on (parent, order)
 * PostgreSQL reads `limit` rows per parent and stops, instead of sorting every child.
 */
export function manyLoader<T extends PgTable>(db: Db, opts: ManyOptions<T>): DataLoader<ManyKey, Row<T>[], string> {
  const columns = factColumns(opts.table);
  const parent = opts.parent as AnyPgColumn & { table: PgTable };
  const key = `many:${getTableName(opts.table)}:${getTableName(parent.table)}.${parent.name}`;
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
          const query = preparedOnce(db, `${key}:${asOf ?? `now:${today()}`}`, () => childrenQuery(db, opts, asOf, columns, key));
          const rows = (await query.execute({ ids: idArray(parentIds), limit })) as unknown as Array<Row<T> & { parentKey: number }>;
          for (const id of parentIds) results.set(`${id}|${asOf}|${limit}`, []);
          for (const r of rows) results.get(`${Number(r.parentKey)}|${asOf}|${limit}`)!.push(r);
        }),
      );
      return keys.map((k) => results.get(`${k.parentId}|${k.asOf}|${k.limit}`) ?? []);
    },
    { cacheKeyFn: (k) => `${k.parentId}|${k.asOf}|${k.limit}` },
  );
}

/** Children of the parents in `$ids`, at most `$limit` each, for one `asOf` (built once: see preparedOnce). */
function childrenQuery<T extends PgTable>(db: Db, opts: ManyOptions<T>, asOf: string | null, columns: Record<string, unknown>, key: string) {
  const conditions: Array<SQL | undefined> = [sql`${opts.parent} = p.pid`];
  if (opts.table.publicOn) conditions.push(publicBy(opts.table.publicOn, asOf));
  conditions.push(opts.extra?.(asOf));
  const children = db
    .select({ ...(columns as Record<string, AnyPgColumn>), parentKey: sql<number>`p.pid`.as("parent_key") })
    .from(opts.table as PgTable)
    .innerJoin(facts, joinFacts(opts.table as unknown as PgTable & { id: AnyPgColumn }))
    .where(and(...conditions))
    .orderBy(opts.order)
    .limit(sql.placeholder("limit"))
    .as("children");
  const picked = Object.fromEntries([...Object.keys(columns), "parentKey"].map((k) => [k, (children as unknown as Record<string, SQL.Aliased | AnyPgColumn>)[k]]));
  return db
    .select(picked)
    .from(sql`unnest(${sql.placeholder("ids")}::bigint[]) as p(pid)`)
    .crossJoinLateral(children as never)
    .prepare(statementName(key));
}

/** A bigint[] literal as one parameter: the same SQL text whatever the batch size. */
export function idArray(ids: readonly number[]): string {
  return `{${ids.map((id) => Math.trunc(Number(id))).join(",")}}`;
}

/** A text[] literal as one parameter (each element quoted and escaped), like `idArray`. */
export function textArray(values: readonly string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, "\\\\").replace(/"/g, '\\"')}"`).join(",")}}`;
}

/**
 * `column = any($1::bigint[])`: one parameter whatever the batch size, so the statement text is
 * the same for every batch and PostgreSQL prepares and plans it once (`IN ($1..$n)` is new SQL
 * for every n).
 */
export function anyId(column: AnyPgColumn, ids: readonly number[] | Placeholder): SQL {
  return sql`${column} = any(${ids instanceof Placeholder ? ids : idArray(ids)}::bigint[])`;
}
