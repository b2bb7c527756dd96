import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { Kind, parse, type OperationDefinitionNode } from "graphql";
import { operations } from "@gigawatt/sdk";

const root = path.resolve(__dirname, "..");
const operationsDir = path.join(root, "schema/operations");

describe("the generated SDK", () => {
  it("is up to date with schema/schema.graphql and schema/operations/ (`npm run codegen` leaves no diff)", () => {
    const bin = path.join(root, "node_modules/@graphql-codegen/cli/cjs/bin.js");
    const run = spawnSync(process.execPath, [bin, "--config", "codegen.ts", "--check"], { cwd: root, encoding: "utf8", timeout: 120_000 });
    const output = `${run.stdout ?? ""}${run.stderr ?? ""}`;
    const stale = output.split("\n").filter((l) => /^\s+- /.test(l)).map((l) => l.trim());
    expect(
      run.status,
      `src/sdk/generated/ is stale (${stale.join(", ") || "see output"}): run \`npm run codegen\` and commit the result.\n${output.slice(-2000)}`,
    ).toBe(0);
  }, 120_000);

  it("has one method per operation file, named after its one named operation", () => {
    const fromFiles: string[] = [];
    for (const file of fs.readdirSync(operationsDir).filter((f) => f.endsWith(".graphql")).sort()) {
      const document = parse(fs.readFileSync(path.join(operationsDir, file), "utf8"));
      const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      expect(ops, `${file} must hold exactly one operation`).toHaveLength(1);
      expect(ops[0]!.name?.value, `${file}: the operation needs a name (it becomes the SDK method)`).toBeTruthy();
      fromFiles.push(ops[0]!.name!.value);
    }
    expect(Object.keys(operations).sort()).toEqual(fromFiles.sort());
  });
});
