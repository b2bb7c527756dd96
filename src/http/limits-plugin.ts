import type { ApolloServerPlugin } from "@apollo/server";
import { Kind, type FragmentDefinitionNode, type GraphQLSchema } from "graphql";
import type { Context } from "../context";
import { QueryTooComplexError } from "../shared/errors";
import { measure, relationListFields } from "../shared/limits";
import { currentTally } from "../db/query-counter";

/** Rejects operations deeper or costlier than the configured limits, before any SQL runs. */
export function limitsPlugin(): ApolloServerPlugin<Context> {
  let listFields: Set<string> | null = null;
  return {
    async serverWillStart({ schema }: { schema: GraphQLSchema }) {
      listFields = relationListFields(schema);
    },
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const def of document.definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments[def.name.value] = def;
          const { depth, cost } = measure(operation, fragments, request.variables ?? {}, listFields ?? new Set());
          const tally = currentTally();
          if (tally) tally.cost = cost;
          const { MAX_QUERY_DEPTH, MAX_QUERY_COST } = contextValue.config;
          if (depth > MAX_QUERY_DEPTH) {
            throw new QueryTooComplexError(`The operation is ${depth} levels deep; the limit is ${MAX_QUERY_DEPTH}.`, { depth, maxDepth: MAX_QUERY_DEPTH });
          }
          if (cost > MAX_QUERY_COST) {
            throw new QueryTooComplexError(`The operation's estimated cost is ${cost}; the limit is ${MAX_QUERY_COST}. Ask for smaller pages.`, {
              cost,
              maxCost: MAX_QUERY_COST,
            });
          }
        },
      };
    },
  };
}
