#!/usr/bin/env node
// `npm run build` (and `npm start`, `npm test` before them): builds only what changed.
//
// Each step has a set of input files; their paths, sizes and modification times are hashed
// into a fingerprint kept in dist/.build-stamps.json beside the outputs. A step whose
// fingerprint and outputs are unchanged is skipped, so a start with nothing changed goes
// straight to the server. `--force` rebuilds everything.
//
//   server    tsc -p tsconfig.build.json --incremental     (src, seeds, bench → dist/)
//   sdk       npm run build -w @gigawatt/sdk               (src/sdk/dist/)
//   graphiql  node src/tools/build-graphiql.mjs            (dist/graphiql/; its inputs are the
//             files esbuild read last time, recorded by that script in dist/graphiql/inputs.json)
//
// Hand-rolled rather than a build tool: three steps, and the point is to spawn nothing when
// nothing changed (tsc alone takes seconds just to find out that nothing changed).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync, mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const dist = path.join(root, "dist");
const stampFile = path.join(dist, ".build-stamps.json");
const force = process.argv.includes("--force");
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs|json|css|graphql|sql|md)$/;

/** Every source file under `dir` (relative to the repository), skipping build output and deps. */
function walk(dir, skip = () => false) {
  const abs = path.join(root, dir);
  if (!existsSync(abs)) return [];
  const out = [];
  for (const entry of readdirSync(abs, { withFileTypes: true })) {
    const rel = path.join(dir, entry.name);
    if (entry.name === "node_modules" || entry.name === "dist" || skip(rel)) continue;
    if (entry.isDirectory()) out.push(...walk(rel, skip));
    else if (SOURCE.test(entry.name)) out.push(rel);
  }
  return out;
}

function fingerprint(files) {
  const hash = createHash("sha1");
  for (const rel of [...new Set(files)].sort()) {
    const abs = path.isAbsolute(rel) ? rel : path.join(root, rel);
    let s = "missing";
    try {
      const st = statSync(abs);
      s = `${st.size}:${st.mtimeMs}`;
    } catch {
      /* a vanished input is a change */
    }
    hash.update(`${rel}\0${s}\n`);
  }
  return hash.digest("hex");
}

function graphiqlInputs() {
  const list = path.join(dist, "graphiql", "inputs.json");
  if (!existsSync(list)) return null;
  try {
    return JSON.parse(readFileSync(list, "utf8")).map((p) => path.resolve(root, p));
  } catch {
    return null;
  }
}

const npx = (args) => ({ cmd: process.execPath, args: [path.join(root, "node_modules", "typescript", "bin", "tsc"), ...args] });
const common = ["package-lock.json", "tsconfig.json", "src/tools/build.mjs"];
const steps = [
  {
    // The SDK is its own workspace package (@gigawatt/sdk): the server's tests import it built.
    name: "sdk",
    inputs: () => [...common, ...walk("src/sdk")],
    outputs: ["src/sdk/dist/index.js", "src/sdk/dist/index.d.ts"],
    run: { cmd: "npm", args: ["run", "build", "--silent", "-w", "@gigawatt/sdk"] },
  },
  {
    name: "server",
    inputs: () => [...common, "tsconfig.build.json", ...walk("src", (rel) => rel.startsWith(path.join("src", "graphiql"))), ...walk("seeds"), ...walk("bench")],
    outputs: ["dist/src/index.js", "dist/seeds/load.js"],
    run: npx(["-p", "tsconfig.build.json", "--incremental", "--tsBuildInfoFile", "dist/.tsbuildinfo"]),
  },
  {
    name: "graphiql",
    inputs: () => {
      const recorded = graphiqlInputs();
      return recorded ? [...common, "src/tools/build-graphiql.mjs", ...recorded] : null;
    },
    outputs: ["dist/graphiql/graphiql.js", "dist/graphiql/charts.js", "dist/graphiql/inputs.json"],
    run: { cmd: process.execPath, args: [path.join(root, "src", "tools", "build-graphiql.mjs")] },
  },
];

let stamps = {};
try {
  stamps = JSON.parse(readFileSync(stampFile, "utf8"));
} catch {
  stamps = {};
}

const started = performance.now();
for (const step of steps) {
  const inputs = step.inputs();
  const before = inputs ? fingerprint(inputs) : null;
  const built = step.outputs.every((f) => existsSync(path.join(root, f)));
  if (!force && before && built && stamps[step.name] === before) {
    console.log(`build: ${step.name} is up to date`);
    continue;
  }
  const t = performance.now();
  const result = spawnSync(step.run.cmd, step.run.args, { cwd: root, stdio: "inherit" });
  if (result.status !== 0) {
    console.error(`build: ${step.name} failed`);
    process.exit(result.status ?? 1);
  }
  // Fingerprint after the step: the graphiql step rewrites its own input list.
  const after = step.inputs();
  stamps[step.name] = after ? fingerprint(after) : undefined;
  mkdirSync(dist, { recursive: true });
  writeFileSync(stampFile, JSON.stringify(stamps, null, 2));
  console.log(`build: ${step.name} built in ${((performance.now() - t) / 1000).toFixed(1)} s`);
}
console.log(`build: done in ${((performance.now() - started) / 1000).toFixed(2)} s`);
