import { createApp, type App } from "../../src/app";
import { loadConfig, type Config } from "../../src/config";
import { createLogger } from "../../src/logger";
import { createTestDatabase, type TestDatabase } from "./database";
import type { DocumentTypeDecoration } from "@gigawatt/sdk";

/** A typed document of the SDK (src/sdk/generated): its text, with the result and variable types attached. */
export type SdkDocument<R, V> = DocumentTypeDecoration<R, V> & { toString(): string };

export interface GraphQLResponse<T = any> {
  status: number;
  headers: Headers;
  body: { data?: T; errors?: Array<{ message: string; path?: unknown[]; extensions?: Record<string, unknown> }>; [k: string]: unknown };
  /** SQL statements the server ran for this request. */
  sqlStatements: number;
}

export interface TestServer {
  url: string;
  db: TestDatabase;
  app: App;
  query<T = any>(query: string, variables?: Record<string, unknown>, init?: { headers?: Record<string, string> }): Promise<GraphQLResponse<T>>;
  /** Like query, but fails the test on any GraphQL error and returns `data`. */
  data<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  /** One of the SDK's typed documents, as a partner sends it: result and variables typed, `data` returned (errors fail the test). */
  sdk<R, V>(document: SdkDocument<R, V>, variables?: V): Promise<R>;
  fetch(path: string, init?: RequestInit): Promise<Response>;
  close(): Promise<void>;
}

/** The real server (HTTP, Apollo, resolvers) on a real, seeded database, on a free port. */
export async function startTestServer(overrides: Partial<Record<keyof Config, string>> = {}, opts: { seed?: boolean } = {}): Promise<TestServer> {
  const db = await createTestDatabase(opts);
  // Rate limiting stays on (every response carries its cost) with a budget no test file exhausts;
  // test/ratelimit.test.ts sets real budgets.
  const budget = { RATE_LIMIT_ANON_POINTS: "100000000", RATE_LIMIT_ANON_RESTORE: "10000000" };
  const config = loadConfig({ LOG_LEVEL: "silent", NODE_ENV: "test", ...budget, ...overrides } as NodeJS.ProcessEnv);
  const app = await createApp({ database: db.database, config, logger: createLogger(process.env.TEST_LOG_LEVEL ?? "silent") });
  const port = await app.server.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}`;
  const query: TestServer["query"] = async (q, variables, init) => {
    const res = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(init?.headers ?? {}) },
      body: JSON.stringify({ query: q, variables }),
    });
    const text = await res.text();
    let body: GraphQLResponse["body"];
    try {
      body = JSON.parse(text);
    } catch {
      throw new Error(`non-JSON response (${res.status}): ${text.slice(0, 500)}`);
    }
    return { status: res.status, headers: res.headers, body, sqlStatements: Number(res.headers.get("x-sql-statements") ?? NaN) };
  };
  const data: TestServer["data"] = async (q, variables) => {
    const r = await query(q, variables);
    if (r.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.body.errors, null, 2)}`);
    return r.body.data;
  };
  return {
    url,
    db,
    app,
    query,
    data,
    sdk: (document, variables) => data(document.toString(), variables as Record<string, unknown> | undefined),
    fetch: (path, init) => fetch(`${url}${path}`, init),
    close: async () => {
      await app.close();
      await db.dispose();
    },
  };
}
