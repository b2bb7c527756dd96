/**
 * Permalinks: a stable URL for an operation, its variables and a pinned moment.
 *
 *   POST /share  { query, variables?, operationName? }
 *     → 201 { url, json, csv, hash, pin }: the operation is stored by its sha256 (a persisted
 *       document) and pinned to the `asOf` in force (the variables' `asOf`, else today) and,
 *       where the schema has it, the `knownAt` in force (the variables' `knownAt`, else now).
 *   GET /p/<sha256>[.json|.csv]?asOf=…[&knownAt=…][&operationName=…][&variables=…]
 *     → the answer as a page rendered on the server (no script), as JSON, or as CSV.
 *
 * The answer runs through Apollo like any request (limits, cache, error codes), with every
 * field that takes a pin argument pinned (./pin.ts), so the page never changes.
 */
import type { IncomingMessage } from "node:http";
import { Kind, GraphQLError, parse, validate, type DocumentNode, type GraphQLSchema } from "graphql";
import { BodyError } from "./body";
import { csvAnswer } from "./csv";
import type { DocumentStore } from "./document-store";
import type { GraphQLRunner } from "./graphql";
import { PIN_ARGUMENTS, pinOperation, schemaTakes, type Pin } from "./pin";
import { renderPermalinkPage, renderNotFoundPage } from "./permalink-page";
import { errorAnswer, jsonAnswer, sendBodyError, writeAnswer } from "./respond";
import type { HttpAnswer, HttpRequest, Route } from "./types";

export const SHARE_PATH = "/share";
export const PERMALINK_PREFIX = "/p/";
const MAX_QUERY_CHARS = 100_000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const PATH = /^\/p\/([0-9a-f]{64})(\.json|\.csv)?$/;

export interface PermalinkOptions {
  store: DocumentStore;
  schema: GraphQLSchema;
  /** Runs an operation through Apollo like /graphql does. */
  run: GraphQLRunner;
  /** Human titles of known operations, by operation text (the saved examples). */
  titles?: Map<string, string>;
  /** Today (UTC) and now; tests pin them. */
  today?: () => string;
  now?: () => string;
}

class ShareError extends Error {
  constructor(message: string, readonly code: string, readonly status = 400) {
    super(message);
  }
}

function shareError(e: ShareError): HttpAnswer {
  return errorAnswer(e.status, e.message, e.code);
}

/** Keys sorted, so equal variables give equal URLs. */
function canonicalJson(value: unknown): string {
  const sort = (v: unknown): unknown =>
    Array.isArray(v) ? v.map(sort) : v && typeof v === "object" ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sort((v as Record<string, unknown>)[k])])) : v;
  return JSON.stringify(sort(value));
}

/** The permalink of a stored document: pin first, then the operation name and the other variables. */
export function permalinkUrl(hash: string, pin: Pin, operationName: string | undefined, variables: Record<string, unknown>, suffix = ""): string {
  const params = new URLSearchParams();
  for (const arg of PIN_ARGUMENTS) if (pin[arg]) params.set(arg, pin[arg]!);
  if (operationName) params.set("operationName", operationName);
  const rest = Object.fromEntries(Object.entries(variables).filter(([k]) => !(PIN_ARGUMENTS as readonly string[]).includes(k)));
  if (Object.keys(rest).length) params.set("variables", canonicalJson(rest));
  return `${PERMALINK_PREFIX}${hash}${suffix}?${params.toString()}`;
}

