/**
 * Bulk import on PGlite (the service the `npm run import` CLI runs), checked through the real
 * server: deals inserted, unchanged on a second run, revised when a row changes, every row error
 * reported with row and column and nothing written; a 100k-row synthetic stock-move file with one
 * bad row writes nothing, the same file fixed is written once and changes nothing the second time.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "./helpers/server";
import { importFile } from "../src/modules/imports/import.service";
import { syntheticStockMoves, writeCsv } from "../src/synthetic/files";
import type { FactChange } from "../src/events/types";

let server: TestServer;
let dir: string;
let sourceKey: string;
const events: FactChange[] = [];

beforeAll(async () => {
  server = await startTestServer();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "gw-import-"));
  sourceKey = (await server.data(`{ sources(first: 1) { nodes { key } } }`)).sources.nodes[0].key;
  server.app.events.subscribe((c) => events.push(c));
});
afterAll(async () => {
  await server?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

const run = (file: string, extra: Partial<Parameters<typeof importFile>[1]> = {}) => importFile(server.db.database.db, { file, events: server.app.events, ...extra });
/** Totals through the server. A long in-process PGlite import blocks the event loop past the keep-alive timeout, so a reused socket may be reset: retry once. */
const count = async (list: string): Promise<Record<string, { totalCount: number }>> => {
  const q = `{ ${list} { totalCount } changes { totalCount } }`;
  return server.data(q).catch(() => server.data(q));
};

describe("deals", () => {
  const header = "key,provider,customer,kind,totalValue,currency,termMonths,announcedOn,source,quote";
  const rows = (value: number) => [
    `D-IMP-1,IREN,MSFT,CLOUD_SERVICES,${value},USD,60,2026-03-02,${"SRC"},"a ""quoted"" line"`,
    `D-IMP-2,iren,,COLOCATION_LEASE,2500000000,USD,120,2026-03-03,SRC,`,
    `,CIFR,AMZN,COLOCATION_LEASE,5500000000,USD,180,2026-03-04,SRC,`,
  ];
  const write = (name: string, lines: string[]) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, [header, ...lines].join("\n").replace(/,SRC,/g, `,${sourceKey},`) + "\n");
    return file;
  };

  it("inserts, then changes nothing on a second run, then revises the changed row only", async () => {
    const before = await count("deals");
    const first = await run(write("deals.csv", rows(9.7e9)));
    expect(first).toMatchObject({ entity: "Deal", rows: 3, inserted: 3, revised: 0, unchanged: 0, rejected: 0, written: true, errors: [] });
    const after = await count("deals");
    expect(after.deals.totalCount).toBe(before.deals.totalCount + 3);
    expect(after.changes.totalCount).toBe(before.changes.totalCount + 3);
    const d = await server.data(`{ changes(first: 100) { nodes { action typename actor after sources { key } } } }`);
    const imported = d.changes.nodes.filter((n: { actor: string }) => n.actor === "import");
    expect(imported).toHaveLength(3);
    expect(imported.every((n: { action: string; typename: string; sources: unknown[] }) => n.action === "CREATE" && n.typename === "Deal" && n.sources.length === 1)).toBe(true);
    expect(events.filter((e) => e.typename === "Deal").map((e) => e.action)).toEqual(["CREATE", "CREATE", "CREATE"]);

    const again = await run(write("deals.csv", rows(9.7e9)));
    expect(again).toMatchObject({ inserted: 0, revised: 0, unchanged: 3, rejected: 0, written: false });
    expect(await count("deals")).toEqual(after);

    const changed = await run(write("deals.csv", rows(9.9e9)));
    expect(changed).toMatchObject({ inserted: 0, revised: 1, unchanged: 2, written: true });
    const revised = await server.data(`{ deals(first: 5, where: { key: { in: ["D-IMP-1", "D-IMP-1~v2"] } }) { nodes { key version totalValue { amount } sources { quote } } } }`);
    expect(revised.deals.nodes).toEqual([expect.objectContaining({ key: "D-IMP-1~v2", version: 2, totalValue: { amount: 9.9e9 } })]);
    const third = await count("deals");
    expect(third.deals.totalCount).toBe(after.deals.totalCount); // a revision replaces its record in the present view
    expect(third.changes.totalCount).toBe(after.changes.totalCount + 1);
    expect(await run(write("deals.csv", rows(9.9e9)))).toMatchObject({ unchanged: 3, revised: 0, inserted: 0 });
  });

  it("--dry-run plans and writes nothing; a new source (by URL) is created once and cited again on the next run", async () => {
    const before = await count("deals");
    const file = path.join(dir, "new-source-deals.json");
    const src = { sourceUrl: "https://example.com/import/1", sourceTitle: "Miner signs AI lease", sourcePublisher: "Import Test Wire", sourcePublishedOn: "2026-03-10", quote: "a 10-year lease" };
    fs.writeFileSync(file, JSON.stringify([{ key: "D-IMP-SRC", provider: "IREN", kind: "COLOCATION_LEASE", totalValue: 1e8, ...src }]));
    const dry = await run(file, { dryRun: true });
    expect(dry).toMatchObject({ inserted: 1, dryRun: true, written: false });
    expect(await count("deals")).toEqual(before);
    const sources = async () => (await server.data(`{ sources(first: 5, where: { publisher: { eq: "Import Test Wire" } }) { totalCount nodes { key } } }`)).sources;
    expect((await sources()).totalCount).toBe(0);
    expect(await run(file)).toMatchObject({ inserted: 1, written: true });
    expect((await sources()).totalCount).toBe(1);
    const deal = await server.data(`{ deals(where: { key: { eq: "D-IMP-SRC" } }) { nodes { publicOn sources { quote source { url } } } } }`);
    // No own date: public when its source was (the write service's rule).
    expect(deal.deals.nodes[0]).toMatchObject({ publicOn: "2026-03-10", sources: [{ quote: "a 10-year lease", source: { url: "https://example.com/import/1" } }] });
    expect(await run(file)).toMatchObject({ inserted: 0, unchanged: 1 });
    expect((await sources()).totalCount).toBe(1);
  });

  it("reports every error with its row and column, and writes nothing", async () => {
    const before = await count("deals");
    const file = write("bad-deals.csv", [
      `D-BAD-1,NOPE,MSFT,CLOUD_SERVICES,-5,USD,60,2026-03-02,SRC,`,
      `D-BAD-2,IREN,MSFT,LEASE,1000,USD,0,2026-13-01,SRC,`,
      `D-BAD-3,IREN,MSFT,CLOUD_SERVICES,1000,USD,12,2026-03-02,NO-SUCH-SOURCE,`,
      `D-BAD-3,IREN,MSFT,CLOUD_SERVICES,1000,USD,12,2026-03-02,SRC,`,
      `D-OK,IREN,MSFT,CLOUD_SERVICES,1000,USD,12,2026-03-02,SRC,`,
    ]);
    const s = await run(file);
    const got = s.errors.map((e) => `${e.row}:${e.column}`);
    expect(got).toEqual(expect.arrayContaining(["1:totalValue", "2:kind", "2:termMonths", "2:announcedOn", "1:provider", "3:source", "4:key"]));
    expect(s).toMatchObject({ rows: 5, rejected: 4, inserted: 0, written: false });
    expect(await count("deals")).toEqual(before);
    const json = path.join(dir, "bad-deals.json");
    fs.writeFileSync(json, JSON.stringify([{ key: "D-J-1", provider: "IREN", kind: "OTHER", source: sourceKey }, { key: "D-J-2", provider: "IREN", kind: "OTHER", colour: "red", source: sourceKey }]));
    const j = await run(json);
    expect(j.errors).toEqual([expect.objectContaining({ row: 2, column: "colour", message: expect.stringMatching(/Not a field of Deal/) })]);
    expect(j).toMatchObject({ rejected: 1, written: false });
  });
});

