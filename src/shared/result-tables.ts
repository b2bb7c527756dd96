/**
 * Any GraphQL result as tables, for people: every list in `data` becomes a table (a
 * connection's `edges` are read as their nodes), nested objects become dotted columns, and
 * lists inside a row become one cell — sources as links with their quotes. Pure functions,
 * used by GraphiQL's table view (in the browser) and by the permalink page (on the server).
 */

/** A link to a document, with the quote the fact takes from it. */
export interface CellLink {
  title: string;
  url: string | null;
  quote: string | null;
}

/** One cell: plain text, or links (sources, documents). */
export type Cell = { kind: "text"; text: string } | { kind: "links"; links: CellLink[] };

export interface ResultTable {
  /** Response keys from `data` to the list, e.g. ["deals", "nodes"]. */
  path: string[];
  columns: string[];
  rows: Cell[][];
}

/** Most rows shown per table; more are counted, not drawn. */
export const MAX_TABLE_ROWS = 500;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isEdges(key: string, value: unknown[]): boolean {
  return key === "edges" && value.length > 0 && value.every((e) => isObject(e) && "node" in e);
}

/** Every list in `data`, depth-first in response order; lists inside lists stay cells. */
export function findLists(data: unknown, path: string[] = []): Array<{ path: string[]; items: unknown[] }> {
  if (!isObject(data)) return [];
  const out: Array<{ path: string[]; items: unknown[] }> = [];
  for (const [key, value] of Object.entries(data)) {
    if (Array.isArray(value)) out.push({ path: [...path, key], items: isEdges(key, value) ? value.map((e) => (e as Json).node) : value });
    else out.push(...findLists(value, [...path, key]));
  }
  return out;
}

/** A source-like object: `{ source: { title, url }, quote }` or anything with a `url`. */
function asLink(item: unknown): CellLink | null {
  if (!isObject(item)) return null;
  const doc = isObject(item.source) ? item.source : item;
  const url = typeof doc.url === "string" ? doc.url : null;
  const title = typeof doc.title === "string" ? doc.title : typeof doc.key === "string" ? doc.key : url;
  if (!title || (!url && !isObject(item.source))) return null;
  return { title, url, quote: typeof item.quote === "string" ? item.quote : null };
}

function scalarText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  return JSON.stringify(value);
}

/** Leaf values of an object, joined: `{ name: "IREN", ticker: "IREN" }` → "IREN IREN". */
function objectText(value: unknown): string {
  if (!isObject(value)) return scalarText(value);
  return Object.values(value).map(objectText).filter(Boolean).join(" ");
}

function cellOf(value: unknown): Cell {
  if (Array.isArray(value)) {
    const links = value.map(asLink);
    if (value.length > 0 && links.every((l) => l !== null)) return { kind: "links", links: links as CellLink[] };
    return { kind: "text", text: value.map(objectText).join("; ") };
  }
  return { kind: "text", text: scalarText(value) };
}

/** Dotted column names in first-seen order, over every row. */
function columnPaths(items: unknown[]): string[][] {
  const seen = new Map<string, string[]>();
  const visit = (value: Json, prefix: string[]) => {
    for (const [key, v] of Object.entries(value)) {
      const p = [...prefix, key];
      if (isObject(v) && !asLink(v)) visit(v, p);
      else if (!seen.has(p.join("."))) seen.set(p.join("."), p);
    }
  };
  for (const item of items) if (isObject(item)) visit(item, []);
  return [...seen.values()];
}

function at(value: unknown, path: string[]): unknown {
  let v = value;
  for (const key of path) v = isObject(v) ? v[key] : undefined;
  return v;
}

/** One table per list in the result, with at most MAX_TABLE_ROWS rows each. */
export function resultTables(data: unknown): ResultTable[] {
  return findLists(data).map(({ path, items }) => {
    const shown = items.slice(0, MAX_TABLE_ROWS);
    if (!shown.some(isObject)) return { path, columns: [path[path.length - 1]!], rows: shown.map((v) => [cellOf(v)]) };
    const paths = columnPaths(shown);
    return {
      path,
      columns: paths.map((p) => p.join(".")),
      rows: shown.map((item) => paths.map((p) => {
        const v = at(item, p);
        const link = isObject(v) ? asLink(v) : null;
        return link ? { kind: "links", links: [link] } : cellOf(v);
      })),
    };
  });
}

/** Only http(s) links are drawn as links: a source URL is data, never a script. */
export function safeHref(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch {
    return null;
  }
}
