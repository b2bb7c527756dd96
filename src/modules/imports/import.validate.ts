import { fromGlobalId, type NodeType } from "../../shared/global-id";
import { isIsoDay } from "../../shared/scalars";
import type { EntityDescriptor } from "../writes/entities";
import { SOURCE } from "../writes/entities";
import { checkValue, type FieldSpec } from "../writes/fields";
import { publicOnFor } from "../writes/fact-fields";
import { entityValues } from "../writes/write.service";
import type { FileRecord } from "./import.read";
import { derivedKey, importColumns, META_COLUMNS, type ImportColumn } from "./import.specs";

export interface RowError {
  /** 1-based record number (0: the header / the whole file). */
  row: number;
  line: number | null;
  column: string;
  message: string;
}

/** A source a row cites: an existing one (key or global ID), or a new one (its fields). */
export type SourceRef = { existing: string } | { new: Record<string, unknown> };

/** A row whose values passed the field checks; references still as given (resolved later). */
interface CheckedRow {
  row: number;
  line: number | null;
  values: Record<string, unknown>;
  key: string | null;
  source: SourceRef | null;
  quote: string | null;
  /** A field check failed: still checked against the database (every error is reported), never written. */
  bad: boolean;
}

/** What the database says about the references and sources rows name. */
export interface Lookups {
  /** `Type` → given reference (key, global ID; companies also slug or ticker, any case) → database id, or a reason it cannot be used. */
  ref(type: NodeType, given: string): { id: number; key: string } | { problem: string };
  /** An existing source by key or global ID. */
  source(given: string): { id: number; publishedOn: string | null } | { problem: string };
}

/** A row ready to write: SQL column → value, its key, its source and the companies it concerns. */
export interface ReadyRow {
  n: number;
  key: string;
  columns: Record<string, unknown>;
  note: string | null;
  verified: boolean;
  approximate: boolean;
  sourceId: number | null;
  /** A new source, by URL (created once per URL, or reused when one with that URL exists). */
  newSourceUrl: string | null;
  quote: string | null;
  companyIds: number[];
}

const META_LOWER = new Set<string>(META_COLUMNS.map((m) => m.toLowerCase()));
const KEY_RE = /^[A-Za-z0-9][A-Za-z0-9._~-]{0,79}$/;
const TRUE = new Set(["true", "1", "yes", "y"]);
const FALSE = new Set(["false", "0", "no", "n"]);

/** A file value as the field checks expect it: CSV gives text, JSON gives typed values. */
function coerce(spec: FieldSpec, raw: unknown): { value: unknown } | { problem: string } {
  if (raw === undefined || raw === null) return { value: raw };
  if (typeof raw === "string" && raw.trim() === "") return { value: undefined };
  const s = typeof raw === "string" ? raw.trim() : raw;
  switch (spec.kind) {
    case "money":
    case "mw":
    case "pct":
    case "number":
    case "int":
    case "count": {
      const n = typeof s === "number" ? s : Number(s);
      return Number.isNaN(n) ? { problem: `"${String(s).slice(0, 40)}" is not a number.` } : { value: n };
    }
    case "bool": {
      if (typeof s === "boolean") return { value: s };
      const t = String(s).toLowerCase();
      return TRUE.has(t) ? { value: true } : FALSE.has(t) ? { value: false } : { problem: "Must be true or false." };
    }
    case "enum":
    case "precision": {
      const allowed = spec.kind === "precision" ? ["DAY", "MONTH", "YEAR"] : Object.values(spec.enumType ?? {});
      const t = String(s).toUpperCase();
      return allowed.includes(t) ? { value: t } : { problem: `Must be one of ${allowed.join(", ")}.` };
    }
    case "date":
      return typeof s === "string" && isIsoDay(s) ? { value: s } : { problem: "Must be a day, YYYY-MM-DD." };
    case "refs":
      return { value: Array.isArray(s) ? s.map(String) : String(s).split(/[;|]/).map((x) => x.trim()).filter(Boolean) };
    default:
      return { value: typeof s === "string" ? s : String(s) };
  }
}

/**
 * Checks every row, all of them: field by field as it is read (check()), then against the
 * database (finish()). Every problem is kept with its row and column; nothing stops at the first.
 */
export class RowChecker {
  readonly errors: RowError[] = [];
  private readonly columns: ImportColumn[];
  private readonly byName = new Map<string, ImportColumn>();
  private readonly rows: CheckedRow[] = [];
  private headerChecked = false;
  private header: string[] = [];
  /** The file's own spelling of each column, by lower case (columns match case-insensitively). */
  private readonly spelling = new Map<string, string>();

