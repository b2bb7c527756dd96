import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from "graphql";

export type CacheScope = "PUBLIC" | "PRIVATE";

/** Like `@cacheControl(maxAge:, scope:)` on a type or a field. */
export interface CacheHint {
  maxAge?: number;
  scope?: CacheScope;
}

/**
 * The cache policy, in the spirit of `@cacheControl` but in one reviewed place, keyed by type
 * name and by `Type.field` (the schema is code-first; Apollo's directive reader needs SDL).
 *
 * Why these numbers: every fact comes from the dataset, which changes only when it is reloaded,
 * and a reload invalidates every cached answer (see invalidation.ts). What still changes with
 * time is "today": a query without `asOf` answers for today, and a fact whose `publicOn` is
 * today appears at midnight UTC. So the present view gets 5 minutes, never past midnight UTC; an
 * operation whose root fields all ask for a past `asOf` gets an hour.
 *
 * A root field's hint replaces the default lifetime; below the roots, a type or field without a
 * hint inherits its parent's and a hint can only shorten the answer's lifetime (the smallest
 * maxAge in the response wins, as in Apollo). Anything that depends on
 * who asks must be listed here with `scope: "PRIVATE"` (or maxAge 0) when it is added.
 */
export const CACHE_POLICY = {
  defaultMaxAge: 300,
  historicalMaxAge: 3600,
  types: {} as Record<string, CacheHint>,
  fields: {
    // Without `asOf` the list of documents does not depend on today: it changes only on reload.
    "Query.sources": { maxAge: 3600 },
  } as Record<string, CacheHint>,
};

export type CachePolicyConfig = typeof CACHE_POLICY;

/** What a document's shape says, independent of variables (computed once per document). */
interface Shape {
  /** Per root field: its own hint, and the `asOf` argument (undefined: not given; null: no such argument). */
  roots: Array<{ hint: CacheHint | undefined; asOf: ValueNode | undefined | null }>;
  /** Hints met anywhere below the roots (types and fields). */
  nested: CacheHint[];
  /** `asOf` arguments below the root fields. */
  nestedAsOf: Array<ValueNode | undefined>;
}

const shapes = new WeakMap<DocumentNode, Map<string, Shape>>();

function shapeOf(schema: GraphQLSchema, policy: CachePolicyConfig, document: DocumentNode, operation: OperationDefinitionNode): Shape {
  let byOp = shapes.get(document);
  if (!byOp) shapes.set(document, (byOp = new Map()));
  const opKey = operation.name?.value ?? "";
  const cached = byOp.get(opKey);
  if (cached) return cached;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const shape: Shape = { roots: [], nested: [], nestedAsOf: [] };
  const root = operation.operation === "query" ? schema.getQueryType() : operation.operation === "mutation" ? schema.getMutationType() : schema.getSubscriptionType();
  if (root) walk(schema, policy, fragments, operation.selectionSet, root, shape, true, new Set());
  byOp.set(opKey, shape);
  return shape;
}

function walk(
  schema: GraphQLSchema,
  policy: CachePolicyConfig,
  fragments: Map<string, FragmentDefinitionNode>,
  set: SelectionSetNode,
  parent: GraphQLCompositeType,
  shape: Shape,
  atRoot: boolean,
  seen: Set<string>,
): void {
  for (const sel of set.selections) {
    if (sel.kind === Kind.INLINE_FRAGMENT) {
      const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
      if (t && isCompositeType(t)) walk(schema, policy, fragments, sel.selectionSet, t, shape, atRoot, seen);
      continue;
    }
    if (sel.kind === Kind.FRAGMENT_SPREAD) {
      const frag = fragments.get(sel.name.value);
      const t = frag && schema.getType(frag.typeCondition.name.value);
      // Hints only accumulate, so one walk per fragment (and root position) is enough: a
      // fragment spread twice at every level must not be walked 2^n times.
      const key = `${sel.name.value}|${atRoot}`;
      if (frag && t && isCompositeType(t) && !seen.has(key)) {
        seen.add(key);
        walk(schema, policy, fragments, frag.selectionSet, t, shape, atRoot, seen);
      }
      continue;
    }
    const name = sel.name.value;
    if (name === "__typename") continue;
    const def = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
    const hint = policy.fields[`${parent.name}.${name}`];
    const hasAsOf = def?.args.some((a) => a.name === "asOf") ?? false;
    const asOf = hasAsOf ? sel.arguments?.find((a) => a.name.value === "asOf")?.value : null;
    if (atRoot) shape.roots.push({ hint, asOf });
    else {
      if (hint) shape.nested.push(hint);
      if (hasAsOf) shape.nestedAsOf.push(asOf ?? undefined);
    }
    const named = def ? getNamedType(def.type) : undefined;
    if (named && isCompositeType(named)) {
      const typeHint = policy.types[named.name];
      if (typeHint) shape.nested.push(typeHint);
      if (sel.selectionSet) walk(schema, policy, fragments, sel.selectionSet, named, shape, false, seen);
    }
  }
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

function valueOf(node: ValueNode | undefined | null, variables: Record<string, unknown>): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables[node.name.value];
  if (node.kind === Kind.STRING) return node.value;
  return undefined;
}

/** A valid day strictly before today (UTC): its answer cannot change until the data is reloaded. */
function isPast(value: unknown, today: string): boolean {
  return typeof value === "string" && DAY.test(value) && value < today;
}

function secondsToUtcMidnight(now: Date): number {
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.floor((next - now.getTime()) / 1000));
}

export interface ComputedPolicy {
  maxAge: number;
  scope: CacheScope;
}

/**
 * An answer's Cache-Control: `max-age=N, public` (or `private`) when it may be kept, else
 * `no-store`. Written by the cache policy plugin and the fast lane alike; the response cache
 * stores only the public form.
 */
export function cacheControl(policy: ComputedPolicy | null | undefined): string {
  return policy && policy.maxAge > 0 ? `max-age=${policy.maxAge}, ${policy.scope.toLowerCase()}` : "no-store";
}

/**
 * The response's cache policy from the operation alone (no per-field hooks at execution time,
 * which would wrap every resolver): the smallest maxAge over the root fields' lifetimes and
 * every hint in the selection.
 */
export function computePolicy(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
  policy: CachePolicyConfig = CACHE_POLICY,
  now: Date = new Date(),
): ComputedPolicy {
  if (operation.operation !== "query") return { maxAge: 0, scope: "PUBLIC" };
  const shape = shapeOf(schema, policy, document, operation);
  const today = now.toISOString().slice(0, 10);
  const presentMaxAge = Math.min(policy.defaultMaxAge, secondsToUtcMidnight(now));
  let maxAge = Infinity;
  let scope: CacheScope = "PUBLIC";
  const apply = (h: CacheHint | undefined) => {
    if (h?.maxAge !== undefined) maxAge = Math.min(maxAge, h.maxAge);
    if (h?.scope === "PRIVATE") scope = "PRIVATE";
  };
  for (const r of shape.roots) {
    const historical = r.asOf !== null && isPast(valueOf(r.asOf, variables), today);
    maxAge = Math.min(maxAge, r.hint?.maxAge ?? (historical ? policy.historicalMaxAge : presentMaxAge));
    if (r.hint?.scope === "PRIVATE") scope = "PRIVATE";
  }
  for (const node of shape.nestedAsOf) {
    const v = valueOf(node, variables);
    if (v !== undefined && v !== null && !isPast(v, today)) maxAge = Math.min(maxAge, presentMaxAge);
  }
  for (const h of shape.nested) apply(h);
  return { maxAge: Number.isFinite(maxAge) ? maxAge : 0, scope };
}
