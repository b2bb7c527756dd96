import DataLoader from "dataloader";
import { and, getTableName, Placeholder, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { facts } from "../db/tables";
import { factColumns, joinFacts, type FactMeta } from "../db/fact-select";
import { publicBy, today } from "./time-travel";
import { preparedOnce, statementName } from "./prepared";

type Row<T extends PgTable> = T["$inferSelect"] & FactMeta;

/**
 * The statement for a batch: `column = any($keys)` for several keys, `column = $key` for one.
 * PostgreSQL re-plans `= any($1)` on every run (its generic plan assumes a longer array than the
 * custom plan for the one key it is given, so the custom plan always looks cheaper: checked in
 * pg_prepared_statements, 0 generic plans); `= $1` on a unique column gets a generic plan after
 * five runs and is never planned again. A point lookup is one key, so it takes the second.
 */
export function oneOrMany(batch: number): "one" | "many" {
  return batch === 1 ? "one" : "many";
}

/** How a batch's keys are typed in SQL: ids are bigint, slugs and tickers text. */
export type KeyType = "bigint" | "text";

/** `column = $name` for a batch of one key, `column = any($name)` for several (see oneOrMany); `keysParam` fills it. */
export function keysMatch(column: AnyPgColumn, name: string, shape: "one" | "many", type: KeyType): SQL {
  const keys = sql.placeholder(name);
  return shape === "one" ? sql`${column} = ${keys}::${sql.raw(type)}` : sql`${column} = any(${keys}::${sql.raw(type)}[])`;
}

/** The one parameter of a batch's statement: the key itself for one, an array literal for several. */
export function keysParam(keys: readonly number[], shape: "one" | "many", type: "bigint"): string;
export function keysParam(keys: readonly string[], shape: "one" | "many", type: "text"): string;
export function keysParam(keys: readonly (number | string)[], shape: "one" | "many", type: KeyType): string {
  if (type === "text") return shape === "one" ? String(keys[0]) : textArray(keys as readonly string[]);
  return shape === "one" ? String(Math.trunc(Number(keys[0]))) : idArray(keys as readonly number[]);
}

/** One `WHERE id = any(...)` per batch (`id = $1` for one id); rows come back in key order (null where missing). */
export function factByIdLoader<T extends PgTable & { id: AnyPgColumn }>(db: Db, table: T): DataLoader<number, Row<T> | null> {
  const key = `byId:${getTableName(table)}`;
  return new DataLoader<number, Row<T> | null>(async (ids) => {
    const shape = oneOrMany(ids.length);
    const query = preparedOnce(db, `${key}:${shape}`, () =>
      db
        .select(factColumns(table))
        .from(table as PgTable)
        .innerJoin(facts, joinFacts(table))
        .where(keysMatch(table.id, "ids", shape, "bigint"))
        .prepare(statementName(`${key}:${shape}`)),
    );
    const rows = (await query.execute({ ids: keysParam(ids, shape, "bigint") })) as unknown as Row<T>[];
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
          const shape = oneOrMany(parentIds.length);
          const query = preparedOnce(db, `${key}:${shape}:${asOf ?? `now:${today()}`}`, () => childrenQuery(db, opts, asOf, columns, `${key}:${shape}`, shape));
          const rows = (await query.execute({ ids: keysParam(parentIds, shape, "bigint"), limit })) as unknown as Array<Row<T> & { parentKey: number }>;
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
function childrenQuery<T extends PgTable>(db: Db, opts: ManyOptions<T>, asOf: string | null, columns: Record<string, unknown>, key: string, shape: "one" | "many") {
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
    // One parent: a one-row VALUES, which PostgreSQL plans once (an unnest of a parameter is re-planned per run; see oneOrMany).
    .from(shape === "one" ? sql`(values (${sql.placeholder("ids")}::bigint)) as p(pid)` : sql`unnest(${sql.placeholder("ids")}::bigint[]) as p(pid)`)
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
