import fs from "node:fs";
import path from "node:path";
import { printSchemaSDL } from "./schema-sdl";

/** Writes schema/schema.graphql from the code (`npm run schema:emit`). */
const target = path.resolve(__dirname, "../../schema/schema.graphql");
fs.writeFileSync(target, printSchemaSDL());
process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
