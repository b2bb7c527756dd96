import fs from "node:fs";
import path from "node:path";
import type { GraphiqlExample } from "./graphiql";

/** schema/operations/, found from source (tests) and from dist (runtime). */
export function operationsDir(): string | null {
  const candidates = [path.resolve(__dirname, "../../schema/operations"), path.resolve(__dirname, "../../../schema/operations")];
  return candidates.find((d) => fs.existsSync(d)) ?? null;
}

/**
 * The saved example operations GraphiQL opens with: every `*.graphql` file in
 * schema/operations/ whose first line is `# example: <title>`, with variables from a
 * `# variables: {...}` line when present. The same files generate the SDK.
 */
export function loadExamples(dir = operationsDir()): GraphiqlExample[] {
  if (!dir) return [];
  const out: Array<GraphiqlExample & { order: number }> = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".graphql")).sort()) {
    const text = fs.readFileSync(path.join(dir, file), "utf8");
    const title = /^#\s*example:\s*(.+)$/m.exec(text);
    if (!title) continue;
    const vars = /^#\s*variables:\s*(\{.*\})\s*$/m.exec(text);
    const order = /^#\s*order:\s*(\d+)/m.exec(text);
    out.push({ name: title[1].trim(), query: text, variables: vars ? JSON.stringify(JSON.parse(vars[1]), null, 2) : undefined, order: order ? Number(order[1]) : 99 });
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _o, ...e }) => e);
}
