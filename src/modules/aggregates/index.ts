import { connectionAggregateResolvers } from "./connection-aggregate.resolver";

export { ExclusionReason } from "./exclusion-reason";
export { rowsOf } from "./rows";

/** Resolver classes of the generic connection aggregates (`<Name>Connection.aggregate`), registered in src/schema.ts. */
export const aggregateResolvers: Function[] = [...connectionAggregateResolvers];
