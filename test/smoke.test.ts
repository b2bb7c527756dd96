import { describe, expect, it } from "vitest";
import { printSchemaSDL } from "../src/schema-sdl";

describe("schema", () => {
  it("builds", () => {
    expect(printSchemaSDL()).toContain("type Deal");
  });
});
