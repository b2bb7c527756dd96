import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { isInputObjectType, isInterfaceType, isObjectType, isEnumType } from "graphql";
import { buildGigawattSchema } from "../src/schema";
import { printSchemaSDL } from "../src/schema-sdl";

describe("schema/schema.graphql", () => {
  it("matches the schema built from the code (run `npm run schema:emit` after changing the API)", () => {
    const committed = fs.readFileSync(path.resolve(__dirname, "../schema/schema.graphql"), "utf8");
    expect(printSchemaSDL()).toBe(committed);
  });

  it("describes every type, field, argument and enum value", () => {
    const missing: string[] = [];
    for (const type of Object.values(buildGigawattSchema().getTypeMap())) {
      if (type.name.startsWith("__")) continue;
      if (!type.description) missing.push(type.name);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of "args" in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if (isEnumType(type)) {
        for (const v of type.getValues()) if (!v.description && !/OrderField$/.test(type.name)) missing.push(`${type.name}.${v.name}`);
      }
    }
    const builtIn = new Set(["String", "Boolean", "Int", "Float", "ID"]);
    expect(missing.filter((m) => !builtIn.has(m))).toEqual([]);
  });

  it("has the root fields of the API contract", () => {
    const fields = Object.keys(buildGigawattSchema().getQueryType()!.getFields());
    for (const name of ["node", "nodes", "company", "companies", "sites", "deals", "creditBackstops", "bondRaises", "investmentPlans", "revenueReports", "stockMoves", "indicators", "sources"]) {
      expect(fields).toContain(name);
    }
  });
});
