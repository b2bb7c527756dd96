/**
 * Honest engines: every package the lockfile installs accepts the Node version running the
 * tests (so `npm ci` prints no EBADENGINE warning on it), and so do Gigawatt's own `engines`
 * and the SDK's. The README names the tested versions.
 */
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(__dirname, "..");
const semver = createRequire(__filename)("semver") as { satisfies(version: string, range: string): boolean };
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(root, file), "utf8"));

describe("engines", () => {
  it("every locked package accepts this Node version (no EBADENGINE on npm ci)", () => {
    const lock = read("package-lock.json") as { packages: Record<string, { version?: string; engines?: { node?: string } | string[] }> };
    const refused = Object.entries(lock.packages)
      .filter(([, p]) => p.engines && !Array.isArray(p.engines) && p.engines.node && !semver.satisfies(process.version, p.engines.node))
      .map(([name, p]) => `${name}@${p.version}: node ${(p.engines as { node: string }).node}`);
    expect(refused).toEqual([]);
  });

  it("Gigawatt's and the SDK's engines accept it, and the README names the tested versions", () => {
    expect(semver.satisfies(process.version, read("package.json").engines.node)).toBe(true);
    expect(semver.satisfies(process.version, read("src/sdk/package.json").engines.node)).toBe(true);
    const readme = fs.readFileSync(path.join(root, "README.md"), "utf8");
    expect(readme).toContain(`\`${read("package.json").engines.node}\``);
    expect(readme).toMatch(/tested on Node\s+20\.\d+/);
  });
});
