import {
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination";
import { RELATION_DEFAULT } from "./relations";

export interface Complexity {
  depth: number;
  cost: number;
}

function argNumber(field: FieldNode, name: string, variables: Record<string, unknown>): number | null {
  const arg = field.arguments?.find((a) => a.name.value === name);
  if (!arg) return null;
  const v: ValueNode = arg.value;
  if (v.kind === Kind.INT) return Number(v.value);
  if (v.kind === Kind.VARIABLE) {
    const value = variables[v.name.value];
    return typeof value === "number" ? value : null;
  }
  return null;
}

/** Lists multiply the cost of what is selected inside them by the page size they ask for. */
function multiplier(field: FieldNode, variables: Record<string, unknown>): number {
  const first = argNumber(field, "first", variables) ?? argNumber(field, "last", variables);
  // Sizes over the page cap are clamped: the resolver rejects them with a precise BAD_USER_INPUT.
  if (first != null) return Math.min(MAX_PAGE_SIZE, Math.max(1, first));
  const name = field.name.value;
  if (name === "nodes" || name === "edges" || name === "ids") return 1;
  return field.arguments?.some((a) => a.name.value === "where" || a.name.value === "orderBy") ? DEFAULT_PAGE_SIZE : 1;
}

/**
 * A static estimate before execution: depth of the selection tree, and cost = fields weighted
 * by the page sizes above them. Relation lists without `first` count their default size.
 */
export function measure(
  operation: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  listFields: Set<string>,
): Complexity {
  let maxDepth = 0;
  const walk = (set: SelectionSetNode, depth: number, seen: Set<string>): number => {
    maxDepth = Math.max(maxDepth, depth);
    let cost = 0;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith("__")) continue;
        let m = multiplier(sel, variables);
        if (m === 1 && listFields.has(sel.name.value) && !sel.arguments?.some((a) => a.name.value === "first")) m = RELATION_DEFAULT;
        cost += 1 + (sel.selectionSet ? m * walk(sel.selectionSet, depth + 1, seen) : 0);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(sel.selectionSet, depth, seen);
      } else {
        const name = sel.name.value;
        const frag = fragments[name];
        if (!frag || seen.has(name)) continue;
        cost += walk(frag.selectionSet, depth, new Set([...seen, name]));
      }
    }
    return cost;
  };
  const cost = walk(operation.selectionSet, 0, new Set());
  return { depth: maxDepth, cost };
}

/** Names of object fields that return lists of objects without pagination arguments (relations). */
export function relationListFields(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!("getFields" in type) || type.name.startsWith("__") || type.name.endsWith("Connection")) continue;
    for (const field of Object.values((type as { getFields(): Record<string, { name: string; type: unknown; args?: readonly { name: string }[] }> }).getFields())) {
      const t = String(field.type);
      if (t.startsWith("[") && field.args?.some((a) => a.name === "first")) names.add(field.name);
    }
  }
  return names;
}
