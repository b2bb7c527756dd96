import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
export { StreamableHTTPServerTransport } from "@modelcontextprotocol/sdk/server/streamableHttp.js";
import type { CallToolResult } from "@modelcontextprotocol/sdk/types.js";
import { Kind, parse, type DocumentNode } from "graphql";
import { z } from "zod";
import { collectCitations, type Citation } from "./citations";
import { COMPANY_QUERY, FACT_QUERY, FACT_TYPES, SECTOR_METRICS, searchQuery, sectorQuery, type FactTypeName, type SectorMetricName } from "./queries";

/** A GraphQL answer as /graphql gives it. */
export interface GraphQLAnswer {
  status: number;
  body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: { code?: string } }> };
}

/** Runs an operation through Gigawatt's Apollo pipeline (limits, cost, context, error codes). */
export type RunGraphQL = (query: string, variables?: Record<string, unknown>) => Promise<GraphQLAnswer>;

const DATE = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "a day written YYYY-MM-DD");
const METRICS = Object.keys(SECTOR_METRICS) as [SectorMetricName, ...SectorMetricName[]];
const TYPES = Object.keys(FACT_TYPES) as [FactTypeName, ...FactTypeName[]];
const SEARCH_LIMIT = 25;

/** Every answer: the result, and the sources it rests on (title, URL, date). */
function answer(result: unknown, citations: Citation[] = collectCitations(result)): CallToolResult {
  const payload = { result, citations };
  return { content: [{ type: "text", text: JSON.stringify(payload, null, 2) }], structuredContent: payload };
}

function failure(message: string, code: string): CallToolResult {
  const payload = { error: { message, code }, citations: [] };
  return { isError: true, content: [{ type: "text", text: JSON.stringify(payload) }], structuredContent: payload };
}

/** The data, or the first error as a tool failure carrying the API's documented code. */
async function dataOf(run: RunGraphQL, query: string, variables?: Record<string, unknown>): Promise<Record<string, unknown> | CallToolResult> {
  const { body } = await run(query, variables);
  const first = body.errors?.[0];
  if (first) return failure(first.message, first.extensions?.code ?? "INTERNAL_SERVER_ERROR");
  return body.data ?? {};
}

const isFailure = (v: unknown): v is CallToolResult => typeof v === "object" && v !== null && "isError" in v;

/** The only operations the GraphQL tool runs: queries. */
function readOnly(query: string): string | null {
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch {
    return null; // the server answers GRAPHQL_PARSE_FAILED itself
  }
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION && d.operation !== "query");
  return op && op.kind === Kind.OPERATION_DEFINITION ? `The graphql tool is read-only: ${op.operation} operations are refused.` : null;
}

/** The company filter of a search: its slug, resolved from a slug or a ticker. */
async function companySlug(run: RunGraphQL, company: string): Promise<string | null> {
  for (const variables of [{ slug: company.toLowerCase() }, { ticker: company.toUpperCase() }]) {
    const { body } = await run(COMPANY_QUERY, variables);
    const found = body.data?.company as { slug: string } | null | undefined;
    if (found) return found.slug;
  }
  return null;
}

type Node = { __typename: string; id: string; key: string; note: string | null; sources: Array<{ quote: string | null; source: { title: string; publisher: string | null } }> };

function matches(node: Node, words: string[]): boolean {
  const text = [node.__typename, node.key, node.note ?? "", ...node.sources.flatMap((s) => [s.source.title, s.source.publisher ?? "", s.quote ?? ""])].join(" ").toLowerCase();
  return words.every((w) => text.includes(w));
}

