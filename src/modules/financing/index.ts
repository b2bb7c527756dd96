/** Resolver classes of this module, registered in src/schema.ts. */
export const financingResolvers: Function[] = [];
