import { notifyDataChanged } from "../src/cache/invalidation";
import { count, eq, getTableColumns, getTableName, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "../src/db/client";
import {
  bondRaises,
  capacityReports,
  companies,
  creditBackstops,
  deals,
  factSources,
  facts,
  fxRates,
  investmentPlans,
  marketIndicators,
  revenueReports,
  sites,
  sources,
  stockMoves,
} from "../src/db/tables";
import { readSeedInput, type SeedInput } from "./fact-base";
import { allFacts, mapSeed } from "./mapping";
import type { FactRef, FactSeed, FxSeed, Ref, SeedPlan, SourceSeed } from "./seed-types";

type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

/** Row counts per table after loading (whole tables, not just seeded rows). */
export interface SeedReport {
  sources: number;
  fxRates: number;
  facts: number;
  factSources: number;
  companies: number;
  sites: number;
  capacityReports: number;
  deals: number;
  creditBackstops: number;
  bondRaises: number;
  investmentPlans: number;
  revenueReports: number;
  stockMoves: number;
  marketIndicators: number;
}

const COUNTED: Record<keyof SeedReport, PgTable> = {
  sources,
  fxRates,
  facts,
  factSources,
  companies,
  sites,
  capacityReports,
  deals,
  creditBackstops,
  bondRaises,
  investmentPlans,
  revenueReports,
  stockMoves,
  marketIndicators,
};

/** True once any source row exists (the seed writes sources first, in the same transaction). */
export async function isSeeded(db: Db): Promise<boolean> {
  const rows = await db.select({ id: sources.id }).from(sources).limit(1);
  return rows.length > 0;
}

/**
 * Loads the fact base in one transaction. Idempotent by natural key: sources by key, facts by
 * (type, key), entity rows by their fact id, links by (fact, source); a second load rewrites the
 * same values and adds no row. One multi-row statement per table, ids come back via RETURNING,
 * so there is no query per row. Plain INSERT ... ON CONFLICT: works on PGlite and PostgreSQL.
 */
export async function loadSeed(db: Db, input: SeedInput = readSeedInput()): Promise<SeedReport> {
  const plan = mapSeed(input);
  const everyFact = allFacts(plan);
  return db.transaction(async (tx) => {
    const sourceIds = await upsertSources(tx, plan.sources);
    const fxIds = await upsertFxRates(tx, plan.fxRates, sourceIds);
    const factIds = await upsertFacts(tx, everyFact);
    await linkRevisions(tx, everyFact, factIds);
    await linkSources(tx, everyFact, factIds, sourceIds);
    await upsertEntities(tx, plan, new Resolver(factIds, fxIds));
    // Running servers drop cached answers (past asOf included) when this transaction commits.
    await notifyDataChanged(tx);
    return countRows(tx);
  });
}

/**
 * `set` for ON CONFLICT DO UPDATE: every column from the proposed row except `skip`. With `unedited`
 * (a condition on the existing row), a row an editor has changed since keeps its values: the seed
 * never overwrites editors' work (every edit bumps `version` above 1).
 */
function excludedSet(table: PgTable, skip: string[], unedited?: SQL): Record<string, SQL> {
  const set: Record<string, SQL> = {};
  const name = sql.identifier(getTableName(table));
  for (const [prop, column] of Object.entries(getTableColumns(table))) {
    if (skip.includes(prop)) continue;
    const col = sql.identifier(column.name);
    set[prop] = unedited ? sql`case when ${unedited} then excluded.${col} else ${name}.${col} end` : sql`excluded.${col}`;
  }
  return set;
}

/** Columns writes own: when recorded, by whom, the version and any retraction. A reload never touches them. */
const WRITE_COLUMNS = ["createdAt", "version", "recordedBy", "retractedAt", "retractedOn", "retractionReason"];

/** Originals first, then copies, because a copy's copy_of_id needs its original's id. */
async function upsertSources(tx: Tx, all: SourceSeed[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const batch of [all.filter((s) => !s.copyOf), all.filter((s) => s.copyOf)]) {
    if (batch.length === 0) continue;
    const rows = batch.map(({ copyOf, ...row }) => ({ ...row, copyOfId: copyOf ? must(ids, copyOf, "source") : null }));
    const saved = await tx
      .insert(sources)
      .values(rows)
      .onConflictDoUpdate({ target: sources.key, set: excludedSet(sources, ["id", ...WRITE_COLUMNS], sql`"sources"."version" = 1`) })
      .returning({ id: sources.id, key: sources.key });
    for (const s of saved) ids.set(s.key, s.id);
  }
  return ids;
}

async function upsertFxRates(tx: Tx, rates: FxSeed[], sourceIds: Map<string, number>): Promise<Map<string, number>> {
  if (rates.length === 0) return new Map();
  const rows = rates.map(({ key: _key, sourceKey, ...rate }) => ({ ...rate, sourceId: must(sourceIds, sourceKey, "source") }));
  const saved = await tx
    .insert(fxRates)
    .values(rows)
    .onConflictDoUpdate({ target: [fxRates.base, fxRates.quote, fxRates.rateOn], set: excludedSet(fxRates, ["id"]) })
    .returning({ id: fxRates.id, base: fxRates.base, quote: fxRates.quote, rateOn: fxRates.rateOn });
  return new Map(saved.map((r) => [`${r.base}/${r.quote}/${r.rateOn}`, r.id]));
}

const factKey = (f: FactRef) => `${f.type}:${f.key}`;

/** Facts by (type, key); created_at and supersedes_id are left alone here. */
async function upsertFacts(tx: Tx, all: FactSeed[]): Promise<Map<string, number>> {
  const rows = all.map((f) => ({ type: f.type, key: f.key, note: f.note, verified: f.verified, approximate: f.approximate }));
  const saved = await tx
    .insert(facts)
    .values(rows)
    .onConflictDoUpdate({ target: [facts.type, facts.key], set: excludedSet(facts, ["id", "supersedesId", ...WRITE_COLUMNS], sql`"facts"."version" = 1`) })
    .returning({ id: facts.id, type: facts.type, key: facts.key });
  return new Map(saved.map((f) => [factKey(f), f.id]));
}

/** Revisions (one today: CAP-IREN-2026-02 → CAP-IREN) need both ids, so they follow the insert. */
async function linkRevisions(tx: Tx, all: FactSeed[], ids: Map<string, number>): Promise<void> {
  for (const f of all.filter((x) => x.supersedes)) {
    const older = must(ids, factKey({ type: f.type, key: f.supersedes as string }), "fact");
    await tx.update(facts).set({ supersedesId: older }).where(eq(facts.id, must(ids, factKey(f), "fact")));
  }
}

async function linkSources(tx: Tx, all: FactSeed[], factIds: Map<string, number>, sourceIds: Map<string, number>) {
  const rows = all.flatMap((f) =>
    f.sourceKeys.map((key, position) => ({
      factId: must(factIds, factKey(f), "fact"),
      sourceId: must(sourceIds, key, "source"),
      position,
    })),
  );
  if (rows.length > 0) await tx.insert(factSources).values(rows).onConflictDoNothing();
}

/** Turns natural-key refs into ids; a missing target is a bug in the plan, so it throws. */
class Resolver {
  constructor(
    private readonly factIds: Map<string, number>,
    private readonly fxIds: Map<string, number>,
  ) {}

  factId(f: FactRef): number {
    return must(this.factIds, factKey(f), "fact");
  }

  ref(ref: Ref | FactRef[] | null): number | number[] | null {
    if (ref === null) return null;
    if (Array.isArray(ref)) return ref.map((r) => this.factId(r));
    if ("fx" in ref) return must(this.fxIds, ref.fx, "fx rate");
    return this.factId(ref);
  }

  row(seed: { fact: FactSeed; row: object; refs: object }): Record<string, unknown> {
    const resolved = Object.fromEntries(
      Object.entries(seed.refs).map(([column, ref]) => [column, this.ref(ref as Ref | FactRef[] | null)]),
    );
    return { ...seed.row, ...resolved, id: this.factId(seed.fact) };
  }
}

/** Entity tables in foreign-key order; each row's id is its fact's id. */
async function upsertEntities(tx: Tx, plan: SeedPlan, resolve: Resolver): Promise<void> {
  const groups: [PgTable & { id: AnyPgColumn }, { fact: FactSeed; row: object; refs: object }[]][] = [
    [companies, plan.companies],
    [sites, plan.sites],
    [capacityReports, plan.capacityReports],
    [deals, plan.deals],
    [creditBackstops, plan.creditBackstops],
    [bondRaises, plan.bondRaises],
    [investmentPlans, plan.investmentPlans],
    [revenueReports, plan.revenueReports],
    [stockMoves, plan.stockMoves],
    [marketIndicators, plan.marketIndicators],
  ];
  for (const [table, seeds] of groups) {
    if (seeds.length === 0) continue;
    // The rows match the table's insert type by construction (EntitySeed); the cast only
    // bridges the heterogeneous list above.
    const rows = seeds.map((s) => resolve.row(s)) as never[];
    // superseded_on is the database's (triggers); a company edited in place keeps its edit.
    const unedited = table === companies ? sql`(select f.version from facts f where f.id = "companies"."id") = 1` : undefined;
    await tx.insert(table).values(rows).onConflictDoUpdate({ target: table.id, set: excludedSet(table, ["id", "supersededOn"], unedited) });
  }
}

async function countRows(tx: Tx): Promise<SeedReport> {
  const report = {} as SeedReport;
  for (const [name, table] of Object.entries(COUNTED) as [keyof SeedReport, PgTable][]) {
    const [row] = await tx.select({ n: count() }).from(table);
    report[name] = Number(row?.n ?? 0);
  }
  return report;
}

function must<K, V>(map: Map<K, V>, key: K, what: string): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed: unknown ${what} "${String(key)}"`);
  return value;
}
