import { createKey } from "../../src/modules/keys/key.service";
import type { TestServer } from "./server";

/** An API key of a role on the test server, and a query function that sends it. */
export async function keyed(server: TestServer, role: "reader" | "editor" | "admin", name = `${role} test`) {
  const key = await createKey(server.db.database.db, name, role);
  const headers = { authorization: `Bearer ${key.token}` };
  return {
    id: key.id,
    query: <T = any>(q: string, v?: Record<string, unknown>) => server.query<T>(q, v, { headers }),
    /** The mutation's payload; fails on GraphQL errors. */
    async write(q: string, v?: Record<string, unknown>): Promise<any> {
      const r = await server.query(q, v, { headers });
      if (r.body.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(r.body.errors)}`);
      return Object.values(r.body.data!)[0];
    },
  };
}

export const NEW_SOURCE = { new: { title: "Company announces a new contract", publisher: "Example Wire", url: "https://example.com/news/1", publishedOn: "2026-01-15" }, quote: "the contract is worth $1 billion" };

export const DEAL_FIELDS = "deal { id key version publicOn totalValue { amount currency } kind provider { ticker } sources { source { title } quote } } change { id action version recordId actor } userErrors { field message code }";
