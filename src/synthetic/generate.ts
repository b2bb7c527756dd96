import { getTableColumns, getTableName } from "drizzle-orm";
import type { PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../db/client";
import { bulkLoader, copyLine, type BulkTx, type CopyValue } from "./copy";
import { ENTITY_SPECS, FIRST_DAY, LAST_DAY, type EntitySpec, type GenContext } from "./entities";
import { Prng, dayNumber, isoDay } from "./prng";
import { FX_BASE_RATE, FX_CURRENCIES } from "./vocab";
import { DATA_CHANNEL } from "../cache/invalidation";

/** Bump when the generated shape changes, so a stored set of an older shape is not reused. */
export const GENERATOR_VERSION = 1;
/** Natural-key prefix of every synthetic row (facts and sources): seed keys never start with it. */
export const SYNTHETIC_PREFIX = "SYN-";
/** The source row that records what was generated (scale, seed, counts). */
export const META_KEY = "SYN-META";

export interface GenerateProgress {
  table: string;
  rows: number;
  total: number;
}

export interface GenerateOptions {
  /** 1 ≈ 1,000 companies, 20,000 deals, 1,000,000 stock moves. */
  scale: number;
  seed: number;
  onProgress?: (p: GenerateProgress) => void;
  /** Allow a database that already holds non-synthetic (seed) data. Off by default. */
  allowWithSeed?: boolean;
  /** Rows per COPY statement. */
  chunkSize?: number;
}

export interface GenerateResult {
  rows: Record<string, number>;
  seconds: number;
  rowsPerSecond: number;
}

export interface SyntheticMeta {
  generator: number;
  scale: number;
  seed: number;
  rows: Record<string, number>;
}

/** Rows per entity kind at `scale` (at least one of each, two companies). */
export function plannedCounts(scale: number): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const spec of ENTITY_SPECS) counts[spec.name] = Math.max(spec.name === "companies" ? 2 : 1, Math.round(spec.perScale * scale));
  counts.sources = Math.max(10, Math.round(20_000 * scale));
  return counts;
}

/** What is already in the database: seed (non-synthetic) rows, and a finished synthetic set. */
export async function inspectDatabase(db: Db): Promise<{ hasNonSynthetic: boolean; meta: SyntheticMeta | null }> {
  return bulkLoader(db).transaction(async (tx) => {
    const [row] = await tx.query<{ other: boolean }>(
      `select exists(select 1 from sources where key not like '${SYNTHETIC_PREFIX}%') or exists(select 1 from facts where key not like '${SYNTHETIC_PREFIX}%') as other`,
    );
    const metaRows = await tx.query<{ note: string }>(`select note from sources where key = '${META_KEY}'`);
    return { hasNonSynthetic: Boolean(row?.other), meta: metaRows[0] ? (JSON.parse(metaRows[0].note) as SyntheticMeta) : null };
  });
}

/**
 * Fills every entity table with deterministic synthetic facts (seeded PRNG), each with 1–3
 * synthetic sources, in one transaction, with COPY in chunks. Keys start with `SYN-`; sources are
 * kind OTHER at https://synthetic.invalid/. Refuses a database holding seed data (unless
 * `allowWithSeed`) or an earlier synthetic set.
 */
