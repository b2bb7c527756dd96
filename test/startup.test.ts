import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTcpProxy, type TcpProxy } from "./helpers/tcp-proxy";
import { spawnServer } from "./helpers/process";

/**
 * Start-up with PostgreSQL down: the built server names the cause in one line, retries with
 * backoff for DB_STARTUP_RETRY_MS, then exits 1. The database is a TCP proxy cut before the
 * server starts (no PostgreSQL needed: nothing gets through).
 */
describe("start-up with the database down", () => {
  let proxy: TcpProxy;
  beforeAll(async () => {
    proxy = await startTcpProxy({ host: "127.0.0.1", port: 9 });
  });
  afterAll(async () => {
    await proxy?.close();
  });

  async function start(mode: "refuse" | "blackhole") {
    await proxy.set(mode);
    const p = spawnServer({ DATABASE_URL: proxy.url("postgres://gigawatt@127.0.0.1:5432/gigawatt"), PORT: "0", DB_STARTUP_RETRY_MS: "2500", LOG_LEVEL: "info" });
    const code = await p.exited;
    return { code, stderr: p.stderr(), stdout: p.stdout() };
  }

  it("refused: one line naming it, several attempts, exit 1", async () => {
    const r = await start("refuse");
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(new RegExp(`^Gigawatt failed to start: PostgreSQL 127\\.0\\.0\\.1:${proxy.port}/gigawatt: connection refused; gave up after ([2-9]|\\d{2,}) attempts in [\\d.]+ s \\(DB_STARTUP_RETRY_MS=2500\\)$`));
    expect(r.stdout.match(/connection refused; retrying in \d+ ms/g)!.length).toBeGreaterThanOrEqual(1);
    expect(r.stderr + r.stdout).not.toMatch(/Failed query|CREATE SCHEMA/);
  }, 180_000);

  it("silent (black-holed): one line saying it did not answer, exit 1", async () => {
    const r = await start("blackhole");
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/: (no answer within \d+ ms|connection timed out); gave up after \d+ attempts? in [\d.]+ s/);
    expect(r.stderr + r.stdout).not.toMatch(/Failed query|CREATE SCHEMA/);
  }, 180_000);
});
