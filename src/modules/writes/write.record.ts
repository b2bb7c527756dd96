import { eq, getTableColumns, inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditEntries, companies, facts, sites, sources, type AuditEntryRow } from "../../db/tables";
import { toGlobalId } from "../../shared/global-id";
import type { FactChange } from "../../events/types";
import type { EntityDescriptor } from "./entities";
import type { Writer } from "./write.types";

export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];
type Row = Record<string, unknown>;

/** The record after the write, with its fact columns: what the payload and the audit show. */
export async function readBack(tx: Tx, e: EntityDescriptor, id: number): Promise<Row> {
  if (!e.factType) {
    const [row] = await tx.select().from(sources).where(eq(sources.id, id));
    return row as Row;
  }
  const [row] = await tx
    .select({ ...getTableColumns(e.table), key: facts.key, factKey: facts.key, note: facts.note, verified: facts.verified, approximate: facts.approximate, supersedesId: facts.supersedesId, version: facts.version, retractedAt: facts.retractedAt, retractedOn: facts.retractedOn, retractionReason: facts.retractionReason })
    .from(e.table)
    .innerJoin(facts, eq(facts.id, e.table.id))
    .where(eq(e.table.id, id));
  return row as Row;
}

/** The record as the audit keeps it: its table's columns and its provenance flags. */
export function snapshot(e: EntityDescriptor, row: Row): Row {
  const out: Row = {};
  for (const name of Object.keys(getTableColumns(e.table))) out[name] = row[name] ?? null;
  if (e.factType) for (const k of ["note", "verified", "approximate", "supersedesId", "version", "retractedOn", "retractionReason"]) out[k] = row[k] ?? null;
  out.key = row.factKey ?? row.key;
  out.version = row.version;
  return out;
}

export async function record(tx: Tx, writer: Writer, e: EntityDescriptor, action: "CREATE" | "REVISE" | "RETRACT" | "UPDATE", row: Row, x: { before: Row | null; previousId: number | null; sourceIds: number[]; reason?: string }) {
  const key = String(row.factKey ?? row.key);
  const [audit] = await tx
    .insert(auditEntries)
    .values({ keyId: writer.keyId, actor: writer.actor, action, typename: e.typename, recordId: row.id as number, recordKey: key, previousId: x.previousId, version: row.version as number, before: x.before, after: snapshot(e, row), sourceIds: x.sourceIds, reason: x.reason ?? null })
    .returning();
  const change = await factChange(tx, e, row, audit);
  return { row, audit, change };
}

/** The event subscribers get: which companies and which countries' sectors the write can change. */
async function factChange(tx: Tx, e: EntityDescriptor, row: Row, audit: AuditEntryRow): Promise<FactChange> {
  const companyIds = new Set<number>();
  if (e.typename === "Company") companyIds.add(row.id as number);
  for (const spec of e.fields) {
    if (spec.ref !== "Company") continue;
    const v = row[spec.name];
    for (const id of Array.isArray(v) ? v : v == null ? [] : [v]) companyIds.add(Number(id));
  }
  const ids = [...companyIds];
  const countries = new Set<string>();
  if (e.countryField && row[e.countryField]) countries.add(String(row[e.countryField]));
  const keys = new Map<number, string>();
  if (ids.length) {
    for (const r of await tx.select({ id: facts.id, key: facts.key }).from(facts).where(inArray(facts.id, ids))) keys.set(r.id, r.key);
    for (const r of await tx.select({ c: companies.country }).from(companies).where(inArray(companies.id, ids))) if (r.c) countries.add(r.c);
    for (const r of await tx.selectDistinct({ c: sites.country }).from(sites).where(inArray(sites.companyId, ids))) countries.add(r.c);
  }
  return {
    changeId: String(audit.id),
    action: audit.action as FactChange["action"],
    typename: e.typename,
    nodeId: toGlobalId(e.typename, audit.recordKey),
    companyIds: ids.filter((id) => keys.has(id)).map((id) => toGlobalId("Company", keys.get(id)!)),
    countries: [...countries].sort(),
    at: new Date(audit.at).toISOString(),
  };
}
