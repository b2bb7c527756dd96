import {
  getNamedType,
  getNullableType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type GraphQLNamedType,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "./pagination";
import { RELATION_DEFAULT } from "./relations";
import type { Config } from "../config";

/** The settings the limits read. */
export type LimitsConfig = Pick<
  Config,
  | "MAX_QUERY_COST"
  | "MAX_QUERY_DEPTH"
  | "MAX_QUERY_TOKENS"
  | "MAX_QUERY_BYTES"
  | "MAX_QUERY_ALIASES"
  | "MAX_ROOT_FIELDS"
  | "MAX_QUERY_DIRECTIVES"
  | "MAX_FILTER_DEPTH"
  | "MAX_FILTER_WIDTH"
  | "MAX_INPUT_VALUES"
>;


/**
 * The request's cost model (Shopify-like): every object the operation may return costs 1 point,
 * scalars are free. A connection returns one object plus a page of nodes (its `first`/`last`, or
 * the default page size); a relation list returns its `first` or its default; any other list of
 * objects is guessed at UNKNOWN_LIST_SIZE. Introspection costs 1. The minimum is 1.
 */
export interface CostInput {
  schema: GraphQLSchema;
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
}

export const UNKNOWN_LIST_SIZE = 10;

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

/** The page a field asks for, clamped to the cap (the resolver rejects larger ones precisely). */
function pageSize(field: FieldNode, variables: Record<string, unknown>, fallback: number): number {
  const n = argNumber(field, "first", variables) ?? argNumber(field, "last", variables) ?? fallback;
  return Math.min(MAX_PAGE_SIZE, Math.max(1, n));
}

const isConnection = (type: GraphQLNamedType) => type.name.endsWith("Connection");

/**
 * Estimated cost of an operation before it runs. Linear in the document: a fragment's cost does
 * not depend on where it is spread, so each fragment is costed once and reused for every spread
 * (a document that spreads fragments twice per level costs 2^n, but is walked n times).
 * Introspection fields are costed like any other.
 */
export function estimateCost({ schema, operation, fragments, variables }: CostInput): number {
  const memo = new Map<string, number>();
  // `page`: the size of the page that lists directly inside a connection (nodes, edges) return.
  const walk = (set: SelectionSetNode, parent: GraphQLNamedType | null | undefined, page: number): number => {
    let cost = 0;
    const fields = parent && (isObjectType(parent) || isInterfaceType(parent)) ? parent.getFields() : {};
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        // Introspection is answered from memory: one point, whatever its size (depth still counts).
        if (sel.name.value.startsWith("__")) {
          cost += sel.selectionSet ? 1 : 0;
          continue;
        }
        const def = fields[sel.name.value];
        if (!sel.selectionSet || !def) continue;
        const type = getNamedType(def.type);
        const list = isListType(getNullableType(def.type));
        if (isConnection(type)) cost += 1 + walk(sel.selectionSet, type, pageSize(sel, variables, DEFAULT_PAGE_SIZE));
        else if (list) {
          const paged = def.args.some((a) => a.name === "first");
          const n = paged ? pageSize(sel, variables, RELATION_DEFAULT) : parent && isConnection(parent) ? page : parent?.name.endsWith("Edge") ? 1 : UNKNOWN_LIST_SIZE;
          cost += n * (1 + walk(sel.selectionSet, type, page));
        } else cost += 1 + walk(sel.selectionSet, type, page);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        cost += walk(sel.selectionSet, sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent, page);
      } else {
        cost += spread(sel.name.value, page);
      }
      // Saturate: the number only has to compare above any limit.
      if (cost > Number.MAX_SAFE_INTEGER) return Number.MAX_SAFE_INTEGER;
    }
    return cost;
  };
  const spread = (name: string, page: number): number => {
    const key = `${name}|${page}`;
    const known = memo.get(key);
    if (known !== undefined) return known;
    const frag = fragments[name];
    memo.set(key, 0); // a cycle (refused by validation anyway) adds nothing
    const cost = frag ? walk(frag.selectionSet, schema.getType(frag.typeCondition.name.value), page) : 0;
    memo.set(key, cost);
    return cost;
  };
  const root = schema.getRootType(operation.operation);
  return Math.max(1, Math.round(walk(operation.selectionSet, root, DEFAULT_PAGE_SIZE)));
}

/**
 * Cost actually incurred, from the result: one point per object in `data` (lists cost what they
 * returned, not their page size), never more than the estimate (introspection stays cheap).
 */
export function actualCost(data: unknown, requested: number): number {
  let cost = 0;
  const stack: unknown[] = [data];
  while (stack.length) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (const v of value) stack.push(v);
    } else if (value && typeof value === "object") {
      cost += 1;
      // for…in, not Object.values: no array per object (a 100-row answer has thousands).
      const o = value as Record<string, unknown>;
      for (const k in o) {
        const v = o[k];
        if (v && typeof v === "object") stack.push(v);
      }
    }
  }
  // `data` itself is not an object the client asked for.
  return Math.min(requested, Math.max(1, cost - (data && typeof data === "object" ? 1 : 0)));
}
