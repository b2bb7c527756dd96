import { Kind, type DocumentNode, type SelectionSetNode, type ValueNode } from "graphql";
import { AppError } from "./errors";

/** Caps on what an operation's arguments may carry, literal or through variables. */
export interface InputLimits {
  /** Deepest nesting of `and` / `or` / `not` in one filter. */
  maxFilterDepth: number;
  /** Most branches in one `and` / `or` list. */
  maxFilterWidth: number;
  /** Most scalar values in all arguments of the operation together (`in` lists included). */
  maxInputValues: number;
}

/** An input refused before execution: BAD_USER_INPUT with HTTP 400, naming the limit. */
export class InputLimitError extends AppError {
  constructor(message: string, extensions: Record<string, unknown> = {}) {
    super(message, "BAD_USER_INPUT", { ...extensions, http: { status: 400 } });
  }
}

const COMBINATORS = new Set(["and", "or", "not"]);

type Item = { ast: ValueNode; depth: number; path: string } | { json: unknown; depth: number; path: string };

/** Every argument value of the document (each AST node once, whatever the fragment spreads). */
function argumentValues(document: DocumentNode): Item[] {
  const items: Item[] = [];
  const sets: SelectionSetNode[] = [];
  for (const def of document.definitions) if (def.kind === Kind.OPERATION_DEFINITION || def.kind === Kind.FRAGMENT_DEFINITION) sets.push(def.selectionSet);
  while (sets.length) {
    for (const sel of sets.pop()!.selections) {
      for (const d of sel.directives ?? []) for (const a of d.arguments ?? []) items.push({ ast: a.value, depth: 0, path: a.name.value });
      if (sel.kind === Kind.FIELD) for (const a of sel.arguments ?? []) items.push({ ast: a.value, depth: 0, path: a.name.value });
      if (sel.kind !== Kind.FRAGMENT_SPREAD && sel.selectionSet) sets.push(sel.selectionSet);
    }
  }
  return items;
}

interface Walk {
  limits: InputLimits;
  values: number;
}

function checkCombinator(w: Walk, key: string, depth: number, width: number, path: string): void {
  if (depth > w.limits.maxFilterDepth) {
    throw new InputLimitError(`\`${path}\` nests and/or/not more than ${w.limits.maxFilterDepth} levels.`, { field: path, maxFilterDepth: w.limits.maxFilterDepth });
  }
  if (key !== "not" && width > w.limits.maxFilterWidth) {
    throw new InputLimitError(`\`${path}\` has ${width} branches; at most ${w.limits.maxFilterWidth} are allowed.`, { field: path, maxFilterWidth: w.limits.maxFilterWidth });
  }
}

function scalar(w: Walk, value: unknown, path: string): void {
  w.values += 1;
  if (w.values > w.limits.maxInputValues) {
    throw new InputLimitError(`The operation's arguments hold more than ${w.limits.maxInputValues} values; split it into several requests.`, { maxInputValues: w.limits.maxInputValues });
  }
  // PostgreSQL text cannot hold NUL, and no legitimate value needs it.
  if (typeof value === "string" && value.includes("\u0000")) throw new InputLimitError(`\`${path}\` contains a NUL character.`, { field: path });
}

function expandAst(w: Walk, node: ValueNode, depth: number, path: string, out: Item[]): void {
  switch (node.kind) {
    case Kind.VARIABLE:
      return; // every variable is walked once, from the request
    case Kind.LIST:
      for (const v of node.values) out.push({ ast: v, depth, path });
      return;
    case Kind.OBJECT:
      for (const f of node.fields) {
        const nested = COMBINATORS.has(f.name.value);
        if (nested) checkCombinator(w, f.name.value, depth + 1, f.value.kind === Kind.LIST ? f.value.values.length : 1, `${path}.${f.name.value}`);
        out.push({ ast: f.value, depth: nested ? depth + 1 : depth, path: `${path}.${f.name.value}` });
      }
      return;
    case Kind.NULL:
      return;
    default:
      scalar(w, "value" in node ? node.value : null, path);
  }
}

function expandJson(w: Walk, value: unknown, depth: number, path: string, out: Item[]): void {
  if (value == null) return;
  if (Array.isArray(value)) {
    for (const v of value) out.push({ json: v, depth, path });
  } else if (typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      const nested = COMBINATORS.has(key);
      if (nested) checkCombinator(w, key, depth + 1, Array.isArray(v) ? v.length : 1, `${path}.${key}`);
      out.push({ json: v, depth: nested ? depth + 1 : depth, path: `${path}.${key}` });
    }
  } else {
    scalar(w, value, path);
  }
}

/**
 * Checks every argument of the document and every variable it uses against the limits, in time
 * linear in the document and the variables (no recursion: a filter nested 100,000 deep is
 * refused at the limit, not by a stack overflow). Throws InputLimitError.
 */
export function checkInputLimits(document: DocumentNode, variables: Record<string, unknown> | undefined, limits: InputLimits): void {
  const w: Walk = { limits, values: 0 };
  const stack = argumentValues(document);
  // All of them, used or not: graphql-js coerces every declared variable, recursively.
  for (const [name, value] of Object.entries(variables ?? {})) stack.push({ json: value, depth: 0, path: `$${name}` });
  while (stack.length) {
    const item = stack.pop()!;
    if ("ast" in item) expandAst(w, item.ast, item.depth, item.path, stack);
    else expandJson(w, item.json, item.depth, item.path, stack);
  }
}
