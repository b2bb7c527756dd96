/** The pages for people (permalinks and charts), as routes for createServer. */
import path from "node:path";
import type { Route } from "../server";
import { loadExamples } from "./examples";
import { fileDocumentStore } from "./document-store";
import { createPermalinkRoute } from "./permalink";
import { createChartsRoute } from "./charts";

export function journalistRoutes(config: { DOCUMENTS_DIR: string }, examples = loadExamples()): Route[] {
  // The saved examples are known documents: sharing one writes nothing.
  const store = fileDocumentStore(path.resolve(config.DOCUMENTS_DIR), examples.map((e) => e.query));
  const titles = new Map(examples.map((e) => [e.query, e.name]));
  return [createPermalinkRoute({ store, titles }), createChartsRoute({ endpoint: "/graphql" })];
}
