import { lexicographicSortSchema, printSchema } from "graphql";
import { buildGigawattSchema } from "./schema";

/** The SDL as committed in schema/schema.graphql: sorted so diffs show real changes only. */
export function printSchemaSDL(): string {
  return `${printSchema(lexicographicSortSchema(buildGigawattSchema()))}\n`;
}
