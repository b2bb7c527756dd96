import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../src/logger";
import { countQuery } from "../src/db/query-counter";
import { createPipeline } from "../src/http/pipeline";
import { sendJson, writeAnswer } from "../src/http/respond";
import type { Middleware, Route } from "../src/http/types";

/** The pipeline alone, with a route table of its own, on a real socket. */
const routes: Route[] = [
  { path: "/echo", when: (r) => r.method === "POST", handle: async (r) => sendJson(r, 200, { body: await r.jsonBody(), again: (await r.rawBody()).length }) },
  { path: "/echo", handle: (r) => sendJson(r, 200, { method: r.method, search: r.search }) },
  { path: "/files", prefix: true, handle: (r) => sendJson(r, 200, { file: r.path }) },
  {
    path: "/sql",
    handle: async (r) => {
      countQuery();
      await new Promise((resolve) => setTimeout(resolve, 5));
      countQuery();
      writeAnswer(r, { status: 200, headers: { "content-type": "text/plain" }, flat: ["content-type", "text/plain", "x-flat", "yes"], body: "ok" });
    },
  },
  { path: "/boom", handle: () => Promise.reject(new Error("secret detail")) },
];
const tagged: Middleware = async (r, next) => {
  r.res.setHeader("x-outer", "1");
  if (r.path === "/blocked") return sendJson(r, 503, { blocked: true });
  await next();
};

let server: http.Server;
let base = "";
beforeAll(async () => {
  const handler = createPipeline({ routes, middleware: [tagged], logger: createLogger("silent") });
  server = http.createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const addr = server.address();
  base = `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe("request pipeline", () => {
  it("picks the first row whose path and condition match, exact paths and prefixes alike", async () => {
    expect(await (await fetch(`${base}/echo?a=1`)).json()).toEqual({ method: "GET", search: "?a=1" });
    const posted = await fetch(`${base}/echo`, { method: "POST", headers: { "content-type": "application/json" }, body: '{"x":1}' });
    expect(await posted.json()).toEqual({ body: { x: 1 }, again: 7 });
    expect(await (await fetch(`${base}/files/a/b.txt`)).json()).toEqual({ file: "/files/a/b.txt" });
  });

  it("answers unknown paths 404 NOT_FOUND, never cacheable", async () => {
    const res = await fetch(`${base}/nothing-here`);
    expect(res.status).toBe(404);
    expect(res.headers.get("cache-control")).toBe("no-store");
    expect((await res.json()).errors[0].extensions.code).toBe("NOT_FOUND");
  });

  it("runs middleware around every route, and lets it answer alone", async () => {
    expect((await fetch(`${base}/echo`)).headers.get("x-outer")).toBe("1");
    const blocked = await fetch(`${base}/blocked`);
    expect(blocked.status).toBe(503);
    expect(blocked.headers.get("x-outer")).toBe("1");
  });

  it("counts this request's SQL statements across awaits, and writes flat headers with the middleware's", async () => {
    const [a, b] = await Promise.all([fetch(`${base}/sql`), fetch(`${base}/sql`)]);
    for (const res of [a, b]) {
      expect(res.headers.get("x-sql-statements")).toBe("2");
      expect(res.headers.get("x-flat")).toBe("yes");
      expect(res.headers.get("x-outer")).toBe("1");
      expect(res.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
      expect(await res.text()).toBe("ok");
    }
  });

  it("answers a failing route 500 without its details", async () => {
    const res = await fetch(`${base}/boom`, { headers: { "x-request-id": "req-1" } });
    expect(res.status).toBe(500);
    expect(res.headers.get("x-request-id")).toBe("req-1");
    const text = await res.text();
    expect(text).not.toContain("secret");
    expect(JSON.parse(text).errors[0].extensions.code).toBe("INTERNAL_SERVER_ERROR");
  });
});