  constructor(
    readonly entity: EntityDescriptor,
    private readonly defaultSource: SourceRef | null,
  ) {
    this.columns = importColumns(entity);
    for (const c of this.columns) for (const name of c.names) this.byName.set(name.toLowerCase(), c);
  }

  /** Rows read so far. */
  get count(): number {
    return this.rows.length;
  }

  private fail(rec: { row: number; line: number | null }, column: string, message: string) {
    this.errors.push({ row: rec.row, line: rec.line, column, message });
  }

  check(rec: FileRecord): void {
    const names = Object.keys(rec.values);
    const unknown = (name: string) => !this.byName.has(name.toLowerCase()) && !META_LOWER.has(name.toLowerCase());
    const notField = (name: string) => `Not a field of ${this.entity.typename} (fields: ${this.columns.map((c) => c.names[0]).join(", ")}; and ${META_COLUMNS.join(", ")}).`;
    if (!this.headerChecked) {
      this.headerChecked = true;
      this.header = names;
      for (const name of names) this.spelling.set(name.toLowerCase(), name);
      // CSV: the header row (reported once, as row 0); JSON: the first object's keys.
      for (const name of names) if (unknown(name)) this.fail(rec.csv ? { row: 0, line: 1 } : rec, name, notField(name));
    } else if (names.length !== this.header.length || names.some((n, i) => n !== this.header[i])) {
      // JSON objects may each have their own keys.
      for (const name of names) if (unknown(name)) this.fail(rec, name, notField(name));
    }
    if ("__notObject" in rec.values || "__notJson" in rec.values) return this.fail(rec, "", "Not a JSON object.");
    const values: Record<string, unknown> = {};
    let ok = true;
    const get = (name: string) => rec.values[name] ?? rec.values[this.spelling.get(name.toLowerCase()) ?? name];
    for (const col of this.columns) {
      const name = col.names.find((n) => rec.values[n] !== undefined) ?? col.names[0];
      const coerced = coerce(col.spec, get(name));
      if ("problem" in coerced) {
        this.fail(rec, name, coerced.problem);
        ok = false;
        continue;
      }
      if (coerced.value === undefined || coerced.value === null) {
        if (col.spec.required) {
          this.fail(rec, name, "Required.");
          ok = false;
        }
        continue;
      }
      const checked = checkValue(col.spec, coerced.value, name);
      if ("code" in checked) {
        this.fail(rec, name, checked.message);
        ok = false;
      } else values[col.spec.name] = checked.value;
    }
    const keyRaw = get("key");
    const key = keyRaw == null || String(keyRaw).trim() === "" ? null : String(keyRaw).trim();
    if (key !== null && (!KEY_RE.test(key) || /~v\d+$/.test(key))) {
      this.fail(rec, "key", "Letters, digits and . _ ~ - only (at most 80), not ending like a revision key (~v2).");
      ok = false;
    }
    const source = this.sourceOf(rec, get);
    if (source === false) ok = false;
    const quoteRaw = get("quote");
    const quote = quoteRaw == null || String(quoteRaw).trim() === "" ? null : String(quoteRaw).trim();
    if (quote !== null && quote.length > 4_000) {
      this.fail(rec, "quote", "A quote is at most 4000 characters.");
      ok = false;
    }
    this.rows.push({ row: rec.row, line: rec.line, values, key, source: source || null, quote, bad: !ok });
  }

  /** The row's source, the default (--source), or a problem (false). */
  private sourceOf(rec: FileRecord, get: (name: string) => unknown): SourceRef | null | false {
    const text = (name: string) => {
      const v = get(name);
      return v == null || String(v).trim() === "" ? null : String(v).trim();
    };
    const existing = text("source");
    const url = text("sourceUrl");
    if (existing && url) {
      this.fail(rec, "source", "Give either `source` (an existing source) or `sourceUrl` and its fields (a new one), not both.");
      return false;
    }
    if (existing) return { existing };
    if (url) {
      const fields: Record<string, unknown> = { url, title: text("sourceTitle"), publisher: text("sourcePublisher"), publishedOn: text("sourcePublishedOn"), kind: text("sourceKind")?.toUpperCase() ?? null };
      let ok = true;
      for (const spec of SOURCE.fields) {
        const column = `source${spec.name[0].toUpperCase()}${spec.name.slice(1)}`;
        if (fields[spec.name] == null) {
          if (spec.required) {
            this.fail(rec, column, "Required for a new source.");
            ok = false;
          }
          continue;
        }
        const checked = checkValue(spec, fields[spec.name], column);
        if ("code" in checked) {
          this.fail(rec, column, checked.message);
          ok = false;
        }
      }
      return ok ? { new: fields } : false;
    }
    if (this.defaultSource) return this.defaultSource;
    this.fail(rec, "source", "Every row needs a source: a `source` column (an existing source's key or ID), `sourceUrl` with its fields, or --source.");
    return false;
  }