async function searchFacts(run: RunGraphQL, args: { text: string; type?: FactTypeName; company?: string; asOf?: string }): Promise<CallToolResult> {
  const slug = args.company ? await companySlug(run, args.company) : null;
  if (args.company && !slug) return failure(`No company with slug or ticker "${args.company}".`, "NOT_FOUND");
  const words = args.text.toLowerCase().split(/\s+/).filter(Boolean);
  const found: Node[] = [];
  for (const type of args.type ? [args.type] : TYPES) {
    const relations: readonly string[] = FACT_TYPES[type].company;
    if (slug && relations.length === 0) continue;
    const byRelation = relations.map((r) => ({ [r]: { slug: { eq: slug } } }));
    const where = !slug ? undefined : byRelation.length === 1 ? byRelation[0] : { or: byRelation };
    const data = await dataOf(run, searchQuery(type), { asOf: args.asOf ?? null, where });
    if (isFailure(data)) return data;
    const list = data[FACT_TYPES[type].list] as { nodes: Node[] };
    found.push(...list.nodes.filter((n) => matches(n, words)));
  }
  const shown = found.slice(0, SEARCH_LIMIT);
  return answer({ total: found.length, shown: shown.length, facts: shown.map((n) => ({ ...n, type: n.__typename })) });
}

/** The MCP server: four read-only tools over the facts, every answer with its citations. */
export function createMcpServer(run: RunGraphQL): McpServer {
  const server = new McpServer({ name: "gigawatt", version: "0.1.0" }, { capabilities: { tools: {} } });
  server.registerTool(
    "sector_figure",
    {
      title: "Sector figure",
      description: "A sector aggregate for a country as known on a day (asOf): its value and unit, the method in one sentence, every input counted, what was excluded and why, and the sources.",
      inputSchema: {
        metric: z.enum(METRICS).describe("Which figure: " + METRICS.join(", ")),
        country: z.string().regex(/^[A-Z]{2}$/).default("US").describe("ISO country code (default US)"),
        asOf: DATE.optional().describe("Only facts public on or before this day (default: today)"),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ metric, country, asOf }) => {
      const data = await dataOf(run, sectorQuery(metric), { country, asOf: asOf ?? null });
      return isFailure(data) ? data : answer({ metric, ...(data.sector as object) });
    },
  );
  server.registerTool(
    "search_facts",
    {
      title: "Search facts",
      description: "Facts (deals, backstops, bonds, plans, revenue, capacity, stock moves, sites, indicators) whose key, note, sources or quotes contain every word of `text`, optionally of one type, about one company, as known on a day.",
      inputSchema: {
        text: z.string().min(1).max(200).describe("Words that must all appear (case-insensitive)"),
        type: z.enum(TYPES).optional().describe("Only this fact type"),
        company: z.string().min(1).max(60).optional().describe("A company slug or ticker (e.g. iren, MSFT)"),
        asOf: DATE.optional().describe("Only facts public on or before this day (default: today)"),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async (args) => searchFacts(run, args),
  );
  server.registerTool(
    "get_fact",
    {
      title: "Fact by id",
      description: "One fact (or source or company) by its global id, with its figures, caveats and every source with quotes.",
      inputSchema: { id: z.string().min(1).max(200).describe("A global id, as returned by search_facts or the GraphQL API") },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ id }) => {
      const data = await dataOf(run, FACT_QUERY, { id });
      if (isFailure(data)) return data;
      return data.node ? answer(data.node) : failure(`No fact with id "${id}".`, "NOT_FOUND");
    },
  );
  server.registerTool(
    "graphql",
    {
      title: "GraphQL query (read-only)",
      description: "Runs a read-only GraphQL query against the Gigawatt API, under the same depth and cost limits as /graphql. Select `sources { source { title url publishedOn } }` on facts to get citations.",
      inputSchema: {
        query: z.string().min(1).max(20_000).describe("A GraphQL query document (no mutations or subscriptions)"),
        variables: z.record(z.string(), z.unknown()).optional().describe("Variables of the query"),
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    async ({ query, variables }) => {
      const refused = readOnly(query);
      if (refused) return failure(refused, "BAD_USER_INPUT");
      const { body } = await run(query, variables);
      const first = body.errors?.[0];
      if (first && !body.data) return failure(first.message, first.extensions?.code ?? "INTERNAL_SERVER_ERROR");
      return answer(body.errors ? { data: body.data, errors: body.errors } : body.data);
    },
  );
  return server;
}