export async function generateSynthetic(db: Db, opts: GenerateOptions): Promise<GenerateResult> {
  if (!(opts.scale > 0)) throw new Error("scale must be a positive number");
  const started = performance.now();
  const state = await inspectDatabase(db);
  if (state.meta) throw new Error(`synthetic data already present (scale ${state.meta.scale}, seed ${state.meta.seed}); reset the database first`);
  if (state.hasNonSynthetic && !opts.allowWithSeed) {
    throw new Error("the database holds non-synthetic (seed) data; synthetic data goes into its own database (or pass --allow-with-seed / allowWithSeed)");
  }
  const counts = plannedCounts(opts.scale);
  const rng = new Prng(opts.seed);
  const rows: Record<string, number> = {};
  await bulkLoader(db).transaction(async (tx) => {
    await tx.query("set local synchronous_commit = off").catch(() => undefined);
    await tx.query("lock table facts, sources in exclusive mode");
    const checkLater = await deferForeignKeyChecks(tx);
    const sourceFirst = await reserveIds(tx, "sources", counts.sources + 1);
    rows.sources = await writeSources(tx, rng, sourceFirst, counts.sources);
    const fxSourceId = sourceFirst + counts.sources;
    const ctx: GenContext = {
      rng,
      companies: [],
      byKind: new Map(),
      listed: [],
      sitesByCompany: new Map(),
      siteIds: [],
      dealIds: [],
      backstopIds: [],
      fx: await writeFxRates(tx, rng, fxSourceId),
      pools: new Map(),
    };
    rows.fxRates = ctx.fx.size;
    const tables = ["sources", "fx_rates", "facts", "fact_sources", ...ENTITY_SPECS.map((s) => getTableName(s.table))];
    const rebuild = await dropSecondaryIndexes(tx, tables);
    const totalFacts = ENTITY_SPECS.reduce((n, s) => n + counts[s.name], 0);
    let nextId = await reserveIds(tx, "facts", totalFacts);
    const links = { n: 0 };
    for (const spec of ENTITY_SPECS) {
      const n = counts[spec.name];
      await writeEntities(tx, spec, ctx, { first: nextId, n, sourceFirst, sources: counts.sources, chunk: opts.chunkSize ?? 50_000, links, onProgress: opts.onProgress });
      nextId += n;
      rows[spec.name] = n;
    }
    rows.facts = totalFacts;
    rows.factSources = links.n;
    const meta: SyntheticMeta = { generator: GENERATOR_VERSION, scale: opts.scale, seed: opts.seed, rows };
    await tx.copy("sources", ["key", "title", "url", "kind", "is_seed", "note"], [
      copyLine([META_KEY, "Synthetic data set (generator record)", "https://synthetic.invalid/meta", "OTHER", false, JSON.stringify(meta)]),
    ]);
    opts.onProgress?.({ table: "indexes", rows: 0, total: 0 });
    await rebuild();
    if (checkLater) await verifyForeignKeys(tx, tables);
    opts.onProgress?.({ table: "analyze", rows: 0, total: 0 });
    await tx.query("analyze");
    // Running servers drop their cached answers when this commits (src/cache/invalidation.ts).
    await tx.query(`select pg_notify('${DATA_CHANNEL}', 'synthetic')`);
  });
  const seconds = (performance.now() - started) / 1000;
  const total = Object.values(rows).reduce((a, b) => a + b, 0);
  return { rows, seconds, rowsPerSecond: Math.round(total / seconds) };
}

/**
 * Row-by-row foreign-key triggers cost more than the COPY itself (40 s of 70 s at SCALE=1). As
 * a superuser (always on PGlite; `postgres` here) the load runs with them off
 * (`session_replication_role = replica`) and `verifyForeignKeys` checks every key afterwards in
 * one anti-join per constraint. Otherwise the triggers stay on. Returns whether they are off.
 */
async function deferForeignKeyChecks(tx: BulkTx): Promise<boolean> {
  const [row] = await tx.query<{ su: string }>("select current_setting('is_superuser') as su");
  if (row?.su !== "on") return false;
  await tx.query("set local session_replication_role = replica");
  return true;
}

