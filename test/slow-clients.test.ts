import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";

/** What a raw client sees on a socket until the server closes it (or `waitMs` passes). */
function talk(port: number, chunks: string[], waitMs: number): Promise<{ text: string; closedAfterMs: number | null; error?: string }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const socket = net.connect(port, "127.0.0.1");
    let text = "";
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ text, closedAfterMs: null });
    }, waitMs);
    socket.on("connect", () => {
      for (const c of chunks) socket.write(c);
    });
    socket.on("data", (d) => (text += d));
    socket.on("error", (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      resolve({ text, closedAfterMs: Math.round(performance.now() - started), error: e.code });
    });
    socket.on("close", () => {
      clearTimeout(timer);
      resolve({ text, closedAfterMs: Math.round(performance.now() - started) });
    });
  });
}

describe("slow clients and the connection cap", () => {
  let server: TestServer;
  let port: number;

  beforeAll(async () => {
    server = await startTestServer({ HTTP_HEADERS_TIMEOUT_MS: "1000", HTTP_REQUEST_TIMEOUT_MS: "2000", HTTP_MAX_CONNECTIONS: "4" });
    port = Number(new URL(server.url).port);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("closes a client that trickles its headers with 408 after HTTP_HEADERS_TIMEOUT_MS", async () => {
    const r = await talk(port, ["POST /graphql HTTP/1.1\r\nHost: x\r\n"], 10_000);
    expect(r.closedAfterMs).not.toBeNull();
    expect(r.closedAfterMs!).toBeGreaterThanOrEqual(900);
    expect(r.closedAfterMs!).toBeLessThan(5_000);
    expect(r.text).toMatch(/^HTTP\/1\.1 408/);
  });

  it("closes a client that sends headers but not the promised body after HTTP_REQUEST_TIMEOUT_MS", async () => {
    const head = "POST /graphql HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n";
    const r = await talk(port, [head, '{"query":'], 10_000);
    expect(r.closedAfterMs).not.toBeNull();
    expect(r.closedAfterMs!).toBeGreaterThanOrEqual(1_900);
    expect(r.closedAfterMs!).toBeLessThan(6_000);
    expect(r.text).toMatch(/^HTTP\/1\.1 408/);
  });

  it("drops connections over HTTP_MAX_CONNECTIONS and accepts again once one closes", async () => {
    const held = await Promise.all(
      Array.from({ length: 4 }, () => new Promise<net.Socket>((resolve) => {
        const s = net.connect(port, "127.0.0.1", () => resolve(s));
      })),
    );
    await new Promise((r) => setTimeout(r, 200));
    const over = await talk(port, ["GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n"], 5_000);
    expect(over.closedAfterMs).not.toBeNull();
    expect(over.text).toBe("");
    held[0].destroy();
    await new Promise((r) => setTimeout(r, 200));
    const again = await talk(port, ["GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"], 5_000);
    expect(again.text).toMatch(/^HTTP\/1\.1 200/);
    for (const s of held) s.destroy();
  });
});
