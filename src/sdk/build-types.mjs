// After `tsc`: the generated code imports the `DocumentTypeDecoration` type from
// @graphql-typed-document-node/core (graphql-codegen writes that import and has no option to
// change it). Declarations only: the JavaScript has no such import. Point the declarations at
// the SDK's own copy of the type (typed-document.ts), so the package installs with no
// dependencies, and fail loudly if anything else still refers to a package.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const dist = path.join(path.dirname(fileURLToPath(import.meta.url)), "dist");
const FROM = /(["'])@graphql-typed-document-node\/core\1/g;

function* files(dir) {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else if (/\.(d\.ts|js)$/.test(entry.name)) yield full;
  }
}

for (const file of files(dist)) {
  let text = fs.readFileSync(file, "utf8");
  const local = path.relative(path.dirname(file), path.join(dist, "typed-document.js")).split(path.sep).join("/");
  text = text.replace(FROM, `"${local.startsWith(".") ? local : `./${local}`}"`);
  fs.writeFileSync(file, text);
  const bare = /^\s*(?:import|export)\b[^\n]*\bfrom\s+["']([^."'][^"']*)["']/m.exec(text);
  if (bare) throw new Error(`${path.relative(dist, file)} imports the package "${bare[1]}"; the SDK must have no dependencies.`);
}
