/**
 * Slim replacement for the bare `monaco-editor` import.
 *
 * `@graphiql/react` imports `"monaco-editor"`, whose package entry
 * (`esm/vs/editor/editor.main.js`) pulls in every language Monaco ships
 * (TypeScript, CSS, HTML, ~80 Monarch grammars). GraphiQL only needs the
 * editor core, the GraphQL grammar and the JSON language service, exactly
 * what `monaco-graphql/esm/monaco-editor.js` itself imports. The build script
 * (src/tools/build-graphiql.mjs) aliases `monaco-editor` to this file; the
 * deep `monaco-editor/esm/...` imports resolve to the same module instances.
 */
import "monaco-editor/esm/vs/basic-languages/graphql/graphql.contribution.js";
import "monaco-editor/esm/vs/language/json/monaco.contribution.js";
export * from "monaco-editor/esm/vs/editor/edcore.main.js";
