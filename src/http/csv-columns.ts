/**
 * CSV columns from the operation itself, so the header is the same whatever the data holds:
 * fields in the order they were selected, nested objects as dotted names, list fields as one
 * column, and a header row even for an empty list. Works through aliases, fragments and
 * `@skip`/`@include` like GraphQL's own field collection.
 */
import {
  Kind,
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  parse,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import type { Column } from "./csv-format";

export interface OperationRequest {
  query?: unknown;
  operationName?: unknown;
  variables?: unknown;
}

interface Collected {
  nodes: FieldNode[];
  def: GraphQLField<unknown, unknown> | undefined;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

/** The operation the request will run: the named one, or the only one. */
export function pickOperation(document: DocumentNode, operationName: unknown): OperationDefinitionNode | null {
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (typeof operationName === "string" && operationName) return operations.find((o) => o.name?.value === operationName) ?? null;
  return operations.length === 1 ? operations[0]! : null;
}

export function parseQuery(query: unknown): DocumentNode | null {
  if (typeof query !== "string" || !query.trim()) return null;
  try {
    return parse(query);
  } catch {
    return null;
  }
}

function valueOf(node: ValueNode, variables: Record<string, unknown>): unknown {
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.BOOLEAN || node.kind === Kind.STRING) return node.value;
  return undefined;
}

function included(sel: SelectionNode, variables: Record<string, unknown>): boolean {
  for (const directive of sel.directives ?? []) {
    const name = directive.name.value;
    if (name !== "skip" && name !== "include") continue;
    const arg = directive.arguments?.find((a) => a.name.value === "if");
    const value = arg ? valueOf(arg.value, variables) === true : false;
    if (name === "skip" && value) return false;
    if (name === "include" && !value) return false;
  }
  return true;
}

function fieldsOf(type: GraphQLNamedType | undefined | null): Record<string, GraphQLField<unknown, unknown>> | null {
  return type && (isObjectType(type) || isInterfaceType(type)) ? type.getFields() : null;
}

/** Fields by response key, in selection order, merged across fragments. */
function collect(walk: Walk, set: SelectionSetNode, parent: GraphQLNamedType | undefined, out = new Map<string, Collected>(), seen = new Set<string>()): Map<string, Collected> {
  for (const sel of set.selections) {
    if (!included(sel, walk.variables)) continue;
    if (sel.kind === Kind.FIELD) {
      const key = sel.alias?.value ?? sel.name.value;
      const entry = out.get(key) ?? { nodes: [], def: undefined };
      entry.nodes.push(sel);
      entry.def ??= fieldsOf(parent)?.[sel.name.value];
      out.set(key, entry);
    } else if (sel.kind === Kind.INLINE_FRAGMENT) {
      const type = sel.typeCondition ? walk.schema.getType(sel.typeCondition.name.value) ?? undefined : parent;
      collect(walk, sel.selectionSet, type, out, seen);
    } else {
      const fragment = walk.fragments[sel.name.value];
      // One visit per fragment per collection, as graphql-js's collectFields: a fragment spread
      // twice at every level must not be walked 2^n times.
      if (!fragment || seen.has(sel.name.value)) continue;
      seen.add(sel.name.value);
      const type = walk.schema.getType(fragment.typeCondition.name.value) ?? undefined;
      collect(walk, fragment.selectionSet, type, out, seen);
    }
  }
  return out;
}

function children(walk: Walk, entry: Collected): Map<string, Collected> {
  const type = entry.def ? getNamedType(entry.def.type) : undefined;
  const out = new Map<string, Collected>();
  for (const node of entry.nodes) if (node.selectionSet) collect(walk, node.selectionSet, type, out);
  return out;
}

function columnsOf(walk: Walk, fields: Map<string, Collected>, prefix: string[]): Column[] {
  const out: Column[] = [];
  for (const [key, entry] of fields) {
    const path = [...prefix, key];
    const isList = entry.def ? isListType(getNullableType(entry.def.type)) : false;
    const hasSelection = entry.nodes.some((n) => n.selectionSet);
    if (!isList && hasSelection) out.push(...columnsOf(walk, children(walk, entry), path));
    else out.push({ name: path.join("."), path });
  }
  return out;
}

/** A request's operation, parsed once: the document's named (or only) operation. */
export interface ParsedOperation {
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export function parseOperation(request: OperationRequest): ParsedOperation | null {
  const document = parseQuery(request.query);
  const operation = document && pickOperation(document, request.operationName);
  if (!document || !operation) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  const variables = typeof request.variables === "object" && request.variables !== null ? (request.variables as Record<string, unknown>) : {};
  return { operation, fragments, variables };
}

/**
 * Columns for the list at `selectionPath` (response keys from the root; for edges, ending in
 * "node"), or null when the operation does not match (unknown keys, no selection).
 */
export function columnsFromOperation(schema: GraphQLSchema, parsed: ParsedOperation, selectionPath: readonly string[]): Column[] | null {
  const { operation } = parsed;
  if (selectionPath.length === 0) return null;
  const walk: Walk = { schema, fragments: parsed.fragments, variables: parsed.variables };
  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : null;
  let fields = collect(walk, operation.selectionSet, root ?? undefined);
  let entry: Collected | undefined;
  for (const key of selectionPath) {
    entry = fields.get(key);
    if (!entry) return null;
    fields = children(walk, entry);
  }
  if (!entry || !entry.nodes.some((n) => n.selectionSet)) return [{ name: selectionPath[selectionPath.length - 1]!, path: [] }];
  const columns = columnsOf(walk, fields, []);
  return columns.length ? columns : null;
}

/** The root field's `asOf` argument for the list under `rootKey`: a literal, a variable or its default. */
export function rootAsOf(parsed: ParsedOperation, rootKey: string): unknown {
  const { operation, variables } = parsed;
  for (const sel of operation.selectionSet.selections) {
    if (sel.kind !== Kind.FIELD || (sel.alias?.value ?? sel.name.value) !== rootKey) continue;
    const arg = sel.arguments?.find((a) => a.name.value === "asOf");
    if (!arg) return undefined;
    if (arg.value.kind !== Kind.VARIABLE) return valueOf(arg.value, variables);
    const name = arg.value.name.value;
    if (name in variables) return variables[name];
    const fallback = operation.variableDefinitions?.find((v) => v.variable.name.value === name)?.defaultValue;
    return fallback ? valueOf(fallback, {}) : undefined;
  }
  return undefined;
}
