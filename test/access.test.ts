/**
 * Cost budgets, API keys and browsers, through the real server: extensions.cost on every
 * response, THROTTLED with its headers when a client's bucket is empty, keys with roles, CORS.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";
import { createKey, listKeys, revokeKey } from "../src/modules/keys/key.service";
import { requireRole, type Viewer } from "../src/shared/auth";

const PAGE = "query($n: Int) { companies(first: $n) { nodes { name } } }";

async function post(server: TestServer, query: string, variables?: unknown, headers: Record<string, string> = {}) {
  const res = await server.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify({ query, variables }) });
  return { status: res.status, headers: res.headers, body: (await res.json()) as any };
}

describe("cost and budgets", () => {
  let server: TestServer;
  beforeAll(async () => {
    // A small bucket that refills slowly, and no response cache: every request is charged in full.
    server = await startTestServer({ RATE_LIMIT_ANON_POINTS: "300", RATE_LIMIT_ANON_RESTORE: "1", RATE_LIMIT_KEY_POINTS: "100000", RATE_LIMIT_KEY_RESTORE: "1000", RESPONSE_CACHE: "false" });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("every response carries extensions.cost in Shopify's shape", async () => {
    const r = await post(server, PAGE, { n: 5 });
    expect(r.body.errors).toBeUndefined();
    const cost = r.body.extensions.cost;
    expect(cost.requestedQueryCost).toBe(6); // the connection + 5 nodes
    expect(cost.actualQueryCost).toBe(6);
    expect(cost.throttleStatus).toMatchObject({ maximumAvailable: 300, restoreRate: 1 });
    expect(cost.throttleStatus.currentlyAvailable).toBeLessThanOrEqual(300 - 6);
    expect(r.headers.get("ratelimit-policy")).toBe('"cost";q=300;w=300');
    expect(r.headers.get("ratelimit")).toMatch(/^"cost";r=\d+;t=\d+$/);
    const refused = await post(server, "{ deals( }");
    expect(refused.body.extensions.cost).toMatchObject({ requestedQueryCost: 1, actualQueryCost: 1 });
  });

  it("by default any origin may call the API without credentials", async () => {
    const res = await server.fetch("/graphql", { method: "OPTIONS", headers: { origin: "https://anything.example", "access-control-request-method": "POST" } });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("*");
    expect(res.headers.get("access-control-allow-credentials")).toBeNull();
  });

  it("what the answer did not use is refunded", async () => {
    const r = await post(server, PAGE, { n: 100 });
    const { requestedQueryCost, actualQueryCost } = r.body.extensions.cost;
    expect(requestedQueryCost).toBe(101);
    expect(actualQueryCost).toBe(1 + r.body.data.companies.nodes.length);
  });

  it("an operation costlier than the client's whole bucket → QUERY_TOO_COMPLEX (budget)", async () => {
    const r = await post(server, "{ companies(first: 100) { nodes { sites(first: 10) { name } } } }");
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: "budget" });
  });

  it("an empty bucket → 429 THROTTLED with Retry-After, RateLimit and RateLimit-Policy; a key has its own budget", async () => {
    let throttled: Awaited<ReturnType<typeof post>> | null = null;
    for (let i = 0; i < 20 && !throttled; i++) {
      const r = await post(server, `{ a: companies(first: 100) { nodes { name } } b: companies(first: 100, orderBy: [{ field: TICKER }]) { nodes { name } } }`);
      if (r.status === 429) throttled = r;
    }
    expect(throttled, "the bucket never emptied").not.toBeNull();
    expect(throttled!.body.errors[0].extensions.code).toBe("THROTTLED");
    expect(Number(throttled!.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    expect(throttled!.body.errors[0].extensions.retryAfterSeconds).toBe(Number(throttled!.headers.get("retry-after")));
    expect(throttled!.headers.get("ratelimit")).toMatch(/^"cost";r=\d+;t=\d+$/);
    expect(throttled!.headers.get("ratelimit-policy")).toBe('"cost";q=300;w=300');
    expect(throttled!.headers.get("cache-control") ?? "").not.toMatch(/public/);
    // Operators see the refusal in /metrics.
    const metrics = await (await server.fetch("/metrics")).text();
    const refused = [...metrics.matchAll(/^gigawatt_rate_limit_refusals_total\{[^}]*\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
    expect(refused).toBeGreaterThanOrEqual(1);
    // The same IP with a key: a separate, bigger bucket.
    const key = await createKey(server.db.database.db, "budget test", "reader");
    const withKey = await post(server, PAGE, { n: 100 }, { authorization: `Bearer ${key.token}` });
    expect(withKey.status).toBe(200);
    expect(withKey.body.extensions.cost.throttleStatus.maximumAvailable).toBe(100000);
  });
});

describe("cached answers", () => {
  it("a cache hit restates extensions.cost for the client it answers: its own throttleStatus, 1 point", async () => {
    const server = await startTestServer({ RATE_LIMIT_ANON_POINTS: "5000", RATE_LIMIT_ANON_RESTORE: "1", RATE_LIMIT_KEY_POINTS: "70000", RATE_LIMIT_KEY_RESTORE: "10" });
    try {
      const q = `{ companies(first: 20) { nodes { name } } }`;
      const first = await post(server, q);
      expect(first.headers.get("age")).toBeNull();
      const key = await createKey(server.db.database.db, "cache hit", "reader");
      const hit = await post(server, q, undefined, { authorization: `Bearer ${key.token}` });
      expect(hit.headers.get("age")).toMatch(/^\d+$/);
      expect(hit.body.data).toEqual(first.body.data);
      expect(hit.body.extensions.cost.requestedQueryCost).toBe(first.body.extensions.cost.requestedQueryCost);
      expect(hit.body.extensions.cost.actualQueryCost).toBe(1);
      expect(hit.body.extensions.cost.throttleStatus.maximumAvailable).toBe(70000);
      expect(first.body.extensions.cost.throttleStatus.maximumAvailable).toBe(5000);
      // Apollo ends JSON with a newline; the restated body keeps it and its length is exact.
      expect(Number(hit.headers.get("content-length"))).toBe(Buffer.byteLength(JSON.stringify(hit.body)) + 1);
    } finally {
      await server.close();
    }
  });
});

describe("clients behind a proxy", () => {
  const spend = (server: TestServer, forwardedFor?: string) =>
    post(server, `{ companies(first: 50) { nodes { name } } }`, undefined, forwardedFor ? { "x-forwarded-for": forwardedFor } : {});

  it("without TRUST_PROXY_HOPS, X-Forwarded-For is ignored: a client cannot pick a fresh bucket", async () => {
    const server = await startTestServer({ RATE_LIMIT_ANON_POINTS: "200", RATE_LIMIT_ANON_RESTORE: "0.01", RESPONSE_CACHE: "false" });
    try {
      const a = await spend(server, "203.0.113.1");
      const b = await spend(server, "203.0.113.2");
      expect(b.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(a.body.extensions.cost.throttleStatus.currentlyAvailable);
    } finally {
      await server.close();
    }
  });

  it("with TRUST_PROXY_HOPS=1 each forwarded client has its own bucket; what the client wrote to the left is not trusted", async () => {
    const server = await startTestServer({ RATE_LIMIT_ANON_POINTS: "200", RATE_LIMIT_ANON_RESTORE: "0.01", RESPONSE_CACHE: "false", TRUST_PROXY_HOPS: "1" });
    try {
      const a1 = await spend(server, "203.0.113.1");
      const a2 = await spend(server, "203.0.113.1");
      const b = await spend(server, "203.0.113.2");
      const full = a1.body.extensions.cost.throttleStatus.currentlyAvailable;
      expect(a2.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(full);
      expect(b.body.extensions.cost.throttleStatus.currentlyAvailable).toBe(full);
      // "spoofed, real": the proxy appended the real address; the spoofed one is ignored.
      const spoofed = await spend(server, "198.51.100.7, 203.0.113.1");
      expect(spoofed.body.extensions.cost.throttleStatus.currentlyAvailable).toBeLessThan(a2.body.extensions.cost.throttleStatus.currentlyAvailable);
    } finally {
      await server.close();
    }
  });
});

describe("API keys and roles", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ ANONYMOUS_READS: "false" });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("with anonymous reads off, no key → 401 UNAUTHENTICATED; a valid key reads", async () => {
    const anon = await post(server, "{ __typename }");
    expect(anon.status).toBe(401);
    expect(anon.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    const key = await createKey(server.db.database.db, "reader app", "reader");
    expect(key.token).toMatch(/^gw_[A-Za-z0-9_-]{32}$/);
    const ok = await post(server, "{ companies(first: 1) { totalCount } }", undefined, { authorization: `Bearer ${key.token}` });
    expect(ok.status).toBe(200);
    expect(ok.body.data.companies.totalCount).toBeGreaterThan(0);
  });

  it("bad, malformed and revoked keys → 401 UNAUTHENTICATED; tokens are stored hashed", async () => {
    const key = await createKey(server.db.database.db, "to revoke", "editor");
    const stored = await listKeys(server.db.database.db);
    expect(JSON.stringify(stored)).not.toContain(key.token);
    for (const authorization of ["Bearer gw_unknown", "Basic abc", "Bearer"]) {
      const r = await post(server, "{ __typename }", undefined, { authorization });
      expect(r.status, authorization).toBe(401);
      expect(r.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    }
    expect(await revokeKey(server.db.database.db, Number(key.id))).toBe(true);
    expect(await revokeKey(server.db.database.db, Number(key.id))).toBe(false);
    // A key revoked before its first use (so no server has it cached) is refused at once.
    const k2 = await createKey(server.db.database.db, "revoked before use", "reader");
    await revokeKey(server.db.database.db, Number(k2.id));
    const r = await post(server, "{ __typename }", undefined, { authorization: `Bearer ${k2.token}` });
    expect(r.status).toBe(401);
  });

  it("requireRole: UNAUTHENTICATED for anonymous, FORBIDDEN for a weaker role", () => {
    const as = (role: Viewer["role"]): { viewer: Viewer } => ({ viewer: { keyId: role === "anonymous" ? null : "1", role } });
    expect(() => requireRole(as("anonymous"), "editor")).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "UNAUTHENTICATED" }) }));
    expect(() => requireRole(as("reader"), "editor")).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }));
    expect(() => requireRole(as("editor"), "editor")).not.toThrow();
    expect(() => requireRole(as("admin"), "editor")).not.toThrow();
    expect(() => requireRole(as("editor"), "admin")).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "FORBIDDEN" }) }));
  });
});

describe("browsers", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer({ CORS_ORIGINS: "https://app.example.com, https://other.example.org" });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("an OPTIONS preflight from an allowed origin → 204 with the CORS headers", async () => {
    const res = await server.fetch("/graphql", {
      method: "OPTIONS",
      headers: { origin: "https://app.example.com", "access-control-request-method": "POST", "access-control-request-headers": "content-type, authorization" },
    });
    expect(res.status).toBe(204);
    expect(res.headers.get("access-control-allow-origin")).toBe("https://app.example.com");
    expect(res.headers.get("access-control-allow-methods")).toContain("POST");
    expect(res.headers.get("access-control-allow-headers")).toContain("authorization");
  });

  it("a request from an allowed origin gets its origin back; others get no CORS header; nosniff always", async () => {
    const ok = await post(server, "{ __typename }", undefined, { origin: "https://other.example.org" });
    expect(ok.headers.get("access-control-allow-origin")).toBe("https://other.example.org");
    expect(ok.headers.get("access-control-expose-headers")).toContain("ratelimit");
    const other = await post(server, "{ __typename }", undefined, { origin: "https://evil.example.net" });
    expect(other.headers.get("access-control-allow-origin")).toBeNull();
    expect(ok.headers.get("x-content-type-options")).toBe("nosniff");
  });

});
