import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type DocumentNode, type FragmentDefinitionNode, type GraphQLError, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValidationContext, type ValidationRule } from "graphql";
import { maxAliasesRule } from "@escape.tech/graphql-armor-max-aliases";
import { maxDepthRule } from "@escape.tech/graphql-armor-max-depth";
import { maxDirectivesRule } from "@escape.tech/graphql-armor-max-directives";
import type { Context } from "../context";
import { AppError, QueryTooComplexError, SubscriptionOverHttpError } from "../shared/errors";
import { estimateCost, type LimitsConfig } from "../shared/limits";

export type { LimitsConfig };
import { checkInputLimits } from "../shared/input-limits";


/** graphql-armor reports "Syntax Error: <limit> exceeded"; Gigawatt reports QUERY_TOO_COMPLEX. */
const refuse = (limit: string) => (context: ValidationContext | null, error: GraphQLError) =>
  context?.reportError(new QueryTooComplexError(error.message.replace(/^Syntax Error: /, ""), { limit }));

/** Counts the root fields of each operation, root fragments included (each fragment once). */
function maxRootFieldsRule(max: number): ValidationRule {
  return (context) => {
    const memo = new Map<string, number>();
    const count = (set: SelectionSetNode): number => {
      let n = 0;
      for (const sel of set.selections) {
        if (sel.kind === Kind.FIELD) n += sel.name.value === "__typename" ? 0 : 1;
        else if (sel.kind === Kind.INLINE_FRAGMENT) n += count(sel.selectionSet);
        else if (memo.has(sel.name.value)) n += memo.get(sel.name.value)!;
        else {
          memo.set(sel.name.value, 0); // cycles are refused by NoFragmentCycles
          const frag: FragmentDefinitionNode | null | undefined = context.getFragment(sel.name.value);
          const inner = frag ? count(frag.selectionSet) : 0;
          memo.set(sel.name.value, inner);
          n += inner;
        }
      }
      return n;
    };
    return {
      OperationDefinition(node) {
        const n = count(node.selectionSet);
        if (n > max) context.reportError(new QueryTooComplexError(`The operation asks for ${n} root fields; the limit is ${max}.`, { limit: "rootFields", rootFields: n, maxRootFields: max }));
      },
    };
  };
}

/**
 * HTTP only: a `subscription` (served over graphql-ws, src/http/subscriptions.ts) is refused
 * with SUBSCRIPTION_OVER_HTTP and a 400; so is an operation type the schema lacks, which
 * graphql-js 16 would only notice at execution (an internal error).
 */
export const knownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === "subscription") {
      context.reportError(new SubscriptionOverHttpError());
    } else if (!context.getSchema().getRootType(node.operation)) {
      context.reportError(new AppError(`This API does not support ${node.operation} operations.`, "GRAPHQL_VALIDATION_FAILED", { operation: node.operation }, { nodes: [node] }));
    }
  },
});

/**
 * The static limits, as validation rules. Each is linear in the document: graphql-armor's
 * rules cost each fragment once however often it is spread. Introspection counts like any field.
 */
export function limitValidationRules(config: LimitsConfig): ValidationRule[] {
  const common = { propagateOnRejection: false, exposeLimits: true };
  return [
    maxRootFieldsRule(config.MAX_ROOT_FIELDS),
    maxAliasesRule({ ...common, n: config.MAX_QUERY_ALIASES, onReject: [refuse("aliases")] }),
    maxDepthRule({ ...common, n: config.MAX_QUERY_DEPTH, ignoreIntrospection: false, flattenFragments: true, onReject: [refuse("depth")] }),
    maxDirectivesRule({ ...common, n: config.MAX_QUERY_DIRECTIVES, onReject: [refuse("directives")] }),
  ];
}

/** Everything the limits add to the Apollo Server options. */
export function queryLimits(config: LimitsConfig) {
  return {
    // graphql-js stops lexing past this many tokens: an 850 KB document is refused in microseconds.
    parseOptions: { maxTokens: config.MAX_QUERY_TOKENS },
    validationRules: [knownOperationTypesRule, ...limitValidationRules(config)],
    plugin: limitsPlugin(config),
  };
}

/**
 * Per request, after validation and before any resolver: input caps (filter nesting, width,
 * values, NUL), then the estimated cost, kept in `context.cost.requested` for the cost charge.
 * Throws the refusal (INPUT_LIMIT / QUERY_TOO_COMPLEX). Shared by the plugin and the fast lane.
 */
export function measureOperation(
  config: LimitsConfig,
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | undefined,
  context: Pick<Context, "cost">,
): number {
  checkInputLimits(document, variables, { maxFilterDepth: config.MAX_FILTER_DEPTH, maxFilterWidth: config.MAX_FILTER_WIDTH, maxInputValues: config.MAX_INPUT_VALUES });
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
  const cost = estimateCost({ schema, operation, fragments, variables: variables ?? {} });
  context.cost.requested = cost;
  if (cost > config.MAX_QUERY_COST) {
    throw new QueryTooComplexError(`The operation's estimated cost is ${cost}; the limit is ${config.MAX_QUERY_COST}. Ask for smaller pages.`, {
      limit: "cost",
      cost,
      maxCost: config.MAX_QUERY_COST,
    });
  }
  return cost;
}

/** The limits of measureOperation, run by Apollo once the operation is resolved. */
export function limitsPlugin(config: LimitsConfig): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue, schema }) {
          if (!operation) return;
          measureOperation(config, schema, document, operation, request.variables, contextValue);
        },
      };
    },
  };
}
