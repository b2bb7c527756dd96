import { randomBytes } from "node:crypto";
import { getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { sources } from "../../db/tables";
import type { FactChange } from "../../events/types";
import { toGlobalId } from "../../shared/global-id";
import { rowsOf } from "../aggregates/rows";
import type { EntityDescriptor } from "../writes/entities";
import type { CompanyInfo } from "./import.lookup";
import type { ReadyRow, RowError } from "./import.validate";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export interface WriteResult {
  inserted: number;
  revised: number;
  unchanged: number;
  /** Rows refused by the database state (a retracted record): nothing was written. */
  errors: RowError[];
  changes: FactChange[];
}

export interface WriteOptions {
  dryRun: boolean;
  newSources: Map<string, Record<string, unknown>>;
  companies: Map<number, CompanyInfo>;
  onProgress?(done: number, total: number, phase: string): void;
}

/** Rows per statement when loading the file into the work table: one JSON parameter each. */
const CHUNK = 5_000;

class Rollback extends Error {
  constructor(readonly result: WriteResult) {
    super("rollback");
  }
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

/**
 * The write, set-based, in ONE transaction: the rows go into a temporary table (a few statements
 * of jsonb_populate_recordset), then each step is one statement over all rows — find each key's
 * current record, mark unchanged rows, insert facts, entity rows, sources links and audit entries.
 * The statement-level triggers of the present view (drizzle/0002) run once per statement. A dry run
 * does all of it and rolls back.
 */
export async function writeImport(db: Db, e: EntityDescriptor, rows: ReadyRow[], opts: WriteOptions): Promise<WriteResult> {
  try {
    return await db.transaction(async (tx) => {
      const result = await run(tx, e, rows, opts);
      if (opts.dryRun || result.errors.length) throw new Rollback(result);
      return result;
    });
  } catch (err) {
    if (err instanceof Rollback) return err.result;
    throw err;
  }
}

async function run(tx: Tx, e: EntityDescriptor, rows: ReadyRow[], opts: WriteOptions): Promise<WriteResult> {
  const db = tx as unknown as Db;
  const table = getTableName(e.table);
  const columns = Object.values(getTableColumns(e.table) as Record<string, { name: string }>)
    .map((c) => c.name)
    .filter((c) => c !== "id" && c !== "superseded_on");
  const sourceIds = await insertNewSources(db, opts.newSources);
  await db.execute(sql`create temp table import_rows (like ${ident(table)}) on commit drop`);
  await db.execute(
    sql.raw(
      `alter table import_rows ${["id", ...columns, "superseded_on"].map((c) => `alter column "${c}" drop not null`).join(", ")},
        add column n int, add column key text, add column note text, add column verified boolean, add column approximate boolean,
        add column source_id bigint, add column quote text, add column head_id bigint, add column head_version int,
        add column retracted boolean, add column action text, add column version int,
        add column new_key text, add column fact_id bigint`,
    ),
  );
  for (let i = 0; i < rows.length; i += CHUNK) {
    const chunk = rows.slice(i, i + CHUNK).map((r) => ({
      ...r.columns,
      n: r.n,
      key: r.key,
      note: r.note,
      verified: r.verified,
      approximate: r.approximate,
      source_id: r.sourceId ?? (r.newSourceUrl ? sourceIds.get(r.newSourceUrl) : null),
      quote: r.quote,
    }));
    await db.execute(sql`insert into import_rows select * from jsonb_populate_recordset(null::import_rows, ${JSON.stringify(chunk)}::jsonb)`);
    opts.onProgress?.(Math.min(i + CHUNK, rows.length), rows.length, "loading");
  }
  await db.execute(sql`create index on import_rows (key)`);
  await db.execute(sql`analyze import_rows`);
  await findCurrent(db, e);
  const retracted = await rowsOf<{ n: number; key: string }>(db, sql`select n, key from import_rows where retracted order by n`);
  const errors: RowError[] = retracted.map((r) => ({ row: Number(r.n), line: null, column: "key", message: `The ${e.typename} ${r.key} is retracted; it cannot be revised by an import.` }));
  const cmp = (alias: string) => sql.join(columns.map((c) => sql`${sql.raw(alias)}.${ident(c)}`), sql`, `);
  await db.execute(sql`
    update import_rows r set action = 'UNCHANGED'
      from ${ident(table)} m join facts f on f.id = m.id
     where m.id = r.head_id and r.retracted is not true
       and (${cmp("r")}) is not distinct from (${cmp("m")})
       and (r.note, r.verified, r.approximate) is not distinct from (f.note, f.verified, f.approximate)`);
  // Ids come from the facts' identity sequence now, so no later statement has to find rows by key.
  await db.execute(sql`
    update import_rows set
      action = case when head_id is null then 'CREATE' else 'REVISE' end,
      version = coalesce(head_version, 0) + 1,
      new_key = case when head_id is null then key else key || '~v' || (head_version + 1) end,
      fact_id = case when ${opts.dryRun} then null else nextval(pg_get_serial_sequence('facts', 'id')) end
     where action is null and retracted is not true`);
  const counts = await rowsOf<{ action: string; n: number }>(db, sql`select action, count(*)::int as n from import_rows where action is not null group by action`);
  const count = (a: string) => Number(counts.find((c) => c.action === a)?.n ?? 0);
  const result: WriteResult = { inserted: count("CREATE"), revised: count("REVISE"), unchanged: count("UNCHANGED"), errors, changes: [] };
  if (errors.length || opts.dryRun || result.inserted + result.revised === 0) return result;
  opts.onProgress?.(0, 1, "writing");
  await db.execute(sql`analyze import_rows`);
  result.changes = await insertRecords(db, e, table, columns, rows, opts.companies);
  opts.onProgress?.(1, 1, "writing");
  return result;
}

/** Each row's current record: the fact with its key, then forward along revisions to the head. */
async function findCurrent(db: Db, e: EntityDescriptor): Promise<void> {
  await db.execute(sql`update import_rows r set head_id = f.id from facts f where f.type = ${e.factType} and f.key = r.key`);
  for (let step = 0; step < 1_000; step++) {
    const moved = await rowsOf<{ n: number }>(db, sql`update import_rows r set head_id = f.id from facts f where f.supersedes_id = r.head_id returning r.n`);
    if (moved.length === 0) break;
  }
  await db.execute(sql`update import_rows r set head_version = f.version, retracted = f.retracted_at is not null from facts f where f.id = r.head_id`);
}

async function insertRecords(db: Db, e: EntityDescriptor, table: string, columns: string[], rows: ReadyRow[], companies: Map<number, CompanyInfo>): Promise<FactChange[]> {
  const list = sql.join(columns.map((c) => ident(c)), sql`, `);
  await db.execute(sql`
    insert into facts (id, type, key, note, verified, approximate, supersedes_id, version, recorded_by) overriding system value
    select fact_id, ${e.factType}, new_key, note, coalesce(verified, true), coalesce(approximate, false), head_id, version, null
      from import_rows where fact_id is not null order by fact_id`);
  // Facts first: the entity table's insert trigger reads facts.supersedes_id to re-date the revised rows.
  await db.execute(sql`insert into ${ident(table)} (id, ${list}) select fact_id, ${list} from import_rows where fact_id is not null order by fact_id`);
  await db.execute(sql`insert into fact_sources (fact_id, source_id, position, quote) select fact_id, source_id, 0, quote from import_rows where fact_id is not null and source_id is not null`);
  // The audit's `after` is the row as inserted (import_rows holds exactly those values); `before` is read for revisions only.
  const entry = (before: SQL) => sql`
    insert into audit_entries (key_id, actor, action, typename, record_id, record_key, previous_id, version, before, after, source_ids, reason)
    select null, 'import', r.action, ${e.typename}, r.fact_id, r.new_key, r.head_id, r.version, ${before}, ${auditSnapshot(e, "r", true)},
           case when r.source_id is null then '{}'::int[] else array[r.source_id::int] end, null`;
  const created = await rowsOf<AuditRow>(db, sql`${entry(sql`null`)} from import_rows r where r.action = 'CREATE' order by r.fact_id returning id::text, at, action, record_key`);
  const revised = await rowsOf<AuditRow>(
    db,
    sql`${entry(auditSnapshot(e, "o", false, "fo"))} from import_rows r join ${ident(table)} o on o.id = r.head_id join facts fo on fo.id = r.head_id
        where r.action = 'REVISE' order by r.fact_id returning id::text, at, action, record_key`,
  );
  const byKey = new Map(rows.map((r) => [r.key, r]));
  return [...created, ...revised].map((a) => {
    const r = byKey.get(a.record_key.replace(/~v\d+$/, ""));
    const ids = [...new Set(r?.companyIds ?? [])].filter((id) => companies.has(id));
    const countries = new Set<string>();
    const own = e.countryField ? r?.columns[snake(e.countryField)] : null;
    if (own) countries.add(String(own));
    for (const id of ids) {
      const c = companies.get(id)!;
      if (c.country) countries.add(c.country);
      for (const s of c.siteCountries) countries.add(s);
    }
    return {
      changeId: a.id,
      action: a.action as FactChange["action"],
      typename: e.typename,
      nodeId: toGlobalId(e.typename, a.record_key),
      companyIds: ids.map((id) => toGlobalId("Company", companies.get(id)!.key)),
      countries: [...countries].sort(),
      at: new Date(a.at).toISOString(),
    };
  });
}

type AuditRow = { id: string; at: string; action: string; record_key: string };

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/**
 * The audit's record snapshot, as the write service writes it (camelCase columns of the entity
 * table, the fact's provenance, key and version): from the work table (`fromWork`: the row being
 * inserted) or from a stored row and its fact. jsonb_build_object takes at most 100 arguments, so
 * the pairs go in slices joined with ||.
 */
function auditSnapshot(e: EntityDescriptor, alias: string, fromWork: boolean, factAlias = alias): SQL {
  const a = sql.raw(alias);
  const f = sql.raw(factAlias);
  const cols = Object.entries(getTableColumns(e.table) as Record<string, { name: string }>).map(([prop, c]) => {
    if (fromWork && c.name === "id") return sql`'id', ${a}.fact_id`;
    if (fromWork && c.name === "superseded_on") return sql`'supersededOn', null::date`;
    return sql`${sql.raw(`'${prop}'`)}, ${a}.${ident(c.name)}`;
  });
  const meta = fromWork
    ? [sql`'note', ${a}.note`, sql`'verified', coalesce(${a}.verified, true)`, sql`'approximate', coalesce(${a}.approximate, false)`, sql`'supersedesId', ${a}.head_id`, sql`'version', ${a}.version`, sql`'retractedOn', null::date`, sql`'retractionReason', null::text`, sql`'key', ${a}.new_key`]
    : [sql`'note', ${f}.note`, sql`'verified', ${f}.verified`, sql`'approximate', ${f}.approximate`, sql`'supersedesId', ${f}.supersedes_id`, sql`'version', ${f}.version`, sql`'retractedOn', ${f}.retracted_on`, sql`'retractionReason', ${f}.retraction_reason`, sql`'key', ${f}.key`];
  const all = [...cols, ...meta];
  const slices: SQL[] = [];
  for (let i = 0; i < all.length; i += 40) slices.push(sql`jsonb_build_object(${sql.join(all.slice(i, i + 40), sql`, `)})`);
  return sql.join(slices, sql` || `);
}

/** New sources named by the file (one per URL), inserted in the transaction; id by URL. */
async function insertNewSources(db: Db, wanted: Map<string, Record<string, unknown>>): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  for (const [url, s] of wanted) {
    const [row] = await db
      .insert(sources)
      .values({ key: `SRC-${randomBytes(5).toString("hex").toUpperCase()}`, title: String(s.title), publisher: String(s.publisher), url, publishedOn: String(s.publishedOn), kind: (s.kind as never) ?? "NEWS", recordedBy: null })
      .returning({ id: sources.id });
    out.set(url, row.id);
  }
  return out;
}
