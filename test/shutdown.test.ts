import http from "node:http";
import net from "node:net";
import { afterAll, describe, expect, it } from "vitest";
import { spawnServer, type ServerProcess } from "./helpers/process";

/**
 * SIGTERM under keep-alive load, against the built server in its own process: 20 clients
 * loop on keep-alive connections; after SIGTERM every request that reached the server is
 * answered (the late ones with `Connection: close`), new connections are refused, nothing is
 * reset, and the process exits 0 before SHUTDOWN_TIMEOUT_MS.
 */
// PGlite is one connection: 20 concurrent requests queue on it, so leave room on a busy machine.
const SHUTDOWN_TIMEOUT_MS = 20_000;
const BODY = JSON.stringify({ query: "{ companies(first: 2) { nodes { name ticker } } }" });

interface Counts {
  sent: number;
  answered: number;
  answeredWithClose: number;
  refused: number;
  reset: number;
  other: string[];
}

/** One keep-alive client: requests back to back until a new connection is refused. */
async function client(agent: http.Agent, port: number, counts: Counts, stop: { now: boolean }): Promise<void> {
  while (!stop.now) {
    const outcome = await new Promise<"ok" | "refused" | "reset" | "other">((resolve) => {
      const req = http.request({ host: "127.0.0.1", port, path: "/graphql", method: "POST", agent, headers: { "content-type": "application/json", "content-length": Buffer.byteLength(BODY) } }, (res) => {
        res.resume();
        res.on("end", () => {
          counts.answered++;
          if (res.headers.connection === "close") counts.answeredWithClose++;
          resolve(res.statusCode === 200 ? "ok" : "other");
        });
      });
      req.on("error", (err: NodeJS.ErrnoException) => {
        if (err.code === "ECONNREFUSED") return resolve("refused");
        if (err.code === "ECONNRESET" || err.message === "socket hang up" || err.code === "EPIPE") return resolve("reset");
        counts.other.push(err.message);
        resolve("other");
      });
      counts.sent++;
      req.end(BODY);
    });
    if (outcome === "refused") {
      // Never sent to a server: the connection itself was refused.
      counts.sent--;
      counts.refused++;
      return;
    }
    if (outcome === "reset") counts.reset++;
    if (outcome === "other") return;
  }
}

describe("SIGTERM under keep-alive load (c=20)", () => {
  let server: ServerProcess;
  afterAll(() => server?.kill());

  it("answers every request that was read, refuses new connections, exits 0 in time", async () => {
    server = spawnServer({ PORT: "0", HOST: "127.0.0.1", PGLITE_DATA_DIR: "memory://", RESPONSE_CACHE: "false", LOG_LEVEL: "info", SHUTDOWN_TIMEOUT_MS: String(SHUTDOWN_TIMEOUT_MS) });
    const port = await server.ready;
    const agent = new http.Agent({ keepAlive: true, maxSockets: 20 });
    const counts: Counts = { sent: 0, answered: 0, answeredWithClose: 0, refused: 0, reset: 0, other: [] };
    const stop = { now: false };
    const clients = Array.from({ length: 20 }, () => client(agent, port, counts, stop));
    for (let i = 0; i < 600 && counts.answered < 60; i++) await new Promise((r) => setTimeout(r, 100));
    const answeredBefore = counts.answered;
    // A keep-alive connection of its own (one request answered), idle when SIGTERM arrives, to ask /readyz afterwards.
    const probe = net.connect(port, "127.0.0.1");
    probe.on("error", () => undefined);
    let probeText = "";
    probe.on("data", (d) => (probeText += d));
    probe.write("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n");
    for (let i = 0; i < 300 && !probeText.includes('"ok"'); i++) await new Promise((r) => setTimeout(r, 100));
    probeText = "";
    const signalled = performance.now();
    server.child.kill("SIGTERM");
    // Once the server has taken the signal (its event loop may be busy with queued requests).
    for (let i = 0; i < 200 && !/shutting down/.test(server.stdout()); i++) await new Promise((r) => setTimeout(r, 10));
    const readyz = await new Promise<string>((resolve) => {
      probe.on("close", () => resolve(probeText));
      probe.write("GET /readyz HTTP/1.1\r\nHost: x\r\n\r\n");
    });
    const code = await server.exited;
    const exitMs = performance.now() - signalled;
    stop.now = true;
    await Promise.all(clients);
    agent.destroy();
    console.info(`SIGTERM under load: ${JSON.stringify({ ...counts, answeredBeforeSigterm: answeredBefore, exitMs: Math.round(exitMs), code })}`);

    expect(code).toBe(0);
    expect(exitMs).toBeLessThan(SHUTDOWN_TIMEOUT_MS);
    expect(answeredBefore).toBeGreaterThanOrEqual(60);
    expect(counts.reset).toBe(0);
    expect(counts.other).toEqual([]);
    expect(counts.answered).toBe(counts.sent);
    expect(counts.answeredWithClose).toBeGreaterThan(0);
    expect(counts.refused).toBeGreaterThan(0);
    expect(readyz).toMatch(/^HTTP\/1\.1 503/);
    expect(readyz).toMatch(/connection: close/i);
    expect(readyz).toMatch(/"status":"draining"/);
    expect(server.stdout()).toMatch(/stopped cleanly/);
    // The listener is gone: a new connection is refused.
    const refused = await new Promise<string>((resolve) => net.connect(port, "127.0.0.1").on("error", (e: NodeJS.ErrnoException) => resolve(e.code ?? "")).on("connect", () => resolve("connected")));
    expect(refused).toBe("ECONNREFUSED");
  }, 240_000);
});