/** One set-based check per single-column foreign key of `tables`; throws on the first orphan. */
async function verifyForeignKeys(tx: BulkTx, tables: string[]): Promise<void> {
  await tx.query("set local session_replication_role = origin");
  const fks = await tx.query<{ name: string; child: string; col: string; parent: string; pcol: string }>(
    `select c.conname as name, ch.relname as child, a.attname as col, pa.relname as parent, b.attname as pcol
     from pg_constraint c
     join pg_class ch on ch.oid = c.conrelid join pg_class pa on pa.oid = c.confrelid
     join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
     join pg_attribute b on b.attrelid = c.confrelid and b.attnum = c.confkey[1]
     where c.contype = 'f' and array_length(c.conkey, 1) = 1 and c.connamespace = current_schema()::regnamespace
       and ch.relname in (${tables.map((t) => `'${t}'`).join(", ")})`,
  );
  for (const fk of fks) {
    const orphans = await tx.query(
      `select 1 from "${fk.child}" x where x."${fk.col}" is not null and not exists (select 1 from "${fk.parent}" p where p."${fk.pcol}" = x."${fk.col}") limit 1`,
    );
    if (orphans.length) throw new Error(`synthetic load broke foreign key ${fk.name} (${fk.child}.${fk.col} → ${fk.parent}.${fk.pcol})`);
  }
}

/**
 * Drops the tables' secondary indexes (not the primary keys) and returns a function that builds
 * them again from their own definitions: one sorted build per index after the load is several
 * times faster than maintaining every index row by row during COPY (what pg_restore does too).
 * It all happens inside the load's transaction, so a failure restores the indexes.
 */
async function dropSecondaryIndexes(tx: BulkTx, tables: string[]): Promise<() => Promise<void>> {
  const list = tables.map((t) => `'${t}'`).join(", ");
  const indexes = await tx.query<{ name: string; def: string }>(
    `select i.indexname as name, i.indexdef as def from pg_indexes i
     where i.schemaname = current_schema() and i.tablename in (${list})
       and not exists (select 1 from pg_constraint c where c.conname = i.indexname and c.connamespace = current_schema()::regnamespace)`,
  );
  for (const ix of indexes) await tx.query(`drop index "${ix.name}"`);
  return async () => {
    for (const ix of indexes) await tx.query(ix.def);
  };
}

/** Takes `n` consecutive ids from a table's identity sequence in two statements (tables are locked). */
async function reserveIds(tx: BulkTx, table: string, n: number): Promise<number> {
  const seq = `pg_get_serial_sequence('${table}', 'id')`;
  const [row] = await tx.query<{ first: string | number }>(`select nextval(${seq}) as first`);
  const first = Number(row.first);
  if (n > 1) await tx.query(`select setval(${seq}, ${first + n - 1})`);
  return first;
}

const pad = (i: number) => String(i + 1).padStart(6, "0");
const TOPICS = ["AI hosting contract", "bond pricing", "quarterly results", "site energization", "credit backstop", "share-price move"];

async function writeSources(tx: BulkTx, rng: Prng, first: number, n: number): Promise<number> {
  const d0 = dayNumber(FIRST_DAY);
  const d1 = dayNumber(LAST_DAY);
  const note = "Generated by the Gigawatt scale generator: not a real document.";
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(
      copyLine([first + i, `${SYNTHETIC_PREFIX}SRC-${pad(i)}`, `Synthetic source ${pad(i)}: ${rng.pick(TOPICS)}`, "Synthetic Wire (generated)",
        `https://synthetic.invalid/sources/${pad(i)}`, isoDay(rng.int(d0, d1)), "OTHER", false, note]),
    );
  }
  lines.push(copyLine([first + n, `${SYNTHETIC_PREFIX}SRC-FX`, "Synthetic reference rates", "Synthetic Wire (generated)", "https://synthetic.invalid/fx", FIRST_DAY, "OTHER", false, note]));
  await tx.copy("sources", ["id", "key", "title", "publisher", "url", "published_on", "kind", "is_seed", "note"], lines);
  return n + 1;
}

