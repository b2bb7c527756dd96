import {
  execute,
  getOperationAST,
  getNamedType,
  GraphQLError,
  isAbstractType,
  isInputObjectType,
  typeFromAST,
  type NamedTypeNode,
  isLeafType,
  isObjectType,
  Kind,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import { trace } from "@opentelemetry/api";
import { LRUCache } from "lru-cache";
import type { ApolloServerOptions } from "@apollo/server";

type Gateway = NonNullable<Extract<ApolloServerOptions<never>, { gateway?: unknown }>["gateway"]>;
type GatewayContext = Parameters<NonNullable<Awaited<ReturnType<Gateway["load"]>>["executor"]>>[0];

/**
 * graphql-js' default resolver calls a function-valued property and awaits a promise; graphql-jit
 * reads a field without a resolver as a plain property. Connections hand out their parts as
 * thunks (src/shared/connection.ts: the page query runs only when selected), so every field that
 * could hold one gets graphql-js' own rule as an explicit resolver: object, list and abstract
 * fields, and the leaf `totalCount`. Leaves stay plain reads: a thunk or promise there would fail
 * scalar serialization loudly, never silently. Abstract types answer from `__typename` at once.
 */
const lazyAware = (name: string): GraphQLFieldResolver<Record<string, unknown>, unknown> => (source, _args, context, info) => {
  const value = source?.[name];
  return typeof value === "function" ? (value as (...a: unknown[]) => unknown).call(source, _args, context, info) : value;
};

const PREPARED = new WeakSet<GraphQLSchema>();
/** Documents whose runs and compiled forms are kept (least recently used dropped). */
const MAX_DOCUMENTS = 500;
/** Runs of one operation before it is compiled (default); earlier runs execute on graphql-js. */
const HOT_AFTER = 3;

function prepareForJit(schema: GraphQLSchema): void {
  if (PREPARED.has(schema)) return;
  PREPARED.add(schema);
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith("__")) continue;
    if (isAbstractType(type)) {
      // type-graphql wraps every resolveType in an async function; graphql-jit needs the type name
      // at once. Models carry `__typename` (what each interface's own resolveType reads).
      const original = type.resolveType;
      type.resolveType = (value, context, info, abstract) => {
        const name = (value as { __typename?: unknown } | null)?.__typename;
        return typeof name === "string" ? name : original?.(value, context, info, abstract);
      };
      continue;
    }
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (field.resolve) continue;
      if (!isLeafType(getNamedType(field.type)) || field.name === "totalCount") field.resolve = lazyAware(field.name);
    }
  }
}

/**
 * graphql-jit compiles a parser for each variable's type, and for a recursive input type (every
 * `where` has `and`/`or`/`not` of itself) that parser grows without bound: one `$where: DealWhere`
 * took gigabytes to compile. Operations with input-object variables stay on graphql-js; inline
 * filter literals compile from the document and are fine.
 */
function takesInputObjects(schema: GraphQLSchema, op: OperationDefinitionNode): boolean {
  return (op.variableDefinitions ?? []).some((v) => {
    const type = typeFromAST(schema, v.type as NamedTypeNode);
    return !type || isInputObjectType(getNamedType(type));
  });
}

/**
 * graphql-jit's errors look like graphql-js' but leave `extensions` undefined when the thrown
 * error had none (a database error): Apollo reads `extensions.code` and answered a bare
 * INTERNAL_SERVER_ERROR instead of our formatError's verdict (a forged cursor's SQLSTATE 22 is
 * BAD_USER_INPUT). Each becomes the GraphQLError graphql-js would have built.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  const out = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined });
  if (e.locations) Object.assign(out, { locations: e.locations });
  return out;
}

/** Introspection stays on graphql-js: rare, and its answers are the reference clients compare with. */
function readsSchema(op: OperationDefinitionNode): boolean {
  return op.selectionSet.selections.some((s) => s.kind !== Kind.FIELD || s.name.value === "__schema" || s.name.value === "__type");
}

/** The operation when it is a query this file may run (no introspection, no root fragment), else null. */
function runnableQuery(document: DocumentNode, operationName: string | null | undefined): OperationDefinitionNode | null {
  const op = getOperationAST(document, operationName || undefined);
  return op && op.operation === "query" && !readsSchema(op) ? op : null;
}

