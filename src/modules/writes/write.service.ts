import { randomBytes } from "node:crypto";
import { and, eq, getTableColumns, inArray, sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { facts, factSources, sources } from "../../db/tables";
import { fromGlobalId, type NodeType } from "../../shared/global-id";
import { today } from "../../shared/time-travel";
import type { EventBus } from "../../events/types";
import { rowsOf } from "../aggregates/rows";
import { afterWrite } from "./after-write";
import { SOURCE, type EntityDescriptor } from "./entities";
import { FACT_FIELDS, publicOnFor } from "./fact-fields";
import { checkInput, checkSourceRefs, constraintRefusal, KEY_RE, Problems } from "./write.checks";
import { readBack, record, snapshot, type Tx } from "./write.record";
import type { SourceRefShape, UserErrorShape, WriteCommand, WriteOutcome, Writer } from "./write.types";

type Row = Record<string, unknown>;

/** Thrown inside the transaction to roll it back with the user errors found. */
class Refused extends Error {
  constructor(readonly userErrors: UserErrorShape[]) {
    super("write refused");
  }
}

/**
 * THE write path: create, revise or retract one record of any type, in one transaction, with its
 * sources and its audit entry; every problem comes back as a user error (nothing is written), and
 * after commit the caches and subscribers hear of it. Resolvers and tools call only this.
 */
export async function writeRecord(db: Db, writer: Writer, cmd: WriteCommand, events?: EventBus | null): Promise<WriteOutcome> {
  const problems = new Problems();
  const values = checkInput(cmd, problems);
  const refs = cmd.entity.factType || cmd.action === "RETRACT" ? checkSourceRefs(cmd, problems) : [];
  if (cmd.action === "RETRACT" && !String(cmd.reason ?? "").trim()) problems.add("reason", "Say why the record is retracted.", "REQUIRED");
  if (cmd.action !== "CREATE" && !(Number.isInteger(cmd.version) && (cmd.version as number) >= 1)) problems.add("version", "The version read (a whole number from 1).", "INVALID");
  if (cmd.action === "CREATE" && cmd.key != null && !KEY_RE.test(cmd.key)) problems.add("key", "Letters, digits and . _ ~ - only (at most 80).", "INVALID");
  let outcome: Omit<WriteOutcome, "userErrors">;
  try {
    outcome = await db.transaction(async (tx) => {
      const done = await apply(tx, writer, cmd, values, refs, problems);
      if (problems.any || !done) throw new Refused(problems.list);
      return done;
    });
  } catch (err) {
    if (err instanceof Refused) return { row: null, audit: null, change: null, userErrors: err.userErrors };
    const refusal = constraintRefusal(err);
    if (refusal) return { row: null, audit: null, change: null, userErrors: [refusal] };
    throw err;
  }
  await afterWrite(db, events, outcome.change ? [outcome.change] : []);
  return { ...outcome, userErrors: [] };
}

/** The database part: resolve and lock what the write names, check, then write. */
async function apply(tx: Tx, writer: Writer, cmd: WriteCommand, values: Row, refs: SourceRefShape[], problems: Problems) {
  const e = cmd.entity;
  const target = cmd.action === "CREATE" ? null : await lockTarget(tx, cmd, problems);
  if (cmd.action !== "CREATE" && !target) return null;
  const sourceIds = await resolveSources(tx, refs, problems);
  if (cmd.action === "RETRACT") {
    if (e.inPlace) await checkNotInUse(tx, e, target!.id as number, problems);
    if (problems.any) return null;
    return retract(tx, writer, cmd, target!, sourceIds);
  }
  const current = target ? stripRow(e, target) : {};
  const merged: Row = { ...current, ...values };
  for (const spec of e.fields) if (spec.required && merged[spec.name] == null && values[spec.name] === undefined && cmd.action !== "CREATE") problems.add(`input.${spec.name}`, "Required.", "REQUIRED");
  const row = await resolveRefs(tx, e, merged, values, problems);
  for (const p of e.check?.(row) ?? []) problems.add(p.field, p.message, p.code);
  await checkUnique(tx, e, row, target?.id as number | undefined, problems);
  const key = cmd.action === "CREATE" ? (cmd.key ?? `${e.keyPrefix}-${randomBytes(5).toString("hex").toUpperCase()}`) : null;
  if (key && (await keyTaken(tx, e, key))) problems.add("key", `The key ${key} is already used.`, "TAKEN");
  if (problems.any) return null;
  const newSourceIds = await insertSources(tx, writer, refs, sourceIds);
  if (!e.factType) return writeSource(tx, writer, cmd, target, row, key);
  if (e.inPlace && target) return updateInPlace(tx, writer, cmd, target, row, newSourceIds, refs);
  return insertFact(tx, writer, cmd, target, row, key, newSourceIds, refs);
}

/** REVISE / RETRACT: the record's current head, locked; its version must be the one read. */
async function lockTarget(tx: Tx, cmd: WriteCommand, problems: Problems): Promise<Row | null> {
  const e = cmd.entity;
  const decoded = cmd.id ? fromGlobalId(cmd.id) : null;
  if (!decoded || decoded.type !== e.typename) {
    problems.add("id", `Not a ${e.typename} ID.`, "INVALID");
    return null;
  }
  if (!e.factType) {
    const [row] = await tx.select().from(sources).where(eq(sources.key, decoded.key)).for("update");
    return versionCheck((row as Row) ?? null, cmd, problems);
  }
  const [found] = await tx.select({ id: facts.id }).from(facts).where(and(eq(facts.type, e.factType), eq(facts.key, decoded.key)));
  if (!found) {
    problems.add("id", `No ${e.typename} with this ID.`, "NOT_FOUND");
    return null;
  }
  // The latest revision of the chain this record belongs to; a write names any revision of it.
  const [head] = await rowsOf<Row>(tx as unknown as Db, sql`
    with recursive chain(id, depth) as (
      select ${Number(found.id)}::bigint, 0
      union all select f.id, c.depth + 1 from facts f join chain c on f.supersedes_id = c.id where c.depth < 1000)
    select id from chain order by depth desc limit 1`);
  const headId = Number(head.id);
  // A stale version is refused before queueing for the lock behind the writer that made it stale.
  const [unlocked] = await tx.select({ version: facts.version }).from(facts).where(eq(facts.id, headId));
  if (unlocked && unlocked.version !== cmd.version) {
    problems.add("version", `Version ${cmd.version} is stale: the record is at version ${unlocked.version}. Read it again and retry.`, "VERSION_CONFLICT");
    return null;
  }
  await tx.select({ id: facts.id }).from(facts).where(eq(facts.id, headId)).for("update");
  // Read after the lock: a revision committed meanwhile is seen now, and the write is stale.
  const [newer] = await tx.select({ id: facts.id, version: facts.version }).from(facts).where(eq(facts.supersedesId, headId)).limit(1);
  if (newer) {
    problems.add("version", `Version ${cmd.version} is stale: the record was revised meanwhile (now version ${newer.version}).`, "VERSION_CONFLICT");
    return null;
  }
  const [row] = await tx
    .select({ ...getTableColumns(e.table), factKey: facts.key, version: facts.version, retractedAt: facts.retractedAt, note: facts.note, verified: facts.verified, approximate: facts.approximate })
    .from(e.table)
    .innerJoin(facts, eq(facts.id, e.table.id))
    .where(eq(e.table.id, headId));
  return versionCheck(row ?? null, cmd, problems);
}

function versionCheck(row: Row | null, cmd: WriteCommand, problems: Problems): Row | null {
  if (!row) {
    problems.add("id", `No ${cmd.entity.typename} with this ID.`, "NOT_FOUND");
    return null;
  }
  if (row.retractedAt != null) {
    problems.add("id", `This ${cmd.entity.typename} was retracted; it cannot be changed.`, "RETRACTED");
    return null;
  }
  if (row.version !== cmd.version) {
    problems.add("version", `Version ${cmd.version} is stale: the record is at version ${row.version}. Read it again and retry.`, "VERSION_CONFLICT");
    return null;
  }
  return row;
}

/** The writable fields of a current row (the base a revision changes). */
function stripRow(e: EntityDescriptor, row: Row): Row {
  const out: Row = {};
  for (const spec of e.fields) out[spec.name] = row[spec.name] ?? null;
  if (e.factType) for (const spec of FACT_FIELDS) out[spec.name] = row[spec.name] ?? null;
  out.publicOn = undefined;
  return out;
}

/** Global IDs of references → database ids; unknown or retracted targets are user errors. */
async function resolveRefs(tx: Tx, e: EntityDescriptor, merged: Row, given: Row, problems: Problems): Promise<Row> {
  const row: Row = { ...merged };
  for (const spec of e.fields.filter((s) => s.kind === "ref" || s.kind === "refs")) {
    const value = merged[spec.name];
    if (value == null || given[spec.name] === undefined) continue; // kept from the revision: already ids
    const ids = spec.kind === "refs" ? (value as string[]) : [value as string];
    const resolved: number[] = [];
    for (const [i, id] of ids.entries()) {
      const path = spec.kind === "refs" ? `input.${spec.name}.${i}` : `input.${spec.name}`;
      const d = fromGlobalId(String(id));
      if (!d || d.type !== spec.ref) {
        problems.add(path, `Not a ${spec.ref} ID.`, "INVALID");
        continue;
      }
      const [hit] = await tx.select({ id: facts.id, retractedAt: facts.retractedAt }).from(facts).where(and(eq(facts.type, FACT_TYPE_OF[spec.ref!] as never), eq(facts.key, d.key)));
      if (!hit) problems.add(path, `No ${spec.ref} with this ID.`, "NOT_FOUND");
      else if (hit.retractedAt != null) problems.add(path, `This ${spec.ref} is retracted.`, "RETRACTED");
      else resolved.push(Number(hit.id));
    }
    row[spec.name] = spec.kind === "refs" ? resolved : (resolved[0] ?? null);
  }
  return row;
}

const FACT_TYPE_OF: Partial<Record<NodeType, string>> = { Company: "COMPANY", Site: "SITE", Deal: "DEAL", CreditBackstop: "CREDIT_BACKSTOP" };

async function checkUnique(tx: Tx, e: EntityDescriptor, row: Row, selfId: number | undefined, problems: Problems) {
  for (const name of e.unique ?? []) {
    if (row[name] == null) continue;
    const column = getTableColumns(e.table)[name];
    const [hit] = await tx.select({ id: e.table.id }).from(e.table).where(eq(column, row[name] as string)).limit(1);
    if (hit && hit.id !== selfId) problems.add(`input.${name}`, `${row[name]} is already used by another ${e.typename}.`, "TAKEN");
  }
}

async function keyTaken(tx: Tx, e: EntityDescriptor, key: string): Promise<boolean> {
  const [hit] = e.factType
    ? await tx.select({ id: facts.id }).from(facts).where(and(eq(facts.type, e.factType), eq(facts.key, key))).limit(1)
    : await tx.select({ id: sources.id }).from(sources).where(eq(sources.key, key)).limit(1);
  return hit !== undefined;
}

async function resolveSources(tx: Tx, refs: SourceRefShape[], problems: Problems): Promise<Array<number | null>> {
  const out: Array<number | null> = [];
  for (const [i, ref] of refs.entries()) {
    if (ref.id == null) {
      out.push(null);
      continue;
    }
    const d = fromGlobalId(ref.id);
    const [hit] = d?.type === "Source" ? await tx.select({ id: sources.id, retractedAt: sources.retractedAt }).from(sources).where(eq(sources.key, d.key)) : [];
    if (!d || d.type !== "Source") problems.add(`sources.${i}.id`, "Not a Source ID.", "INVALID");
    else if (!hit) problems.add(`sources.${i}.id`, "No source with this ID.", "NOT_FOUND");
    else if (hit.retractedAt != null) problems.add(`sources.${i}.id`, "This source is retracted.", "RETRACTED");
    out.push(hit?.id ?? null);
  }
  const seen = new Set<number>();
  out.forEach((id, i) => {
    if (id != null && seen.has(id)) problems.add(`sources.${i}.id`, "The same source is named twice.", "INVALID");
    if (id != null) seen.add(id);
  });
  return out;
}

async function insertSources(tx: Tx, writer: Writer, refs: SourceRefShape[], ids: Array<number | null>): Promise<number[]> {
  const out: number[] = [];
  for (const [i, ref] of refs.entries()) {
    if (ids[i] != null) {
      out.push(ids[i]!);
      continue;
    }
    const n = ref.new!;
    const [row] = await tx
      .insert(sources)
      .values({ key: `SRC-${randomBytes(5).toString("hex").toUpperCase()}`, title: String(n.title).trim(), publisher: String(n.publisher).trim(), url: String(n.url).trim(), publishedOn: String(n.publishedOn), kind: (n.kind as never) ?? "NEWS", note: (n.note as string) ?? null, recordedBy: writer.keyId })
      .returning({ id: sources.id });
    out.push(row.id);
  }
  return out;
}

async function checkNotInUse(tx: Tx, e: EntityDescriptor, id: number, problems: Problems) {
  const used = e.factType
    ? sql`select 1 from facts f where f.retracted_at is null and f.id <> ${id} and f.id in (
        select id from deals where ${id} in (provider_id, customer_id, end_customer_id) union all
        select id from sites where company_id = ${id} union all
        select id from credit_backstops where ${id} in (guarantor_id, beneficiary_id, obligor_id) union all
        select id from bond_raises where issuer_id = ${id} union all
        select id from investment_plans where company_id = ${id} or ${id} = any(company_ids) union all
        select id from revenue_reports where company_id = ${id} union all
        select id from capacity_reports where company_id = ${id} union all
        select id from stock_moves where company_id = ${id}) limit 1`
    : sql`select 1 from fact_sources fs join facts f on f.id = fs.fact_id where fs.source_id = ${id} and f.retracted_at is null limit 1`;
  const rows = await rowsOf<Row>(tx as unknown as Db, used);
  if (rows.length) problems.add("id", `Current facts still name this ${e.typename}; retract or revise them first.`, "IN_USE");
}

async function retract(tx: Tx, writer: Writer, cmd: WriteCommand, target: Row, sourceIds: Array<number | null>) {
  const e = cmd.entity;
  const id = target.id as number;
  const reason = String(cmd.reason).trim();
  const version = (target.version as number) + 1;
  const before = snapshot(e, target);
  if (e.factType) {
    await tx.update(facts).set({ retractedAt: sql`now()`, retractedOn: today(), retractionReason: reason, version, recordedBy: writer.keyId }).where(eq(facts.id, id));
  } else {
    await tx.update(sources).set({ retractedAt: sql`now()`, retractionReason: reason, version, recordedBy: writer.keyId }).where(eq(sources.id, id));
  }
  const row = await readBack(tx, e, id);
  return record(tx, writer, e, "RETRACT", row, { before, previousId: null, sourceIds: sourceIds.filter((x): x is number => x != null), reason });
}

async function insertFact(tx: Tx, writer: Writer, cmd: WriteCommand, target: Row | null, row: Row, key: string | null, sourceIds: number[], refs: SourceRefShape[]) {
  const e = cmd.entity;
  const factKey = key ?? revisionKey(String(target!.factKey), (target!.version as number) + 1);
  const version = target ? (target.version as number) + 1 : 1;
  const [fact] = await tx
    .insert(facts)
    .values({ type: e.factType!, key: factKey, note: (row.note as string) ?? null, verified: (row.verified as boolean) ?? true, approximate: (row.approximate as boolean) ?? false, supersedesId: (target?.id as number) ?? null, version, recordedBy: writer.keyId })
    .returning({ id: facts.id });
  const sourceDays = (await tx.select({ d: sources.publishedOn }).from(sources).where(inArray(sources.id, sourceIds))).map((r) => r.d);
  const entityRow = entityValues(e, row);
  entityRow.publicOn = row.publicOn ?? publicOnFor(e, row, sourceDays);
  await tx.insert(e.table).values({ ...entityRow, id: fact.id } as never);
  await tx.insert(factSources).values(sourceIds.map((sourceId, position) => ({ factId: fact.id, sourceId, position, quote: refs[position]?.quote ?? null })));
  const written = await readBack(tx, e, fact.id);
  return record(tx, writer, e, target ? "REVISE" : "CREATE", written, { before: target ? snapshot(e, target) : null, previousId: (target?.id as number) ?? null, sourceIds });
}

/** Companies: other rows point at them, so an edit changes the row itself (the audit keeps the before). */
async function updateInPlace(tx: Tx, writer: Writer, cmd: WriteCommand, target: Row, row: Row, sourceIds: number[], refs: SourceRefShape[]) {
  const e = cmd.entity;
  const id = target.id as number;
  const before = snapshot(e, target);
  await tx.update(e.table).set(entityValues(e, row) as never).where(eq(e.table.id, id));
  await tx.update(facts).set({ note: (row.note as string) ?? null, verified: (row.verified as boolean) ?? true, approximate: (row.approximate as boolean) ?? false, version: (target.version as number) + 1, recordedBy: writer.keyId }).where(eq(facts.id, id));
  const max = await rowsOf<Row>(tx as unknown as Db, sql`select coalesce(max(position), -1) as p from fact_sources where fact_id = ${id}`);
  const start = Number(max[0]?.p ?? -1) + 1;
  await tx.insert(factSources).values(sourceIds.map((sourceId, i) => ({ factId: id, sourceId, position: start + i, quote: refs[i]?.quote ?? null }))).onConflictDoNothing();
  const written = await readBack(tx, e, id);
  return record(tx, writer, e, "UPDATE", written, { before, previousId: null, sourceIds });
}

async function writeSource(tx: Tx, writer: Writer, cmd: WriteCommand, target: Row | null, row: Row, key: string | null) {
  const values = { ...entityValues(SOURCE, row), recordedBy: writer.keyId } as Row;
  if (target) {
    await tx.update(sources).set({ ...values, version: (target.version as number) + 1 } as never).where(eq(sources.id, target.id as number));
    const written = await readBack(tx, SOURCE, target.id as number);
    return record(tx, writer, SOURCE, "UPDATE", written, { before: snapshot(SOURCE, target), previousId: null, sourceIds: [target.id as number] });
  }
  const [made] = await tx
    .insert(sources)
    .values({ ...values, kind: (values.kind as never) ?? "NEWS", key: key ?? `SRC-${randomBytes(5).toString("hex").toUpperCase()}`, isSeed: false } as never)
    .returning({ id: sources.id });
  const written = await readBack(tx, SOURCE, made.id);
  return record(tx, writer, SOURCE, "CREATE", written, { before: null, previousId: null, sourceIds: [made.id] });
}

/** `D-IREN-MSFT` → `D-IREN-MSFT~v2` (a revision's key; global IDs are built from keys). */
function revisionKey(key: string, version: number): string {
  return `${key.replace(/~v\d+$/, "")}~v${version}`;
}

/** A row as stored: the fields given, with the table defaults the write path fills in (the bulk import uses it too). */
export function entityValues(e: EntityDescriptor, row: Row): Row {
  const out: Row = {};
  for (const spec of e.fields) if (row[spec.name] !== undefined) out[spec.name] = row[spec.name];
  if (e === SOURCE) return out;
  if (out.currency == null && "currency" in getTableColumns(e.table)) out.currency = "USD";
  for (const spec of e.fields) if (spec.kind === "precision" && out[spec.name] == null && out[spec.name.replace(/Precision$/, "On")] != null) out[spec.name] = "DAY";
  if (e.typename === "StockMove" && out.moveType == null) out.moveType = String(out.window).toLowerCase();
  if (e.typename === "InvestmentPlan" && out.companyIds == null) out.companyIds = out.companyId != null ? [out.companyId] : [];
  for (const b of ["isIndex", "unresolved", "isReportedTotal"]) if (b in out && out[b] == null) out[b] = false;
  if (e.typename === "CapacityReport" && out.basis == null) out.basis = "CURRENT";
  return out;
}