/** Parses and validates a shared operation; only queries can be shared. */
function checkOperation(schema: GraphQLSchema, query: string, operationName: string | undefined): DocumentNode {
  let doc: DocumentNode;
  try {
    doc = parse(query);
  } catch (e) {
    throw new ShareError(e instanceof GraphQLError ? e.message : "The document is not valid GraphQL.", "GRAPHQL_PARSE_FAILED");
  }
  const errors = validate(schema, doc);
  if (errors.length) throw new ShareError(errors.map((e) => e.message).join("\n"), "GRAPHQL_VALIDATION_FAILED");
  const ops = doc.definitions.filter((d) => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op) throw new ShareError(operationName ? `Unknown operation named "${operationName}".` : "The document has several operations: say which one (operationName).", "OPERATION_RESOLUTION_FAILURE");
  if (op.operation !== "query") throw new ShareError("Only queries can be shared: a permalink must read, never write.", "BAD_USER_INPUT");
  return doc;
}

interface ShareBody {
  query: string;
  variables: Record<string, unknown>;
  operationName?: string;
}

function readShareBody(body: unknown): ShareBody {
  const b = (body ?? {}) as Record<string, unknown>;
  if (typeof b.query !== "string" || !b.query.trim()) throw new ShareError("Send { query, variables?, operationName? } with the operation to share.", "BAD_REQUEST");
  if (b.query.length > MAX_QUERY_CHARS) throw new ShareError(`The operation is longer than ${MAX_QUERY_CHARS} characters.`, "BAD_REQUEST");
  if (b.variables !== undefined && b.variables !== null && (typeof b.variables !== "object" || Array.isArray(b.variables))) throw new ShareError("`variables` must be an object.", "BAD_REQUEST");
  if (b.operationName !== undefined && b.operationName !== null && typeof b.operationName !== "string") throw new ShareError("`operationName` must be a string.", "BAD_REQUEST");
  return { query: b.query, variables: (b.variables as Record<string, unknown>) ?? {}, operationName: (b.operationName as string) || undefined };
}

/** The pin in force: the variables' own asOf/knownAt, else today / now. */
function pinInForce(schema: GraphQLSchema, variables: Record<string, unknown>, opts: Required<Pick<PermalinkOptions, "today" | "now">>): Pin {
  const asOf = typeof variables.asOf === "string" && DATE.test(variables.asOf) ? variables.asOf : opts.today();
  const pin: Pin = { asOf };
  if (schemaTakes(schema, "knownAt")) pin.knownAt = typeof variables.knownAt === "string" ? variables.knownAt : opts.now();
  return pin;
}

type Options = PermalinkOptions & Required<Pick<PermalinkOptions, "today" | "now">>;

async function share(r: HttpRequest, opts: Options): Promise<HttpAnswer> {
  if (r.method !== "POST") throw new ShareError("Use POST /share with a JSON body.", "BAD_REQUEST", 405);
  const input = readShareBody(await r.jsonBody());
  checkOperation(opts.schema, input.query, input.operationName);
  const pin = pinInForce(opts.schema, input.variables, opts);
  const hash = await opts.store.put(input.query);
  const link = (suffix = "") => permalinkUrl(hash, pin, input.operationName, input.variables, suffix);
  return jsonAnswer(201, { url: link(), json: link(".json"), csv: link(".csv"), hash, pin }, { "cache-control": "no-store" });
}

/** The request a permalink stands for: pin, operation name and variables from its URL. */
function readLink(search: URLSearchParams): { pin: Pin; operationName?: string; variables: Record<string, unknown> } {
  const pin: Pin = {};
  for (const arg of PIN_ARGUMENTS) {
    const v = search.get(arg);
    if (v !== null) pin[arg] = v;
  }
  if (!pin.asOf || !DATE.test(pin.asOf)) throw new ShareError("A permalink needs its pin: asOf=YYYY-MM-DD.", "BAD_USER_INPUT");
  let variables: Record<string, unknown> = {};
  const raw = search.get("variables");
  if (raw) {
    try {
      variables = JSON.parse(raw) as Record<string, unknown>;
    } catch {
      throw new ShareError("`variables` in the link is not valid JSON.", "BAD_USER_INPUT");
    }
    if (!variables || typeof variables !== "object" || Array.isArray(variables)) throw new ShareError("`variables` in the link must be a JSON object.", "BAD_USER_INPUT");
  }
  return { pin, operationName: search.get("operationName") ?? undefined, variables };
}