/** One rate per non-USD currency per month (the 15th), keyed `CUR|YYYY-MM` for the rows that need one. */
async function writeFxRates(tx: BulkTx, rng: Prng, sourceId: number): Promise<Map<string, number>> {
  const values: string[] = [];
  for (const cur of FX_CURRENCIES) {
    for (let m = new Date(`${FIRST_DAY}T00:00:00Z`); m.toISOString().slice(0, 10) <= LAST_DAY; m.setUTCMonth(m.getUTCMonth() + 1)) {
      const rate = Math.round(FX_BASE_RATE[cur] * rng.float(0.95, 1.05) * 1e6) / 1e6;
      values.push(`('${cur}', 'USD', ${rate}, '${m.toISOString().slice(0, 8)}15', ${sourceId})`);
    }
  }
  const saved = await tx.query<{ id: number; base: string; rate_on: string | Date }>(
    `insert into fx_rates (base, quote, rate, rate_on, source_id) values ${values.join(", ")}
     on conflict (base, quote, rate_on) do update set rate = fx_rates.rate returning id, base, rate_on::text as rate_on`,
  );
  return new Map(saved.map((r) => [`${r.base}|${String(r.rate_on).slice(0, 7)}`, Number(r.id)]));
}

const FACT_COLUMNS = ["id", "type", "key", "note", "verified", "approximate", "supersedes_id"];
const LINK_COLUMNS = ["fact_id", "source_id", "position", "quote"];

interface WriteOptions {
  first: number;
  n: number;
  sourceFirst: number;
  sources: number;
  chunk: number;
  links: { n: number };
  onProgress?: (p: GenerateProgress) => void;
}

/**
 * facts, then the entity rows, then their source links: one COPY each per chunk. The next chunk
 * is built while the database ingests the previous one (building yields to the event loop every
 * few thousand rows, so the socket keeps draining).
 */
async function writeEntities(tx: BulkTx, spec: EntitySpec, ctx: GenContext, o: WriteOptions): Promise<void> {
  const columns = Object.entries(getTableColumns(spec.table as PgTable));
  const names = columns.map(([, c]) => c.name);
  const table = getTableName(spec.table);
  let pending: Promise<void> = Promise.resolve();
  for (let start = 0; start < o.n; start += o.chunk) {
    const end = Math.min(o.n, start + o.chunk);
    const lines = { facts: [] as string[], rows: [] as string[], links: [] as string[] };
    for (let i = start; i < end; i++) {
      buildOne(spec, ctx, o, i, columns, lines);
      if ((i - start) % 2_000 === 1_999) await new Promise((r) => setImmediate(r));
    }
    await pending;
    pending = (async () => {
      await tx.copy("facts", FACT_COLUMNS, lines.facts);
      await tx.copy(table, names, lines.rows);
      await tx.copy("fact_sources", LINK_COLUMNS, lines.links);
      o.links.n += lines.links.length;
      o.onProgress?.({ table: spec.name, rows: end, total: o.n });
    })();
    pending.catch(() => undefined);
  }
  await pending;
}

function buildOne(
  spec: EntitySpec,
  ctx: GenContext,
  o: WriteOptions,
  i: number,
  columns: Array<[string, unknown]>,
  out: { facts: string[]; rows: string[]; links: string[] },
): void {
  const { rng } = ctx;
  const id = o.first + i;
  const { row, fact } = spec.build(ctx, i, id);
  const r = row as Record<string, CopyValue>;
  out.rows.push(copyLine(columns.map(([prop]) => r[prop] ?? null)));
  out.facts.push(
    copyLine([id, spec.type, `${spec.keyPrefix}${String(i + 1).padStart(7, "0")}`, rng.chance(0.1) ? "Synthetic record; figures are generated." : null,
      rng.chance(0.85), rng.chance(0.1), fact?.supersedesId ?? null]),
  );
  const picks = rng.distinct(rng.int(1, 3), o.sources);
  for (let p = 0; p < picks.length; p++) out.links.push(copyLine([id, o.sourceFirst + picks[p], p, rng.chance(0.1) ? "A synthetic quote." : null]));
}
