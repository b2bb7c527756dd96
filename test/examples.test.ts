/** The example convention of schema/operations/*.graphql: title, description, order, revision. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parse } from "graphql";
import { afterAll, describe, expect, it } from "vitest";
import { loadExamples } from "../src/http/examples";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "gigawatt-examples-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("loadExamples", () => {
  it("reads titles and descriptions from the header, orders by `# order:`, skips files without a title", () => {
    fs.writeFileSync(path.join(dir, "b.graphql"), "# title: Second, by order\n# order: 2\n# description: The explicit one.\n# Prose that the description line replaces.\nquery second { deals { totalCount } }\n");
    fs.writeFileSync(path.join(dir, "a.graphql"), '# example: First\n# order: 1\n# variables: {"x": 1}\n# Two lines of prose\n# become the description.\nquery first { sites { totalCount } }\n');
    fs.writeFileSync(path.join(dir, "c.graphql"), "# Only for the SDK.\nquery third { companies { totalCount } }\n");
    const examples = loadExamples(dir);
    expect(examples.map((e) => [e.id, e.name, e.description, e.operationName])).toEqual([
      ["a", "First", "Two lines of prose become the description.", "first"],
      ["b", "Second, by order", "The explicit one.", "second"],
    ]);
    expect(examples[0]!.variables).toBe('{\n  "x": 1\n}');
  });

  it("gives each example a revision that changes with its text or variables, and only then", () => {
    const before = loadExamples(dir).map((e) => e.revision);
    expect(loadExamples(dir).map((e) => e.revision)).toEqual(before);
    fs.writeFileSync(path.join(dir, "a.graphql"), '# example: First\n# order: 1\n# variables: {"x": 2}\nquery first { sites { totalCount } }\n');
    const after = loadExamples(dir).map((e) => e.revision);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).toBe(before[1]);
  });

  it("every saved example has a title, a description and a valid, named operation", () => {
    const examples = loadExamples();
    expect(examples.length).toBeGreaterThanOrEqual(5);
    for (const e of examples) {
      expect(e.name.length).toBeGreaterThan(5);
      expect(e.description!.length).toBeGreaterThan(20);
      expect(e.operationName).toMatch(/^[A-Za-z_]\w*$/);
      expect(() => parse(e.query)).not.toThrow();
    }
  });
});
