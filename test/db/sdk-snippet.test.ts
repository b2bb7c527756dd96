/**
 * The partner snippet in docs/users.md, as a partner would use it: the SDK compiled on its own
 * (src/sdk only: no server code) into a package named `gigawatt` whose package.json `exports`
 * has the `./sdk` subpath, then the snippet type-checked against it with `tsc` (strict, ESM,
 * nodenext) and run with node against the real server.
 */
import { execFile, execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

const root = path.resolve(__dirname, "../..");
const tsc = path.join(root, "node_modules/typescript/bin/tsc");

/** The `./sdk` entry of package.json's exports once it is there; until then, the proposed one. */
function sdkExport(): unknown {
  const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8"));
  return pkg.exports?.["./sdk"] ?? { types: "./dist/src/sdk/index.d.ts", default: "./dist/src/sdk/index.js" };
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

describe("the partner snippet in docs/users.md", () => {
  let server: TestServer;
  let dir: string;

  beforeAll(async () => {
    server = await startTestServer();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gigawatt-partner-"));
    const pkgDir = path.join(dir, "node_modules/gigawatt");
    fs.mkdirSync(pkgDir, { recursive: true });
    fs.writeFileSync(path.join(pkgDir, "package.json"), JSON.stringify({ name: "gigawatt", version: "0.0.0-test", exports: { "./sdk": sdkExport() } }, null, 2));
    // The SDK on its own, JS and declarations, laid out as the package's dist/.
    execFileSync(process.execPath, [tsc, "-p", path.join(root, "src/sdk/tsconfig.json"), "--outDir", path.join(pkgDir, "dist"), "--emitDeclarationOnly", "false"], { cwd: root, stdio: "pipe" });
    // What a partner's project would have installed: Node's types, and the SDK's one type dependency.
    fs.mkdirSync(path.join(dir, "node_modules/@graphql-typed-document-node"), { recursive: true });
    fs.symlinkSync(path.join(root, "node_modules/@types"), path.join(dir, "node_modules/@types"), "dir");
    fs.symlinkSync(path.join(root, "node_modules/@graphql-typed-document-node/core"), path.join(dir, "node_modules/@graphql-typed-document-node/core"), "dir");
    fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "partner", private: true, type: "module" }));
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

  it("type-checks against `gigawatt/sdk` with strict settings", () => {
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
    expect(run.stdout).toMatch(/^\d+ stock moves$/m);
    expect(run.stdout).toContain("not found: company");
  });

  it("rejects wrong use: the types are real, not `any`", () => {
    fs.writeFileSync(
      path.join(dir, "partner.ts"),
      `import { createClient } from "gigawatt/sdk";
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
