/**
 * The shape of `DocumentTypeDecoration` from @graphql-typed-document-node/core, declared here
 * so the published SDK has no dependencies: that package declares a peer dependency on
 * graphql, which npm would install into every partner project. Structurally identical, so the
 * SDK's documents still work with any client that accepts typed documents (urql, Apollo, ...).
 * `build-types.mjs` points the generated declarations at this file.
 */
export interface DocumentTypeDecoration<TResult, TVariables> {
  /** Never set at run time: it carries the result and variable types. */
  __apiType?: (variables: TVariables) => TResult;
}
