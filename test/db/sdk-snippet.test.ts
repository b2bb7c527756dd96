/**
 * The SDK as a partner gets it: `npm pack` of the @gigawatt/sdk workspace (built by
 * `npm run build`), installed from the tarball into a fresh project OFFLINE with an empty npm
 * cache (possible only because it has no dependencies), the snippet in docs/users.md
 * type-checked against the installed package with `tsc` (strict, ESM, nodenext, no DOM lib)
 * and run with node against the real server.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

const root = path.resolve(__dirname, "../..");
const sdkDir = path.join(root, "src/sdk");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");
const npmCli = process.env.npm_execpath && /npm-cli\.js$/.test(process.env.npm_execpath) ? process.env.npm_execpath : null;

/** npm, through the same node (npm_execpath when run from an npm script). */
function npm(args: string[], cwd: string): string {
  const [cmd, argv] = npmCli ? [process.execPath, [npmCli, ...args]] : ["npm", args];
  return execFileSync(cmd, argv, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], timeout: 120_000 });
}

function snippet(): string {
  const doc = fs.readFileSync(path.join(root, "docs/users.md"), "utf8");
  const match = /<!-- snippet: sdk-partner[^>]*-->\s*```ts\n([\s\S]*?)```/.exec(doc);
  if (!match) throw new Error("docs/users.md has no `<!-- snippet: sdk-partner -->` ts block");
  return match[1]!;
}

function typecheck(dir: string): { ok: boolean; output: string } {
  const run = spawnSync(process.execPath, [tsc, "-p", path.join(dir, "tsconfig.json")], { cwd: dir, encoding: "utf8", timeout: 120_000 });
  return { ok: run.status === 0, output: `${run.stdout}${run.stderr}` };
}

let packed: { filename: string; size: number; unpackedSize: number; entryCount: number; files: Array<{ path: string }> };
let installOutput = "";

describe("the partner snippet in docs/users.md", () => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    server = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gigawatt-partner-"));
    if (!fs.existsSync(path.join(sdkDir, "dist/index.js"))) throw new Error("src/sdk/dist is missing: run `npm run build` first");
    [packed] = JSON.parse(npm(["pack", "--json", "--pack-destination", dir], sdkDir));
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "partner", private: true, type: "module" }));
    // A fresh, empty cache and --offline: the install must not need the registry at all.
    installOutput = npm(["install", "--offline", "--no-audit", "--no-fund", "--cache", path.join(dir, ".npm-cache"), `./${packed.filename}`], dir);
    // The partner's own tooling: Node's types for `process` in the snippet (not installed by the SDK).
    fs.symlinkSync(path.join(root, "node_modules/@types"), path.join(dir, "node_modules/@types"), "dir");
    fs.writeFileSync(
      path.join(dir, "tsconfig.json"),
      JSON.stringify({
        compilerOptions: { target: "ES2022", module: "nodenext", moduleResolution: "nodenext", strict: true, skipLibCheck: false, types: ["node"], lib: ["ES2023"], outDir: "out", rootDir: "." },
        include: ["partner.ts"],
      }),
    );
  });

  afterAll(async () => {
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("packs the client alone and installs as exactly one package, offline", () => {
    const files = packed.files.map((f) => f.path).sort();
    expect(files).toContain("dist/index.js");
    expect(files).toContain("dist/index.d.ts");
    expect(files.filter((f) => !/^dist\/.*\.(js|d\.ts)$/.test(f))).toEqual(["package.json"]);
    expect(packed.size).toBeLessThan(60_000);
    const lock = JSON.parse(fs.readFileSync(path.join(dir, "package-lock.json"), "utf8"));
    const installed = Object.keys(lock.packages).filter((p) => p.startsWith("node_modules/"));
    expect(installed).toEqual(["node_modules/@gigawatt/sdk"]);
    expect(installOutput).toMatch(/added 1 package\b/);
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, "node_modules/@gigawatt/sdk/package.json"), "utf8"));
    expect(pkg.dependencies ?? {}).toEqual({});
    expect(pkg.type).toBe("module");
  });

  it("type-checks against `@gigawatt/sdk` with strict settings", () => {
    fs.writeFileSync(path.join(dir, "partner.ts"), snippet());
    const result = typecheck(dir);
    expect(result.output).toBe("");
    expect(result.ok).toBe(true);
    expect(fs.existsSync(path.join(dir, "out/partner.js"))).toBe(true);
  });

  it("runs against the server and prints real figures", async () => {
    // Asynchronously: the server lives in this process, a synchronous spawn would starve it.
    const run = await new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, [path.join(dir, "out/partner.js")], { cwd: dir, encoding: "utf8", env: { ...process.env, GIGAWATT_URL: `${server.url}/graphql` }, timeout: 60_000 }, (error, stdout, stderr) =>
        resolve({ status: error ? ((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("D-IREN-MSFT Microsoft Corp. 9700000000 4");
    const { stockMoves } = await server.data("{ stockMoves(asOf: \"2026-02-28\") { totalCount } }");
    expect(run.stdout).toContain(`${stockMoves.totalCount} stock moves`);
    expect(run.stdout).toMatch(/^\d+ stock moves$/m);
    expect(run.stdout).toContain("not found: company");
  });

  it("rejects wrong use: the types are real, not `any`", () => {
    fs.writeFileSync(
      path.join(dir, "partner.ts"),
      `import { createClient } from "@gigawatt/sdk";
const gw = createClient({ url: "http://localhost:4000/graphql" });
await gw.getCompany({});
await gw.listDeals({ orderBy: [{ field: "NOT_A_FIELD" }] });
const { deals } = await gw.listDeals();
deals.nodes[0]!.totalValue.usd.toFixed();
gw.noSuchMethod();
`,
    );
    const result = typecheck(dir);
    expect(result.ok).toBe(false);
    expect(result.output).toMatch(/partner\.ts\(3,\d+\).*slug/);
    expect(result.output).toMatch(/partner\.ts\(4,\d+\).*NOT_A_FIELD/);
    expect(result.output).toMatch(/partner\.ts\(6,\d+\).*possibly 'null'/);
    expect(result.output).toMatch(/partner\.ts\(7,\d+\).*noSuchMethod/);
  });
});
