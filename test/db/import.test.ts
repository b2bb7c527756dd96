/**
 * `npm run import` (the built CLI, `node dist/src/modules/imports/cli.js`) on PostgreSQL: a 100k-row
 * synthetic stock-move file with one bad row writes nothing and names the row and column; the
 * fixed file is written once (rows/s and peak RSS printed), the second run changes nothing; a
 * deals import reaches a running server's subscription through LISTEN/NOTIFY. `npm run build` first.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";
import { root } from "../helpers/processes";
import { liveClient } from "../helpers/live";
import { stockMoveFile } from "../helpers/import-files";

const PG = process.env.TEST_DATABASE_URL;
const N = 100_000;

interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  summary: Record<string, any> | null;
}

function cli(args: string[], env: Record<string, string>): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, "dist/src/modules/imports/cli.js"), ...args, "--json"], { cwd: root, env: { ...process.env, ...env }, timeout: 300_000, maxBuffer: 64 * 2 ** 20 }, (error, stdout, stderr) => {
      const last = stdout.trim().split("\n").pop() ?? "";
      let summary = null;
      try {
        summary = JSON.parse(last);
      } catch {
        /* not a summary */
      }
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr, summary });
    });
  });
}

describe.skipIf(!PG)("npm run import on PostgreSQL", () => {
  let server: TestServer;
  let dir: string;
  let env: Record<string, string>;
  let sourceKey: string;
  let tickers: string[];
  const totals = async () => (await server.data(`{ stockMoves { totalCount } deals { totalCount } changes { totalCount } }`)) as Record<string, { totalCount: number }>;

  beforeAll(async () => {
    server = await startTestServer({ RESPONSE_CACHE: "false" });
    env = { DATABASE_URL: server.db.url!, LOG_LEVEL: "silent" };
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "gw-import-pg-"));
    sourceKey = (await server.data(`{ sources(first: 1) { nodes { key } } }`)).sources.nodes[0].key;
    tickers = (await server.data(`{ companies(first: 100) { nodes { ticker } } }`)).companies.nodes.map((c: { ticker: string | null }) => c.ticker).filter(Boolean);
  });
  afterAll(async () => {
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("a 100k-row file with one bad row: exit 1, nothing written, the row and column named", async () => {
    const file = path.join(dir, "stock-moves-bad.csv");
    stockMoveFile(file, { count: N, tickers, sourceKey, badRows: [54_321] });
    const before = await totals();
    const r = await cli([file], env);
    expect(r.code).toBe(1);
    expect(r.summary).toMatchObject({ rows: N, rejected: 1, inserted: 0, written: false });
    expect(r.summary!.errors).toEqual([{ row: 54_321, line: 54_322, column: "window", message: expect.stringMatching(/one of/) }]);
    expect(await totals()).toEqual(before);
  }, 300_000);

  it("the fixed file is written in one go, and the second run changes nothing", async () => {
    const file = path.join(dir, "stock-moves.csv");
    stockMoveFile(file, { count: N, tickers, sourceKey });
    const before = await totals();
    const first = await cli([file, "--entity", "stock-moves"], env);
    expect(first.code, first.stderr).toBe(0);
    expect(first.summary).toMatchObject({ rows: N, inserted: N, revised: 0, unchanged: 0, rejected: 0, written: true });
    const after = await totals();
    expect(after.stockMoves.totalCount).toBe(before.stockMoves.totalCount + N);
    expect(after.changes.totalCount).toBe(before.changes.totalCount + N);
    const second = await cli([file, "--entity", "stock-moves"], env);
    expect(second.summary).toMatchObject({ rows: N, inserted: 0, revised: 0, unchanged: N, written: false });
    expect(await totals()).toEqual(after);
    const s = first.summary!;
    console.log(`PostgreSQL CLI import of ${N} stock moves: ${s.seconds.toFixed(1)} s wall (${Math.round(N / s.seconds)} rows/s), ${s.cpuSeconds.toFixed(1)} s CPU in the CLI, peak RSS ${s.peakRssMb} MB; unchanged re-run ${second.summary!.seconds.toFixed(1)} s, peak RSS ${second.summary!.peakRssMb} MB`);
    expect(s.seconds).toBeLessThan(60);
  }, 300_000);

  it("a deals import reaches a running server's factChanged subscription (LISTEN/NOTIFY)", async () => {
    const client = liveClient(server.url);
    const sub = client.subscribe(`subscription { factChanged(types: [DEAL]) { action typename nodeId node { ... on Deal { key } } } }`);
    for (let i = 0; i < 500 && server.app.events.listening() < 1; i++) await new Promise((r) => setTimeout(r, 10));
    const file = path.join(dir, "deals.json");
    fs.writeFileSync(file, JSON.stringify([{ key: "D-CLI-1", provider: "IREN", customer: "MSFT", kind: "CLOUD_SERVICES", totalValue: 1e9, termMonths: 24, announcedOn: "2026-04-01" }]));
    const r = await cli([file, "--source", sourceKey], env);
    expect(r.summary).toMatchObject({ entity: "Deal", inserted: 1, written: true });
    const got = await sub.next(5_000);
    expect(got.data!.factChanged).toMatchObject({ action: "CREATE", typename: "Deal", node: { key: "D-CLI-1" } });
    sub.stop();
    await client.dispose();
  }, 120_000);
});
