import { and, count, eq, getTableColumns, getTableName, gt, lte, sql, type SQL } from "drizzle-orm";
import { PgDialect, type AnyPgColumn, type PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { facts, presentCounts } from "../db/tables";
import { atPoint, existsAt, notSuperseded, publicBy, today } from "./time-travel";
import { compileWhere, type WhereHandlers } from "./filters";
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
function sortKeys<F extends string>(
  orderBy: OrderInput<F>[] | null | undefined,
  columns: Record<F, AnyPgColumn>,
  readers: Map<AnyPgColumn, (row: Record<string, unknown>) => unknown>,
  idColumn: AnyPgColumn,
  fallback: OrderInput<F>[],
): SortKey[] {
  const spec = orderBy && orderBy.length ? orderBy : fallback;
  if (spec.length > MAX_ORDER_KEYS) throw new BadUserInputError(`\`orderBy\` takes at most ${MAX_ORDER_KEYS} keys.`, "orderBy");
  const seen = new Set<string>();
  const keys: SortKey[] = spec.map((o) => {
    if (seen.has(o.field)) throw new BadUserInputError(`\`orderBy\` names ${o.field} twice.`, "orderBy");
    seen.add(o.field);
    const column = columns[o.field];
    return { name: o.field, column, read: readers.get(column)!, direction: o.direction ?? "ASC" };
  });
  const last = keys[keys.length - 1]?.direction ?? "ASC";
  keys.push({ name: "ID", column: idColumn, direction: last, read: readers.get(idColumn)! });
  return keys;
}

type ListTable = PgTable & { id: AnyPgColumn; publicOn?: AnyPgColumn; supersededOn?: AnyPgColumn };
export type ListRow<T extends PgTable> = T["$inferSelect"] & FactMeta;

/**
 * Everything a list connection of one type needs, declared once per module: its table, how
 * each `where` field compiles, the column behind each `orderBy` field (cursors read the same
 * column back from the row), the default order and the row-to-model mapper. `listOf` pages it.
 */
export interface ListSpec<T extends ListTable, W, F extends string, M> {
  table: T;
  where: WhereHandlers<W>;
  order: Record<F, AnyPgColumn>;
  defaultOrder: OrderInput<NoInfer<F>>[];
  map: (row: ListRow<NoInfer<T>>, asOf: string | null) => M;
  /** The date `asOf` compares with (default: the table's `public_on`; none: no time travel). */
  publicOn?: AnyPgColumn | null;
  /** Whether the revision rule applies to this `where` (default: when the table has revisions). */
  revisions?: (where: NoInfer<W> | null | undefined) => boolean;
  /** false for tables that are not facts (sources): no provenance join. */
  withFacts?: boolean;
}

export interface ListArgs<W, F extends string> extends PageArgs {
  where?: W | null;
  orderBy?: OrderInput<F>[] | null;
  asOf?: string | null;
  /** The instant the answer is read at (what the database held then); see `atPoint`. */
  knownAt?: Date | string | null;
}

interface CompiledSpec<T extends ListTable, W, F extends string, M> extends ListSpec<T, W, F, M> {
  readers: Map<AnyPgColumn, (row: Record<string, unknown>) => unknown>;
}

/** Checks a spec once and learns which row property holds each order column. */
export function defineList<T extends ListTable, W, F extends string, M>(spec: ListSpec<T, W, F, M>): CompiledSpec<T, W, F, M> {
  const selected = spec.withFacts === false ? getTableColumns(spec.table) : factColumns(spec.table);
  const readers = new Map<AnyPgColumn, (row: Record<string, unknown>) => unknown>();
  for (const [prop, column] of Object.entries(selected)) readers.set(column as AnyPgColumn, (row) => row[prop]);
  for (const [field, column] of Object.entries(spec.order) as Array<[string, AnyPgColumn]>) {
    if (!readers.has(column)) throw new Error(`orderBy ${field} of ${getTableName(spec.table)} is not a selected column`);
  }
  return { ...spec, readers };
}

/** The set a connection of this type ranges over: filters, `asOf` and the revision rule. */
export function listConditions<T extends ListTable, W extends object, F extends string, M>(
  spec: ListSpec<T, W, F, M>,
  where: W | null | undefined,
  asOf: string | null,
): Array<SQL | undefined> {
  const publicOn = spec.publicOn === undefined ? spec.table.publicOn : spec.publicOn;
  const conditions: Array<SQL | undefined> = [compileWhere(where as never, spec.where as never)];
  if (publicOn) conditions.push(publicBy(publicOn, asOf));
  // Undated facts (companies): existence and retraction read the joined `facts` row.
  else if (spec.withFacts !== false) conditions.push(existsAt(facts, asOf));
  const revisions = spec.revisions ? spec.revisions(where) : spec.table.supersededOn !== undefined;
  if (revisions && spec.table.publicOn) conditions.push(notSuperseded(spec.table as ListTable & { publicOn: AnyPgColumn }, asOf));
  return conditions;
}

/** One page of a list of this type: the function every list service calls. */
export function listOf<T extends ListTable, W extends object, F extends string, M>(db: Db, spec: CompiledSpec<T, W, F, M>, args: ListArgs<W, F>) {
  const asOf = atPoint(args.asOf, args.knownAt);
  return listConnection({
    db,
    table: spec.table,
    withFacts: spec.withFacts,
    conditions: listConditions(spec, args.where, asOf),
    keys: sortKeys(args.orderBy, spec.order, spec.readers, spec.table.id, spec.defaultOrder),
    page: args,
    map: (row) => spec.map(row, asOf),
  });
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
  const fetchPage = async () => {
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
    const nodes = kept.map((row) => opts.map(row as T["$inferSelect"] & FactMeta));
    // A cursor per row (JSON + base64) only when `edges` is selected; `nodes` needs none.
    let edges: Array<{ cursor: string; node: M }> | null = null;
    const edgesOf = () => (edges ??= kept.map((row, i) => ({ cursor: cursorOf(row), node: nodes[i] })));
    return { edges: edgesOf, nodes, pageInfo };
  };
  let paged: ReturnType<typeof fetchPage> | null = null;
  const fetched = () => (paged ??= fetchPage());
  let counted: Promise<number> | null = null;
  // Every entity row has its `facts` row (its id is a foreign key to it), so the join only
  // matters to a count whose conditions read `facts` columns (key, verified). Built only when
  // `totalCount` is selected: rendering `base` to learn that cost a page read 6 % of its CPU.
  const countRows = () => {
    const counter =
      withFacts && readsFacts(base)
        ? db.select({ n: count() }).from(table as PgTable).innerJoin(facts, joinFacts(table))
        : db.select({ n: count() }).from(table as PgTable);
    return counter.where(base).then((r) => Number(r[0]?.n ?? 0));
  };
  const args = opts.page as { where?: unknown; asOf?: unknown; knownAt?: unknown };
  const presentOnly = args.where == null && args.asOf == null && args.knownAt == null && "supersededOn" in table;
  const totalCount = () => (counted ??= presentOnly ? presentCount(db, table) : countRows());
  return {
    edges: () => fetched().then((p) => p.edges()),
    nodes: () => fetched().then((p) => p.nodes),
    pageInfo: () => fetched().then((p) => p.pageInfo),
    totalCount,
    scope: { table, where: base, withFacts },
  };
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
