/**
 * docs/errors.md lists every error code of src/shared/errors.ts (ERROR_CODES) with its
 * meaning, the HTTP status a client sees and an example. The table is generated here and
 * must match the file; after changing ERROR_CODES or the examples below, regenerate it with
 *
 *   UPDATE_DOCS=1 npx vitest run test/contract-docs.test.ts
 *
 * Every example that can be provoked is sent to the real server, which must answer with that
 * code (and that status, where one is documented).
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODES, type ErrorCode } from "../src/shared/errors";
import { startTestServer, type TestServer } from "./helpers/server";

const DOC = path.resolve(__dirname, "../docs/errors.md");
const BEGIN = "<!-- BEGIN GENERATED error-codes: edit ERROR_CODES and test/contract-docs.test.ts, then UPDATE_DOCS=1 npx vitest run test/contract-docs.test.ts -->";
const END = "<!-- END GENERATED error-codes -->";

interface Probe {
  /** A POST body (JSON unless `raw`). */
  body: unknown;
  raw?: boolean;
  headers?: Record<string, string>;
  status?: number;
}

interface CodeDoc {
  status: string;
  example: string;
  probe?: Probe;
}

const DEEP = "{ deals { nodes { provider { dealsAsProvider { site { company { sites { company { dealsAsProvider { provider { sites { company { sites { company { sites { name } } } } } } } } } } } } } } } }";

/** One entry per code: the compiler fails this file when a code is added without docs. */
const DOCS: Record<ErrorCode, CodeDoc> = {
  BAD_USER_INPUT: {
    status: "200 with `data` (null where the field failed); 400 when a variable has the wrong type",
    example: '`deals(first: 1000)` → "`first` must be between 0 and 100." with `extensions.field: "first"`',
    probe: { body: { query: "{ deals(first: 1000) { totalCount } }" }, status: 200 },
  },
  NOT_FOUND: {
    status: "200, the field is null",
    example: '`company(slug: "nope")` → "No company with slug \\"nope\\"."',
    probe: { body: { query: '{ company(slug: "nope") { name } }' }, status: 200 },
  },
  UNAUTHENTICATED: {
    status: "401 (with `WWW-Authenticate: Bearer`)",
    example: "`Authorization: Bearer gw_unknown` → \"The API key is not valid (unknown, revoked or malformed).\"; with `ANONYMOUS_READS=false`, no key at all",
    probe: { body: { query: "{ __typename }" }, headers: { authorization: "Bearer gw_unknown" }, status: 401 },
  },
  FORBIDDEN: { status: "403", example: "A key whose role is too weak for the operation (`extensions.requiredRole`); reads need no role." },
  THROTTLED: {
    status: "429 with `Retry-After`, `RateLimit` and `RateLimit-Policy`",
    example: "The client's cost budget is spent → \"The cost budget of this client is spent; retry in 3 s.\" (`extensions.retryAfterSeconds`)",
  },
  QUERY_TOO_COMPLEX: {
    status: "400; refused before any SQL runs",
    example: "A selection 16 levels deep → \"Query depth limit of 15 exceeded, found 16.\" (`extensions.limit`: `depth`, `aliases`, `rootFields`, `directives` or `cost`)",
    probe: { body: { query: DEEP }, status: 400 },
  },
  GRAPHQL_PARSE_FAILED: {
    status: "400",
    example: "`{ deals( }` → \"Syntax Error: Expected Name, found \\\"}\\\".\"",
    probe: { body: { query: "{ deals( }" }, status: 400 },
  },
  GRAPHQL_VALIDATION_FAILED: {
    status: "400",
    example: '`{ deals { nodes { nope } } }` → "Cannot query field \\"nope\\" on type \\"Deal\\"."',
    probe: { body: { query: "{ deals { nodes { nope } } }" }, status: 400 },
  },
  PERSISTED_QUERY_NOT_FOUND: {
    status: "200",
    example: "An automatic persisted query sent by hash only, before the server has seen it: resend with `query`.",
    probe: { body: { extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } }, status: 200 },
  },
  OPERATION_RESOLUTION_FAILURE: {
    status: "400",
    example: '`operationName: "zzz"` for a document without it → "Unknown operation named \\"zzz\\"."',
    probe: { body: { query: "query a { __typename }", operationName: "zzz" }, status: 400 },
  },
  SUBSCRIPTION_OVER_HTTP: {
    status: "400",
    example: '`subscription { factChanged { nodeId } }` sent by POST → "Subscriptions are served over WebSocket only: connect to /graphql with graphql-ws …" (`extensions.transport: "graphql-ws"`)',
    probe: { body: { query: "subscription { factChanged { nodeId } }" }, status: 400 },
  },
  BAD_REQUEST: {
    status: "400, 405, 413 or 415",
    example: "A body that is not JSON → \"The request body is not valid JSON.\"; a `DELETE` → 405; a body over 1 MB → 413",
    probe: { body: "{not json", raw: true, status: 400 },
  },
  SERVICE_UNAVAILABLE: {
    status: "503 with `Retry-After`",
    example:
      'PostgreSQL refused or silent → "The database is unavailable; retry later." within 2 s, with `extensions.retryAfterSeconds`; also a query that waited longer than `DB_QUERY_TIMEOUT_MS` (test/db/faults.test.ts provokes both)',
  },
  INTERNAL_SERVER_ERROR: {
    status: "200 (a field failed) or 500",
    example: "An unexpected failure; the message is always \"Internal server error.\" and the details are only in the server log under the request id.",
  },
};

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\n/g, " ");

function generated(): string {
  const rows = (Object.keys(ERROR_CODES) as ErrorCode[]).map((code) => `| \`${code}\` | ${cell(ERROR_CODES[code])} | ${cell(DOCS[code].status)} | ${cell(DOCS[code].example)} |`);
  return [BEGIN, "", "| Code | Meaning | HTTP status | Example |", "|---|---|---|---|", ...rows, "", END].join("\n");
}

describe("docs/errors.md", () => {
  it("lists every code of ERROR_CODES, as generated from it", () => {
    const text = fs.existsSync(DOC) ? fs.readFileSync(DOC, "utf8") : "";
    const start = text.indexOf(BEGIN);
    const end = text.indexOf(END);
    if (process.env.UPDATE_DOCS && start >= 0 && end > start) {
      fs.writeFileSync(DOC, text.slice(0, start) + generated() + text.slice(end + END.length));
      return;
    }
    expect(start, "docs/errors.md needs the generated-table markers").toBeGreaterThanOrEqual(0);
    expect(text.slice(start, end + END.length), "docs/errors.md is out of date: run UPDATE_DOCS=1 npx vitest run test/contract-docs.test.ts").toBe(generated());
  });
});

describe("the documented examples, against the server", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(async () => {
    await server?.close();
  });

  const probes = (Object.entries(DOCS) as Array<[ErrorCode, CodeDoc]>).filter(([, d]) => d.probe);
  it.each(probes)("%s", async (code, doc) => {
    const probe = doc.probe!;
    const res = await server.fetch("/graphql", {
      method: "POST",
      headers: { "content-type": "application/json", ...probe.headers },
      body: probe.raw ? String(probe.body) : JSON.stringify(probe.body),
    });
    const body = await res.json();
    expect(body.errors[0].extensions.code).toBe(code);
    if (probe.status !== undefined) expect(res.status).toBe(probe.status);
    else expect(res.status).not.toBe(200);
  });
});
