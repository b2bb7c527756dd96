import { getTableColumns } from "drizzle-orm";
import { ENTITIES, type EntityDescriptor } from "../writes/entities";
import type { FieldSpec } from "../writes/fields";
import { FACT_FIELDS } from "../writes/fact-fields";

/**
 * What the bulk import can write: fact types revised by superseding records (not companies or
 * sources, which are edited in place). Named on the command line by their list field
 * (`deals`, `stockMoves`), in any case, with - or _ as separators.
 */
export const IMPORTABLE = ENTITIES.filter((e) => e.factType !== null && !e.inPlace);

const norm = (s: string) => s.toLowerCase().replace(/[-_\s]/g, "");
const plural = (field: string) => (field.endsWith("y") ? `${field.slice(0, -1)}ies` : `${field}s`);

export function entityNamed(name: string): EntityDescriptor | null {
  const n = norm(name);
  return IMPORTABLE.find((e) => norm(e.field) === n || norm(plural(e.field)) === n || norm(e.typename) === n) ?? null;
}

/** The entity a file name suggests (`stock-moves-2026.csv` → stock moves), if exactly one does. */
export function entityFromFileName(file: string): EntityDescriptor | null {
  const base = norm(file.split(/[\\/]/).pop() ?? "");
  const hits = IMPORTABLE.filter((e) => base.includes(norm(plural(e.field))));
  return hits.length === 1 ? hits[0] : null;
}

export const entityNames = (): string[] => IMPORTABLE.map((e) => plural(e.field));

/** One importable column: the field, and the SQL column it lands in. */
export interface ImportColumn {
  spec: FieldSpec;
  /** The column in files (the GraphQL input field name; for references also without `Id`). */
  names: string[];
  /** The SQL column of the entity table (or of `facts` for note/verified/approximate). */
  sql: string;
  onFacts: boolean;
}

/** Columns every import file may have besides the entity's fields. */
export const META_COLUMNS = ["key", "source", "sourceUrl", "sourceTitle", "sourcePublisher", "sourcePublishedOn", "sourceKind", "quote"] as const;

export function importColumns(e: EntityDescriptor): ImportColumn[] {
  const table = getTableColumns(e.table) as Record<string, { name: string }>;
  const out: ImportColumn[] = [];
  for (const spec of e.fields) {
    const names = [spec.name];
    if ((spec.kind === "ref" || spec.kind === "refs") && /Ids?$/.test(spec.name)) names.push(spec.name.replace(/Ids?$/, spec.kind === "refs" ? "s" : ""));
    out.push({ spec, names, sql: table[spec.name].name, onFacts: false });
  }
  for (const spec of FACT_FIELDS) {
    if (spec.name === "publicOn") out.push({ spec, names: [spec.name], sql: table.publicOn.name, onFacts: false });
    else out.push({ spec, names: [spec.name], sql: spec.name, onFacts: true });
  }
  return out;
}

/** The natural key of a row without a `key` column: what identifies the fact in the world. */
export function derivedKey(e: EntityDescriptor, row: Record<string, unknown>, refKeys: (name: string) => string | null): string | null {
  const part = (v: unknown) => (v == null ? "" : String(v));
  let raw: string | null = null;
  if (e.typename === "StockMove") raw = `M-${part(row.symbol)}-${part(row.on)}-${part(row.window)}`;
  else if (e.typename === "Deal") raw = `D-${refKeys("providerId") ?? ""}-${refKeys("customerId") ?? part(row.counterpartyText)}-${part(row.kind)}-${part(row.announcedOn)}`;
  if (raw === null) return null;
  return raw.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^[^A-Za-z0-9]+/, "").slice(0, 80);
}
