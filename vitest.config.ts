import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // graphql 16 ships CJS (`main`) and ESM (`module`) without an exports map: Vite would pick the
  // ESM copy for our sources while type-graphql loads the CJS one, and `instanceof` checks fail.
  resolve: { alias: [{ find: /^graphql$/, replacement: path.resolve(__dirname, "node_modules/graphql/index.js") }] },
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: false } } as never,
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    pool: "forks",
    setupFiles: ["reflect-metadata"],
  },
});