/** graphql-jit's compiled form of a runnable query, or null (input-object variables, a document it refuses). */
function compile(schema: GraphQLSchema, document: DocumentNode, op: OperationDefinitionNode, operationName: string | null | undefined): CompiledQuery | null {
  if (takesInputObjects(schema, op)) return null;
  prepareForJit(schema);
  const result = compileQuery(schema, document, operationName ?? undefined);
  return isCompiledQuery(result) ? result : null;
}

/**
 * The operation compiled by graphql-jit, or null for what stays on graphql-js: anything but a
 * query, introspection, input-object variables (see takesInputObjects), a document it refuses.
 */
function compileOperation(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null {
  const op = runnableQuery(document, operationName);
  return op ? compile(schema, document, op, operationName) : null;
}

/** How the fast lane runs one operation: its result for a context and variables. */
export type OperationRunner = (context: unknown, variables: Record<string, unknown>) => ExecutionResult | Promise<ExecutionResult>;

/**
 * The fast lane's way to run a query (src/http/fast-lane.ts): compiled by graphql-jit when it
 * takes the operation, else graphql-js' `execute` on the validated document, exactly what this
 * gateway runs for it behind Apollo (input-object variables, a document graphql-jit refuses).
 * Null for what only Apollo runs: mutations, subscriptions, introspection and root fragments.
 */
export function operationRunner(schema: GraphQLSchema, document: DocumentNode, operationName: string | null | undefined): OperationRunner | null {
  const op = runnableQuery(document, operationName);
  if (!op) return null;
  const compiled = compile(schema, document, op, operationName);
  if (compiled) return (context, variables) => compiled.query(undefined, context, variables);
  return (context, variables) => execute({ schema, document, contextValue: context, variableValues: variables, operationName }) as Promise<ExecutionResult> | ExecutionResult;
}

/**
 * Compiled execution (graphql-jit) behind Apollo Server's gateway interface, its only executor
 * hook. Apollo still parses, validates (limits included) and runs every plugin; only execution
 * changes. An operation is compiled once it has run a few times (documents come from Apollo's
 * document store, so the same text is the same document object), and at most MAX_DOCUMENTS
 * documents are kept. Anything
 * graphql-jit does not take (mutations, introspection, fragments at the root, a document it
 * cannot compile), any request whose variables it refuses, and requests being traced run on
 * graphql-js, so those answers, error messages and spans stay graphql-js' own.
 */
export function jitGateway(schema: GraphQLSchema, opts: { hotAfter?: number } = {}): Gateway {
  const hotAfter = opts.hotAfter ?? HOT_AFTER;
  prepareForJit(schema);
  // Per document: how often each operation ran (until it is compiled), or its compiled form
  // (null: not compilable). Bounded by count: a compiled query weighs far more than its text, so
  // the document store's byte bound alone let thousands of one-off documents hold gigabytes.
  const runs = new LRUCache<DocumentNode, Map<string, number | CompiledQuery | null>>({ max: MAX_DOCUMENTS });

  const compiledFor = (document: DocumentNode, operationName: string | null | undefined): CompiledQuery | null => {
    let byName = runs.get(document);
    if (!byName) runs.set(document, (byName = new Map()));
    const key = operationName ?? "";
    const seen = byName.get(key) ?? 0;
    if (typeof seen !== "number") return seen;
    // A one-off document costs more to compile than to interpret: compile from its hotAfter-th run.
    if (seen + 1 < hotAfter) {
      byName.set(key, seen + 1);
      return null;
    }
    const query = compileOperation(schema, document, operationName);
    byName.set(key, query);
    return query;
  };

  const reference = (rc: GatewayContext) =>
    execute({ schema, document: rc.document, contextValue: rc.context, variableValues: rc.request.variables, operationName: rc.operationName ?? rc.request.operationName }) as Promise<ExecutionResult>;

  return {
    async load() {
      return {
        executor: async (rc) => {
          // A request being traced runs on graphql-js, whose OpenTelemetry instrumentation gives
          // its execute and resolver spans (src/telemetry.ts); without tracing this is one lookup.
          if (trace.getActiveSpan()?.isRecording()) return reference(rc);
          const query = compiledFor(rc.document, rc.operationName ?? rc.request.operationName);
          if (!query) return reference(rc);
          const result = await query.query(undefined, rc.context, rc.request.variables ?? {});
          // Variables graphql-jit refuses: let graphql-js refuse them, with its own messages.
          if (result.errors?.length && result.data === undefined) return reference(rc);
          if (result.errors) result.errors = result.errors.map(asGraphQLError);
          return result;
        },
      };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: "" });
      return () => undefined;
    },
    async stop() {},
  };
}
