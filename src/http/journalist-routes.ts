/** The pages for people (permalinks and charts), as rows of the route table (./routes.ts). */
import path from "node:path";
import type { GraphQLSchema } from "graphql";
import { loadExamples } from "./examples";
import { fileDocumentStore } from "./document-store";
import type { GraphQLRunner } from "./graphql";
import { permalinkRoutes } from "./permalink";
import { chartsRoutes } from "./charts";
import type { Route } from "./types";

export interface JournalistDeps {
  schema: GraphQLSchema;
  run: GraphQLRunner;
  /** DOCUMENTS_DIR: where shared operations are stored. */
  documentsDir: string;
}

export function journalistRoutes(deps: JournalistDeps, examples = loadExamples()): Route[] {
  // The saved examples are known documents: sharing one writes nothing.
  const store = fileDocumentStore(path.resolve(deps.documentsDir), examples.map((e) => e.query));
  const titles = new Map(examples.map((e) => [e.query, e.name]));
  return [...permalinkRoutes({ store, titles, schema: deps.schema, run: deps.run }), ...chartsRoutes({ endpoint: "/graphql" })];
}
