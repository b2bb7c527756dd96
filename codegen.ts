import type { CodegenConfig } from "@graphql-codegen/cli";

/**
 * The typed SDK (`npm run codegen`): from the committed schema and the operations in
 * schema/operations/, graphql-codegen's client preset writes typed documents into
 * src/sdk/generated/, and src/sdk/codegen-operations.cjs writes the table of SDK methods
 * (one per operation, named after it). `npm run codegen -- --check` fails when the committed
 * files are stale; test/sdk-fresh.test.ts runs that check.
 *
 * Deterministic: documents are read in file-name order, the method table is sorted, and no
 * timestamps or absolute paths are written.
 */
const scalars = {
  Date: "string",
  DateTime: "string",
  PartialDate: "string",
  Currency: "string",
  CountryCode: "string",
  URL: "string",
  JSONObject: "Record<string, unknown>",
};

const config: CodegenConfig = {
  schema: "schema/schema.graphql",
  documents: ["schema/operations/*.graphql"],
  ignoreNoDocuments: false,
  // The SDK package is ESM (src/sdk/package.json): relative imports carry ".js".
  importExtension: ".js",
  generates: {
    "src/sdk/generated/": {
      preset: "client",
      presetConfig: { fragmentMasking: false, gqlTagName: "graphql" },
      config: {
        documentMode: "string",
        enumsAsTypes: true,
        useTypeImports: true,
        onlyOperationTypes: true,
        strictScalars: true,
        scalars,
        // Result fields the server always sends are required (`T | null`), inputs stay optional.
        avoidOptionals: { field: true, inputValue: false, object: false, defaultValue: false },
        skipTypename: true,
      },
    },
    "src/sdk/generated/operations.ts": {
      plugins: ["./src/sdk/codegen-operations.cjs"],
      config: { documentMode: "string", scalars, strictScalars: true },
    },
  },
};

export default config;
