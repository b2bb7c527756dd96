import { Column, is, noopDecoder, SQL, Subquery } from "drizzle-orm";
import { patchPreparedQueries } from "./prepared-class";

/** A selected field as drizzle's prepared query holds it (`orderSelectedFields`). */
interface SelectedField {
  path: string[];
  field: unknown;
}

interface Decoder {
  mapFromDriverValue(value: unknown): unknown;
}

type RowsMapper = (rows: unknown[][]) => unknown[];

const IDENTITY = new Set<unknown>([Column.prototype.mapFromDriverValue, noopDecoder.mapFromDriverValue]);

/** The decoder drizzle's `mapResultRow` picks for a field, in the same order of checks. */
function decoderOf(field: unknown): Decoder {
  if (is(field, Column)) return field as unknown as Decoder;
  // `decoder` is internal to drizzle's SQL class.
  type Decoded = { decoder: Decoder };
  if (is(field, SQL)) return (field as unknown as Decoded).decoder;
  if (is(field, Subquery)) return (field as unknown as { _: { sql: Decoded } })._.sql.decoder;
  return (field as { sql: Decoded }).sql.decoder;
}

interface Tree {
  keys: Map<string, Tree | number>;
}

/** Source of an object literal for the tree: nested paths become nested literals, keys in first-seen order. */
function literal(tree: Tree, identity: boolean[]): string {
  const parts: string[] = [];
  for (const [key, node] of tree.keys) {
    const value =
      typeof node === "number" ? (identity[node] ? `r[${node}]` : `(r[${node}] === null ? null : d[${node}].mapFromDriverValue(r[${node}]))`) : literal(node, identity);
    parts.push(`${JSON.stringify(key)}: ${value}`);
  }
  return `{ ${parts.join(", ")} }`;
}

const compiled = new Map<string, (d: Decoder[]) => RowsMapper>();
const MAX_SHAPES = 1_000;

/**
 * drizzle's `mapResultRow` re-derives, for every row and every column, which decoder applies
 * (three `is()` prototype walks), walks the field's path and grows the object key by key: on a
 * 100-row, 40-column page that was the largest single cost of a request. This compiles, once per
 * selection shape, a function that builds each row as one object literal (one hidden class,
 * decoders called only for columns whose decoder is not the identity). The result is the same
 * object, with the same keys in the same order.
 */
export function compileRowsMapper(fields: readonly SelectedField[]): RowsMapper {
  const decoders = fields.map((f) => decoderOf(f.field));
  const identity = decoders.map((d) => IDENTITY.has(d.mapFromDriverValue));
  const shape = fields.map((f, i) => `${f.path.join("\u0001")}${identity[i] ? "" : "\u0002"}`).join("\u0000");
  let make = compiled.get(shape);
  if (!make) {
    const root: Tree = { keys: new Map() };
    fields.forEach((f, i) => {
      let node = root;
      f.path.forEach((chunk, depth) => {
        if (depth === f.path.length - 1) node.keys.set(chunk, i);
        else {
          let next = node.keys.get(chunk);
          if (next === undefined || typeof next === "number") node.keys.set(chunk, (next = { keys: new Map() }));
          node = next;
        }
      });
    });
    const body = `return (rows) => { const out = new Array(rows.length); for (let i = 0; i < rows.length; i++) { const r = rows[i]; out[i] = ${literal(root, identity)}; } return out; };`;
    make = new Function("d", body) as (d: Decoder[]) => RowsMapper;
    if (compiled.size >= MAX_SHAPES) compiled.clear();
    compiled.set(shape, make);
  }
  return make(decoders);
}

/**
 * Whether drizzle could null out a joined table's nested object: only a nullable (left, right,
 * full) join with a nested selection of columns. Such selects keep drizzle's mapper.
 */
function nullifies(fields: readonly SelectedField[], joinsNotNullableMap: Record<string, boolean> | undefined): boolean {
  if (!joinsNotNullableMap || Object.values(joinsNotNullableMap).every(Boolean)) return false;
  return fields.some((f) => f.path.length === 2 && is(f.field, Column));
}

const PATCHED = Symbol.for("gigawatt.rowMapper");

type PreparedQuery = {
  fields?: SelectedField[];
  joinsNotNullableMap?: Record<string, boolean>;
  customResultMapper?: RowsMapper;
  execute(...a: unknown[]): Promise<unknown>;
};

/**
 * Gives every select of this database's driver (postgres.js or PGlite) the compiled row mapper,
 * through the `customResultMapper` hook both drivers already honour (kept on a prepared
 * statement, so a statement built once compiles once). Relational queries keep their own mapper.
 * Any drizzle database (client.ts passes its own; typed loosely so this file needs nothing from it).
 */
export function installRowMapper(db: object): void {
  patchPreparedQueries<PreparedQuery>(db, PATCHED, (proto) => {
    const execute = proto.execute;
    proto.execute = function (this: PreparedQuery, ...args: unknown[]) {
      if (this.fields && !this.customResultMapper && !nullifies(this.fields, this.joinsNotNullableMap)) this.customResultMapper = compileRowsMapper(this.fields);
      return execute.apply(this, args);
    };
  });
}
