import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { GraphiqlExample } from "./graphiql";

/** schema/operations/, found from source (tests) and from dist (runtime). */
export function operationsDir(): string | null {
  const candidates = [path.resolve(__dirname, "../../schema/operations"), path.resolve(__dirname, "../../../schema/operations")];
  return candidates.find((d) => fs.existsSync(d)) ?? null;
}

/** `# key: value` header lines with a meaning; other comment lines before the operation are prose. */
const DIRECTIVE = /^#\s*(example|title|description|order|variables):\s*(.*)$/;

interface Header {
  fields: Map<string, string>;
  prose: string[];
}

/** The comment block at the top of an operation file, split into directives and prose. */
function readHeader(text: string): Header {
  const fields = new Map<string, string>();
  const prose: string[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (!line.startsWith("#")) break;
    const directive = DIRECTIVE.exec(line);
    if (directive) fields.set(directive[1]!, directive[2]!.trim());
    else prose.push(line.replace(/^#\s?/, "").trim());
  }
  return { fields, prose: prose.filter(Boolean) };
}

/** Hash of what a visitor sees of an example: a changed file reads as a changed example. */
function revisionOf(query: string, variables: string | undefined): string {
  return createHash("sha256").update(query).update("\0").update(variables ?? "").digest("hex").slice(0, 16);
}

function exampleFrom(file: string, text: string): (GraphiqlExample & { order: number }) | null {
  const header = readHeader(text);
  const title = header.fields.get("title") ?? header.fields.get("example");
  if (!title) return null;
  const vars = header.fields.get("variables");
  const variables = vars ? JSON.stringify(JSON.parse(vars), null, 2) : undefined;
  const operationName = /^\s*(?:query|mutation|subscription)\s+(\w+)/m.exec(text)?.[1];
  return {
    id: file.replace(/\.graphql$/, ""),
    name: title,
    description: header.fields.get("description") ?? header.prose.join(" "),
    query: text,
    variables,
    operationName,
    revision: revisionOf(text, variables),
    order: Number(header.fields.get("order") ?? 99),
  };
}

/**
 * The saved example operations GraphiQL offers: every `*.graphql` file in schema/operations/
 * whose header has `# example: <title>` (or `# title: <title>`). `# description: <text>` gives
 * the one-line explanation (otherwise the header's other comment lines do), `# variables: {...}`
 * the variables, `# order: N` the position. The operation name stays a plain identifier: the
 * same files generate the SDK.
 */
export function loadExamples(dir = operationsDir()): GraphiqlExample[] {
  if (!dir) return [];
  const out: Array<GraphiqlExample & { order: number }> = [];
  for (const file of fs.readdirSync(dir).filter((f) => f.endsWith(".graphql")).sort()) {
    const example = exampleFrom(file, fs.readFileSync(path.join(dir, file), "utf8"));
    if (example) out.push(example);
  }
  return out.sort((a, b) => a.order - b.order).map(({ order: _o, ...e }) => e);
}