describe("100k synthetic stock moves", () => {
  let tickers: string[];
  let file: string;
  const N = 100_000;
  beforeAll(async () => {
    const d = await server.data(`{ companies(first: 100, where: { ticker: { isNull: false } }) { nodes { ticker } } }`).catch(() => server.data(`{ companies(first: 100) { nodes { ticker } } }`));
    tickers = d.companies.nodes.map((c: { ticker: string | null }) => c.ticker).filter(Boolean);
    file = path.join(dir, "stock-moves.csv");
  });

  it("one bad row: nothing written, the row and column named", async () => {
    const rows = syntheticStockMoves({ seed: 7, count: N, tickers });
    rows[73_455]!.window = "FORTNIGHT";
    writeCsv(file, rows as never, { source: sourceKey });
    const before = await count("stockMoves");
    const s = await run(file);
    expect(s.errors).toEqual([expect.objectContaining({ row: 73_456, line: 73_457, column: "window" })]);
    expect(s).toMatchObject({ rows: N, rejected: 1, inserted: 0, written: false });
    expect(await count("stockMoves")).toEqual(before);
  }, 120_000);

  it("the fixed file is written once; the second run changes nothing", async () => {
    writeCsv(file, syntheticStockMoves({ seed: 7, count: N, tickers }) as never, { source: sourceKey });
    const before = await count("stockMoves");
    const t0 = performance.now();
    const first = await run(file);
    const firstSeconds = (performance.now() - t0) / 1000;
    expect(first).toMatchObject({ rows: N, inserted: N, revised: 0, unchanged: 0, rejected: 0, written: true });
    const after = await count("stockMoves");
    expect(after.changes.totalCount).toBe(before.changes.totalCount + N);
    console.log(`first run: ${JSON.stringify({ ...first, errors: undefined })}`);
    const second = await run(file);
    expect(second).toMatchObject({ rows: N, inserted: 0, revised: 0, unchanged: N, written: false });
    expect(await count("stockMoves")).toEqual(after);
    console.log(`PGlite in-process import of ${N} stock moves: ${firstSeconds.toFixed(1)} s wall, ${first.cpuSeconds.toFixed(1)} s CPU (${Math.round(N / first.cpuSeconds)} rows per CPU second); unchanged re-run ${second.seconds.toFixed(1)} s wall, ${second.cpuSeconds.toFixed(1)} s CPU`);
    // PGlite runs in this process, so its CPU time is the whole import's work; wall time on a shared machine is not.
    expect(first.cpuSeconds).toBeLessThan(60);
  }, 600_000);
});
