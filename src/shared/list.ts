import { and, count, eq, getTableName, gt, lte, sql, type SQL } from "drizzle-orm";
import { PgDialect, type AnyPgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { facts, presentCounts } from "../db/tables";
import { today } from "./time-travel";
import { factColumns, factTypeIs, joinFacts, type FactMeta } from "../db/fact-select";
import type { ConnectionShape } from "./connection";
import { encodeCursor, finishPage, keysetPredicate, orderClauses, resolvePage, type PageArgs, type SortKey } from "./pagination";
import { BadUserInputError } from "./errors";
import type { OrderDirection } from "./graphql-types";

export const MAX_ORDER_KEYS = 5;

export interface OrderInput<F extends string> {
  field: F;
  direction?: OrderDirection | null;
}

/** Turns `orderBy` into sort keys, appending the primary key so the order is total. */
export function sortKeys<F extends string>(
  orderBy: OrderInput<F>[] | null | undefined,
  columns: Record<F, { column: AnyPgColumn | SQL; read: (row: any) => unknown }>,
  idColumn: AnyPgColumn,
  fallback: OrderInput<F>[],
): SortKey[] {
  const spec = orderBy && orderBy.length ? orderBy : fallback;
  if (spec.length > MAX_ORDER_KEYS) throw new BadUserInputError(`\`orderBy\` takes at most ${MAX_ORDER_KEYS} keys.`, "orderBy");
  const seen = new Set<string>();
  const keys: SortKey[] = spec.map((o) => {
    if (seen.has(o.field)) throw new BadUserInputError(`\`orderBy\` names ${o.field} twice.`, "orderBy");
    seen.add(o.field);
    const c = columns[o.field];
    return { name: o.field, column: c.column, read: c.read, direction: o.direction ?? "ASC" };
  });
  const last = keys[keys.length - 1]?.direction ?? "ASC";
  keys.push({ name: "ID", column: idColumn, direction: last, read: (r) => r.id });
  return keys;
}

export interface ListOptions<T extends PgTable & { id: AnyPgColumn }, M> {
  db: Db;
  table: T;
  /** Filters, `asOf` and revision conditions: the whole set the connection pages through. */
  conditions: Array<SQL | undefined>;
  keys: SortKey[];
  page: PageArgs;
  map: (row: T["$inferSelect"] & FactMeta) => M;
  /** false for tables that are not facts (sources): no provenance join. */
  withFacts?: boolean;
}

/**
 * The whole set a connection ranges over (filters, `asOf`, revision rule), kept on the connection
 * object so fields computed over every page (e.g. `aggregate`) query exactly that set. `where` may
 * reference `facts` columns: join `facts` on the table's id when `withFacts` is true.
 */
export interface ConnectionScope {
  table: PgTable & { id: AnyPgColumn };
  where: SQL | undefined;
  withFacts: boolean;
}

const dialect = new PgDialect();

/** Whether a condition reads a column of the outer `facts` table (subqueries alias theirs). */
function readsFacts(where: SQL | undefined): boolean {
  return where !== undefined && dialect.sqlToQuery(where).sql.includes(`"facts".`);
}

/** One keyset-paginated SELECT for the page; COUNT(*) only if `totalCount` is selected. */
export async function listConnection<T extends PgTable & { id: AnyPgColumn }, M>(
  opts: ListOptions<T, M>,
): Promise<ConnectionShape<M> & { scope: ConnectionScope }> {
  const { db, table, keys } = opts;
  const page = resolvePage(opts.page, keys);
  const withFacts = opts.withFacts !== false;
  // Ordering by KEY walks the (type, key) index of `facts` only when the type is stated.
  const typeHint = withFacts && keys.some((k) => k.name === "KEY") ? factTypeIs(table) : undefined;
  const base = and(...opts.conditions.filter((c): c is SQL => c !== undefined), typeHint);
  const where = page.cursorValues ? and(base, keysetPredicate(keys, page.cursorValues, page.backward)) : base;
  const rows =
    page.limit === 0 && !page.cursorValues
      ? []
      : withFacts
        ? await db
            .select(factColumns(table))
            .from(table as PgTable)
            .innerJoin(facts, joinFacts(table))
            .where(where)
            .orderBy(...orderClauses(keys, page.backward))
            .limit(page.limit + 1)
        : await db
            .select()
            .from(table as PgTable)
            .where(where)
            .orderBy(...orderClauses(keys, page.backward))
            .limit(page.limit + 1);
  const cursorOf = (row: unknown) => encodeCursor(keys, keys.map((k) => k.read(row)));
  const { rows: kept, pageInfo } = finishPage(rows as unknown[], page, cursorOf);
  const edges = kept.map((row) => ({ cursor: cursorOf(row), node: opts.map(row as T["$inferSelect"] & FactMeta) }));
  let counted: Promise<number> | null = null;
  // Every entity row has its `facts` row (its id is a foreign key to it), so the join only
  // matters to a count whose conditions read `facts` columns (key, verified).
  const counter =
    withFacts && readsFacts(base)
      ? db.select({ n: count() }).from(table as PgTable).innerJoin(facts, joinFacts(table))
      : db.select({ n: count() }).from(table as PgTable);
  const args = opts.page as { where?: unknown; asOf?: unknown };
  const presentOnly = args.where == null && args.asOf == null && "supersededOn" in table;
  const totalCount = () => (counted ??= presentOnly ? presentCount(db, table) : counter.where(base).then((r) => Number(r[0]?.n ?? 0)));
  return { edges, nodes: edges.map((e) => e.node), pageInfo, totalCount, scope: { table, where: base, withFacts } };
}

/**
 * The unfiltered present-view count of an entity table (`public_on` null or past, not superseded
 * by today), summed from `present_counts`, which the database keeps per (public_on,
 * superseded_on) on every write (migration 0002): a few thousand rows read instead of every row.
 */
async function presentCount(db: Db, table: PgTable): Promise<number> {
  const day = today();
  const [row] = await db
    .select({ n: sql<string | null>`sum(${presentCounts.n})` })
    .from(presentCounts)
    .where(and(eq(presentCounts.tableName, getTableName(table)), lte(presentCounts.publicOn, day), gt(presentCounts.supersededOn, day)));
  return Number(row?.n ?? 0);
}
