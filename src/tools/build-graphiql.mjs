#!/usr/bin/env node
// Bundles the self-hosted GraphiQL 5 page (src/graphiql/app.tsx) and the
// Monaco web workers into dist/graphiql/ with stable file names:
//
//   graphiql.js  graphiql.css  editor.worker.js  json.worker.js  graphql.worker.js
//   charts.js  charts.css   (the chart pages, src/graphiql/charts.ts, drawn with uPlot)
//
// and inputs.json, the files esbuild read, so src/tools/build.mjs can skip an unchanged build.
//
// plus precompressed .gz/.br siblings that src/http/graphiql.ts serves when the
// client accepts them. Offline: everything comes from node_modules.
//
// Usage: node src/tools/build-graphiql.mjs [--sourcemap] [--no-compress] [--analyze]
import { createRequire } from "node:module";
import { mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import zlib from "node:zlib";
import * as esbuild from "esbuild";

const started = performance.now();
const args = new Set(process.argv.slice(2));
const sourcemap = args.has("--sourcemap");
const compress = !args.has("--no-compress");
const analyze = args.has("--analyze");

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const outdir = path.join(root, "dist", "graphiql");
const require = createRequire(path.join(root, "package.json"));

/** The files src/http/graphiql.ts knows about; keep both lists in sync. */
const EXPECTED = ["graphiql.js", "graphiql.css", "editor.worker.js", "json.worker.js", "graphql.worker.js", "charts.js", "charts.css"];

const shared = {
  absWorkingDir: root,
  bundle: true,
  minify: true,
  format: "iife",
  platform: "browser",
  target: ["chrome109", "edge109", "firefox115", "safari16"],
  outdir,
  entryNames: "[name]",
  assetNames: "[name]",
  sourcemap: sourcemap ? "linked" : false,
  legalComments: "eof",
  logLevel: "warning",
  metafile: true,
  define: {
    "process.env.NODE_ENV": '"production"',
    global: "globalThis",
  },
  // Fonts/images referenced from CSS are inlined (CSP allows data: fonts/images).
  loader: {
    ".ttf": "dataurl",
    ".woff": "dataurl",
    ".woff2": "dataurl",
    ".svg": "dataurl",
    ".png": "dataurl",
    ".gif": "dataurl",
  },
  // Keep the repo's server tsconfig (decorators, useDefineForClassFields) out of the browser build.
  tsconfigRaw: {
    compilerOptions: { jsx: "react-jsx", target: "es2022", useDefineForClassFields: true, strict: true },
  },
  jsx: "automatic",
};

const appShim = path.join(root, "src", "graphiql", "monaco-editor.ts");

/** `import "monaco-editor"` -> src/graphiql/monaco-editor.ts (editor core + GraphQL + JSON only). */
const slimMonaco = {
  name: "gigawatt-slim-monaco",
  setup(build) {
    build.onResolve({ filter: /^monaco-editor$/ }, () => ({ path: appShim }));
  },
};

/**
 * monaco-graphql's exports map has `"./*": "./*"`, so the extension-less deep
 * import `@graphiql/react` uses (`monaco-graphql/esm/utils`) only resolves with
 * bundlers that guess extensions; esbuild follows the exports map strictly.
 */
const monacoGraphqlDeepImports = {
  name: "gigawatt-monaco-graphql-deep-imports",
  setup(build) {
    build.onResolve({ filter: /^monaco-graphql\/esm\/[\w./-]+$/ }, (a) => {
      if (/\.js$/.test(a.path)) return undefined;
      return { path: require.resolve(`${a.path}.js`) };
    });
  },
};

/**
 * Monaco's ESM modules `import "./foo.css"`. graphiql/style.css (the stylesheet
 * the GraphiQL README says to import) already contains that same Monaco CSS
 * (same monaco-editor version, codicon font inlined), so the JS-side imports
 * are dropped instead of shipping the Monaco CSS twice.
 */
const dropMonacoCss = {
  name: "gigawatt-drop-monaco-css",
  setup(build) {
    build.onResolve({ filter: /\.css$/ }, (a) => {
      const importer = a.importer.split(path.sep).join("/");
      if (a.kind === "import-statement" && importer.includes("/node_modules/monaco-editor/")) {
        return { path: a.path, namespace: "monaco-css-dropped" };
      }
      return undefined;
    });
    build.onLoad({ filter: /.*/, namespace: "monaco-css-dropped" }, () => ({ contents: "", loader: "empty" }));
  },
};

/**
 * GraphiQL 5 titles a tab with its operation name. Example operations keep plain operation
 * names (the SDK is generated from the same files), so a tab whose query starts with a
 * `# example: <title>` (or `# title: <title>`) header line is titled by that line instead.
 * The three places @graphiql/react computes a tab title are rewritten; the build fails if
 * they are not found (a GraphiQL upgrade must look at this again).
 */
const TAB_TITLE_FILE = /[\\/]@graphiql[\\/]react[\\/]dist[\\/]utility[\\/]tabs\.js$/;
const humanTabTitles = {
  name: "gigawatt-human-tab-titles",
  setup(build) {
    build.onLoad({ filter: TAB_TITLE_FILE }, async (a) => {
      let source = await readFile(a.path, "utf8");
      const patterns = [
        [/title: operationName \|\| DEFAULT_TITLE/g, "title: humanTitle(query) || operationName || DEFAULT_TITLE"],
        [/title: newTab\.operationName \|\|/g, "title: humanTitle(newTab.query) || newTab.operationName ||"],
      ];
      let count = 0;
      for (const [re, by] of patterns) source = source.replace(re, () => (count++, by));
      if (count !== 3) throw new Error(`build-graphiql: expected 3 tab-title sites in ${a.path}, found ${count}`);
      source += `\nfunction humanTitle(query) {\n  const m = /^#\\s*(?:example|title):[ \\t]*(\\S[^\\n]*)$/m.exec(query ?? "");\n  return m ? m[1].trim().slice(0, 80) : null;\n}\n`;
      return { contents: source, loader: "js" };
    });
  },
};

await rm(outdir, { recursive: true, force: true });
await mkdir(outdir, { recursive: true });

const [app, charts, workers] = await Promise.all([
  esbuild.build({
    ...shared,
    entryPoints: { graphiql: path.join(root, "src", "graphiql", "app.tsx") },
    plugins: [humanTabTitles, slimMonaco, monacoGraphqlDeepImports, dropMonacoCss],
  }),
  esbuild.build({
    ...shared,
    entryPoints: { charts: path.join(root, "src", "graphiql", "charts.ts") },
  }),
  esbuild.build({
    ...shared,
    entryPoints: {
      "editor.worker": require.resolve("monaco-editor/esm/vs/editor/editor.worker.js"),
      "json.worker": require.resolve("monaco-editor/esm/vs/language/json/json.worker.js"),
      "graphql.worker": require.resolve("monaco-graphql/esm/graphql.worker.js"),
    },
    plugins: [dropMonacoCss],
  }),
]);
for (const result of [app, charts, workers]) {
  if (result.errors.length) process.exit(1);
}
const inputs = new Set();
for (const result of [app, charts, workers]) for (const file of Object.keys(result.metafile.inputs)) if (!file.includes(":")) inputs.add(file);
await writeFile(path.join(outdir, "inputs.json"), JSON.stringify([...inputs].sort()));
if (analyze) console.log(await esbuild.analyzeMetafile(app.metafile, { verbose: false }));

// Sanity checks: every expected file exists, and the Monaco CSS really is in graphiql.css.
const produced = new Set(await readdir(outdir));
const missing = EXPECTED.filter((f) => !produced.has(f));
if (missing.length) {
  console.error(`build-graphiql: missing outputs: ${missing.join(", ")}`);
  process.exit(1);
}
const css = await readFile(path.join(outdir, "graphiql.css"), "utf8");
if (!css.includes(".monaco-editor") || !css.includes("codicon")) {
  console.error("build-graphiql: graphiql.css lacks Monaco's styles (did graphiql/style.css change?)");
  process.exit(1);
}
const js = await readFile(path.join(outdir, "graphiql.js"), "utf8");
if (/\bimport\(\s*["'`]https?:/.test(js) || /\bimportScripts\(\s*["'`]https?:/.test(js)) {
  console.error("build-graphiql: graphiql.js loads code from a remote URL");
  process.exit(1);
}

const gzip = promisify(zlib.gzip);
const brotli = promisify(zlib.brotliCompress);
const rows = [];
for (const name of EXPECTED) {
  const file = path.join(outdir, name);
  const raw = await readFile(file);
  const row = { name, raw: raw.length, gz: 0, br: 0 };
  if (compress) {
    const [gz, br] = await Promise.all([
      gzip(raw, { level: 9 }),
      brotli(raw, {
        params: {
          [zlib.constants.BROTLI_PARAM_MODE]: name.endsWith(".css")
            ? zlib.constants.BROTLI_MODE_TEXT
            : zlib.constants.BROTLI_MODE_GENERIC,
          [zlib.constants.BROTLI_PARAM_QUALITY]: 9,
          [zlib.constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
        },
      }),
    ]);
    await Promise.all([writeFile(`${file}.gz`, gz), writeFile(`${file}.br`, br)]);
    row.gz = gz.length;
    row.br = br.length;
  }
  rows.push(row);
}

const kib = (n) => `${(n / 1024).toFixed(1)} KiB`;
const pad = (s, n) => String(s).padStart(n);
const total = rows.reduce((acc, r) => ({ raw: acc.raw + r.raw, gz: acc.gz + r.gz, br: acc.br + r.br }), {
  raw: 0,
  gz: 0,
  br: 0,
});
console.log(`GraphiQL bundle -> ${path.relative(root, outdir)}/`);
for (const r of [...rows, { name: "total", ...total }]) {
  const line = `  ${r.name.padEnd(18)} ${pad(r.raw, 9)} B ${pad(kib(r.raw), 12)}`;
  console.log(compress ? `${line}   gzip ${pad(kib(r.gz), 11)}   br ${pad(kib(r.br), 11)}` : line);
}
console.log(`Total bundle size: ${total.raw} bytes (${kib(total.raw)}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