/** CSV's reader of the operation looks at the method: the pinned operation is a POST body. */
const POSTED = { method: "POST", url: "/" } as IncomingMessage;
/** A pinned answer never changes: caches may keep it. */
const KEEP = "public, max-age=86400";

async function open(r: HttpRequest, opts: Options, hash: string, format: string): Promise<HttpAnswer> {
  const query = await opts.store.get(hash);
  if (query === null) {
    if (format === "") return htmlAnswer(404, renderNotFoundPage());
    throw new ShareError("No shared operation has this hash on this server.", "NOT_FOUND", 404);
  }
  const search = new URLSearchParams(r.search);
  const link = readLink(search);
  const pinned = pinOperation(opts.schema, query, link.variables, link.pin);
  const body = { query: pinned.query, variables: pinned.variables, ...(link.operationName ? { operationName: link.operationName } : {}) };
  // The page is a GET; the pinned operation runs as a POST body (never from the page's query string).
  const result = await opts.run({ ...r, method: "POST", search: "" }, body, { "content-type": "application/json", accept: "application/json" });
  if (format === ".json") return { status: result.status, headers: { "content-type": "application/json; charset=utf-8", "cache-control": result.status === 200 ? KEEP : "no-store" }, body: result.body };
  if (format === ".csv") {
    const csv = csvAnswer({ req: POSTED, body, json: result, schema: opts.schema, today: link.pin.asOf! });
    return { ...csv, headers: { ...csv.headers, "cache-control": csv.status === 200 ? KEEP : "no-store" } };
  }
  const title = opts.titles?.get(query) ?? link.operationName ?? /^\s*query\s+(\w+)/m.exec(query)?.[1] ?? "Shared query";
  const here = `${PERMALINK_PREFIX}${hash}`;
  const page = renderPermalinkPage({ title, pin: link.pin, variables: link.variables, query, result: { status: result.status, body: String(result.body) }, jsonUrl: `${here}.json${r.search}`, csvUrl: `${here}.csv${r.search}` });
  return htmlAnswer(result.status, page);
}

function htmlAnswer(status: number, html: string): HttpAnswer {
  return {
    status,
    headers: {
      "content-type": "text/html; charset=utf-8",
      "content-security-policy": "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "cache-control": "no-cache",
    },
    body: html,
  };
}

/** The rows for the route table: POST /share and GET /p/<sha256>[.json|.csv]. */
export function permalinkRoutes(options: PermalinkOptions): Route[] {
  const opts: Options = { today: () => new Date().toISOString().slice(0, 10), now: () => new Date().toISOString(), ...options };
  const answer = async (r: HttpRequest, work: () => Promise<HttpAnswer>, page: boolean) => {
    try {
      writeAnswer(r, await work());
    } catch (e) {
      if (e instanceof BodyError) return sendBodyError(r, e);
      if (!(e instanceof ShareError)) throw e;
      writeAnswer(r, page ? htmlAnswer(e.status, renderNotFoundPage(e.message)) : shareError(e));
    }
  };
  return [
    { path: SHARE_PATH, handle: (r) => answer(r, () => share(r, opts), false) },
    {
      path: PERMALINK_PREFIX,
      prefix: true,
      handle: (r) => {
        const link = PATH.exec(r.path);
        if (!link) return answer(r, async () => { throw new ShareError("No shared query has this address.", "NOT_FOUND", 404); }, true);
        if (r.method !== "GET" && r.method !== "HEAD") return answer(r, async () => { throw new ShareError("Permalinks are read with GET.", "BAD_REQUEST", 405); }, !link[2]);
        return answer(r, () => open(r, opts, link[1]!, link[2] ?? ""), !link[2]);
      },
    },
  ];
}