  /** References that need the database: type → given values. */
  references(): { refs: Map<NodeType, Set<string>>; sources: Set<string> } {
    const refs = new Map<NodeType, Set<string>>();
    const sources = new Set<string>();
    const refCols = this.columns.filter((c) => c.spec.kind === "ref" || c.spec.kind === "refs");
    for (const r of this.rows) {
      for (const c of refCols) {
        const v = r.values[c.spec.name];
        if (v == null) continue;
        const set = refs.get(c.spec.ref!) ?? new Set<string>();
        for (const x of Array.isArray(v) ? v : [v]) set.add(String(x));
        refs.set(c.spec.ref!, set);
      }
      if (r.source && "existing" in r.source) sources.add(r.source.existing);
    }
    return { refs, sources };
  }

  /** Resolves references, computes keys and public days, checks cross-field rules and duplicate keys. */
  finish(look: Lookups, newSourceDays: (url: string) => string | null): ReadyRow[] {
    const e = this.entity;
    const out: ReadyRow[] = [];
    const seen = new Map<string, number>();
    const refCols = this.columns.filter((c) => c.spec.kind === "ref" || c.spec.kind === "refs");
    for (const r of this.rows) {
      let ok = true;
      const row: Record<string, unknown> = { ...r.values };
      const refKeys = new Map<string, string>();
      const companyIds: number[] = [];
      for (const c of refCols) {
        const v = r.values[c.spec.name];
        if (v == null) continue;
        const ids: number[] = [];
        for (const given of Array.isArray(v) ? v : [v]) {
          const hit = look.ref(c.spec.ref!, String(given));
          if ("problem" in hit) {
            this.fail(r, c.names.find((n) => n !== c.spec.name) ?? c.spec.name, hit.problem);
            ok = false;
          } else {
            ids.push(hit.id);
            refKeys.set(c.spec.name, hit.key);
            if (c.spec.ref === "Company") companyIds.push(hit.id);
          }
        }
        row[c.spec.name] = c.spec.kind === "refs" ? ids : (ids[0] ?? null);
      }
      let sourceId: number | null = null;
      let newSourceUrl: string | null = null;
      let sourceDay: string | null = null;
      if (r.source && "existing" in r.source) {
        const hit = look.source(r.source.existing);
        if ("problem" in hit) {
          this.fail(r, "source", hit.problem);
          ok = false;
        } else {
          sourceId = hit.id;
          sourceDay = hit.publishedOn;
        }
      } else if (r.source) {
        newSourceUrl = String(r.source.new.url);
        sourceDay = newSourceDays(newSourceUrl);
      }
      for (const p of e.check?.(row) ?? []) {
        this.fail(r, p.field.replace(/^input\./, ""), p.message);
        ok = false;
      }
      const key = r.key ?? derivedKey(e, row, (name) => refKeys.get(name) ?? null);
      if (!key) {
        this.fail(r, "key", `Required: a ${e.typename} has no natural key to derive one from.`);
        ok = false;
      } else if (seen.has(key)) {
        this.fail(r, "key", `The same ${e.typename} (key ${key}) is already in row ${seen.get(key)}.`);
        ok = false;
      } else seen.set(key, r.row);
      if (!ok || r.bad) continue;
      const stored = entityValues(e, row);
      stored.publicOn = row.publicOn ?? publicOnFor(e, row, [sourceDay]);
      const columns: Record<string, unknown> = {};
      for (const c of this.columns) if (!c.onFacts && stored[c.spec.name] !== undefined) columns[c.sql] = stored[c.spec.name];
      for (const [name, value] of Object.entries(stored)) {
        const col = this.columns.find((c) => c.spec.name === name);
        if (!col && value !== undefined) columns[snake(name)] = value;
      }
      out.push({
        n: r.row,
        key: key!,
        columns,
        note: (row.note as string) ?? null,
        verified: (row.verified as boolean) ?? true,
        approximate: (row.approximate as boolean) ?? false,
        sourceId,
        newSourceUrl,
        quote: r.quote,
        companyIds,
      });
    }
    this.rows.length = 0;
    return out;
  }

  /** New sources named by rows, one per URL (the first row's fields win). */
  newSources(): Map<string, Record<string, unknown>> {
    const out = new Map<string, Record<string, unknown>>();
    for (const r of this.rows) if (r.source && "new" in r.source && !out.has(String(r.source.new.url))) out.set(String(r.source.new.url), r.source.new);
    return out;
  }
}

const snake = (s: string) => s.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** A reference as given: a global ID of the type, else the value itself (a key, slug or ticker). */
export function referenceKey(type: NodeType, given: string): string {
  const d = fromGlobalId(given);
  return d && d.type === type ? d.key : given;
}
