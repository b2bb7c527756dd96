/**
 * CSV export, the pure part: find the list to export in a GraphQL result, flatten its items
 * into cells and write RFC 4180 text. No HTTP here (see ./csv.ts).
 */

/** Most rows one request exports; connections already cap a page at 100. */
export const MAX_CSV_ROWS = 10_000;

export interface FoundList {
  /** Response keys from `data` to the list, e.g. ["deals", "nodes"] or ["deals", "edges"]. */
  path: string[];
  /** "node" when the list is a connection's `edges` and rows are `edges[].node`. */
  unwrap: "node" | null;
  /** The rows: the list's items (already unwrapped from edges). */
  items: unknown[];
}

/** One output column: its header and the response keys from a row item to its value. */
export interface Column {
  name: string;
  path: string[];
}

export type Row = unknown;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * The first list in `data`, depth-first in field (response) order. A connection's `edges`
 * become the edges' nodes; lists are never searched inside (they become cells).
 */
export function findFirstList(data: unknown, path: string[] = []): FoundList | null {
  if (!isObject(data)) return null;
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) {
      // An empty `edges` counts as edges with nodes: the columns then come from `node`'s selection.
      const isEdges = key === "edges" && value.every((e) => isObject(e) && "node" in e);
      return isEdges
        ? { path: [...path, key], unwrap: "node", items: value.map((e) => (e as Record<string, unknown>).node) }
        : { path: [...path, key], unwrap: null, items: value };
    }
    const inner = findFirstList(value, [...path, key]);
    if (inner) return inner;
  }
  return null;
}

type Shape = Map<string, Shape | null>;

function mergeShape(shape: Shape, value: Record<string, unknown>): void {
  for (const [key, v] of Object.entries(value)) {
    if (isObject(v)) {
      let child = shape.get(key);
      if (!(child instanceof Map)) {
        child = new Map();
        shape.set(key, child);
      }
      mergeShape(child, v);
    } else if (!shape.has(key)) {
      shape.set(key, null);
    }
  }
}

function shapeColumns(shape: Shape, prefix: string[]): Column[] {
  const out: Column[] = [];
  for (const [key, child] of shape) {
    const path = [...prefix, key];
    if (child instanceof Map && child.size > 0) out.push(...shapeColumns(child, path));
    else out.push({ name: path.join("."), path });
  }
  return out;
}

/**
 * Columns read from the rows themselves (used when the operation text is not at hand, e.g. a
 * persisted query): the union of every row's fields, nested objects as dotted names.
 */
export function columnsFromData(items: readonly unknown[], listKey: string): Column[] {
  const shape: Shape = new Map();
  let scalars = false;
  for (const item of items) {
    if (isObject(item)) mergeShape(shape, item);
    else if (item !== null && item !== undefined) scalars = true;
  }
  if (scalars || shape.size === 0) return [{ name: listKey, path: [] }];
  return shapeColumns(shape, []);
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  return JSON.stringify(value);
}

/** Leaf values of an object in field order, nested objects included. */
function leaves(value: Record<string, unknown>): unknown[] {
  const out: unknown[] = [];
  for (const v of Object.values(value)) {
    if (isObject(v)) out.push(...leaves(v));
    else out.push(v);
  }
  return out;
}

/** "Title (url)" for a source, else whichever of title, url or key it has. */
function citation(source: unknown): string {
  if (!isObject(source)) return scalarText(source);
  const title = typeof source.title === "string" ? source.title : null;
  const url = typeof source.url === "string" ? source.url : null;
  if (title && url) return `${title} (${url})`;
  if (title || url) return (title ?? url)!;
  if (typeof source.key === "string") return source.key;
  return JSON.stringify(source);
}

/**
 * A list in one cell: scalars joined with "; "; source citations (objects with `source`) as
 * "title (url)" joined with "; "; objects with one value each (e.g. `companies { ticker }`)
 * as those values joined; anything else as JSON.
 */
export function listText(list: readonly unknown[]): string {
  if (list.every((v) => !isObject(v) && !Array.isArray(v))) return list.map(scalarText).join("; ");
  if (list.every((v) => isObject(v) && "source" in v)) return list.map((v) => citation((v as Record<string, unknown>).source)).join("; ");
  if (list.every((v) => isObject(v) && leaves(v).length === 1 && !Array.isArray(leaves(v)[0]) && !isObject(leaves(v)[0]))) {
    return list.map((v) => scalarText(leaves(v as Record<string, unknown>)[0])).join("; ");
  }
  return JSON.stringify(list);
}

/** The raw cell for one column of one row (before CSV quoting). */
export function cellValue(item: unknown, column: Column): string | number | boolean | null {
  let value: unknown = item;
  for (const key of column.path) {
    if (!isObject(value)) return null;
    value = value[key];
  }
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean") return value;
  if (Array.isArray(value)) return listText(value);
  return scalarText(value);
}

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): text starting with = + - @,
 * a tab or a carriage return is prefixed with a single quote, unless it is a plain number
 * such as "-11.46". JSON numbers are never touched.
 */
export function guardFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) && !NUMBER.test(text) ? `'${text}` : text;
}

/** RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF; quotes doubled. */
export function quoteField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function formatCell(value: string | number | boolean | null): string {
  if (value === null) return "";
  if (typeof value !== "string") return String(value);
  return quoteField(guardFormula(value));
}

/** The whole file: a header row, then one row per item; CRLF line ends, a CRLF at the end. */
export function toCsv(columns: readonly Column[], items: readonly unknown[]): string {
  const lines = [columns.map((c) => quoteField(guardFormula(c.name))).join(",")];
  for (const item of items) lines.push(columns.map((c) => formatCell(cellValue(item, c))).join(","));
  return `${lines.join("\r\n")}\r\n`;
}
