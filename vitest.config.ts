import os from "node:os";
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
    // Vitest's default is one worker fewer than the CPUs: a single worker on a 2-core machine, where
    // most of a file's time is spent waiting on a database or a child server. Two keep both busy.
    maxWorkers: Math.max(2, os.availableParallelism() - 1),
    setupFiles: ["reflect-metadata"],
  },
});
