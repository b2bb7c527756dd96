/**
 * `npm run import -- FILE [--entity deals] [--dry-run] [--source KEY|ID]
 *   [--source-url URL --source-title T --source-publisher P --source-published-on YYYY-MM-DD]`
 * Imports a CSV or JSON file into the configured database (DATABASE_URL, else PGlite at
 * PGLITE_DATA_DIR: stop the server first, PGlite is one process at a time). See docs/import.md.
 */
import "reflect-metadata";
import fs from "node:fs";
import { parseArgs } from "node:util";
import { SingleBar, Presets } from "cli-progress";
import { loadConfig } from "../../config";
import { openDatabase } from "../../db/client";
import { migrateDatabase } from "../../db/migrate";
import { createEventBus } from "../../events";
import { entityNames } from "./import.specs";
import { importFile, ImportUsageError, type ImportSummary } from "./import.service";
import type { SourceRef } from "./import.validate";

const USAGE = `usage: npm run import -- FILE [--entity ${entityNames().join("|")}] [--dry-run] [--json]
         [--source KEY|ID | --source-url URL --source-title TITLE --source-publisher PUBLISHER --source-published-on YYYY-MM-DD [--source-kind KIND]]
  FILE is .csv (a header row of field names) or .json (an array of objects, or one object per line).`;

/** A progress bar on stderr when it is a terminal and the file is large; nothing otherwise. */
function progress(size: number) {
  if (!process.stderr.isTTY || size < 2 * 2 ** 20) return { update: () => undefined, stop: () => undefined };
  const bar = new SingleBar({ stream: process.stderr, format: " {phase} [{bar}] {percentage}% | {eta_formatted} left", hideCursor: true, clearOnComplete: true }, Presets.shades_classic);
  let phase = "";
  bar.start(1, 0, { phase: "reading ".padEnd(8) });
  return {
    update: (p: string, done: number, total: number) => {
      if (p !== phase) {
        phase = p;
        bar.setTotal(Math.max(total, 1));
      }
      bar.update(Math.min(done, Math.max(total, 1)), { phase: p.padEnd(8) });
    },
    stop: () => bar.stop(),
  };
}

function print(s: ImportSummary, maxErrors: number): void {
  for (const e of s.errors.slice(0, maxErrors)) {
    const where = e.row === 0 ? "header" : `row ${e.row}${e.line ? ` (line ${e.line})` : ""}`;
    console.error(`${where}, column ${e.column || "-"}: ${e.message}`);
  }
  if (s.errors.length > maxErrors) console.error(`... and ${s.errors.length - maxErrors} more errors (--max-errors to see more)`);
  const what = s.dryRun ? "dry run, nothing written" : s.written ? "written in one transaction" : s.errors.length ? "NOTHING written" : "nothing to write";
  console.log(
    `${s.entity}: ${s.rows} rows — inserted ${s.inserted}, revised ${s.revised}, unchanged ${s.unchanged}, rejected ${s.rejected} (${what}) in ${s.seconds.toFixed(1)} s (${s.cpuSeconds.toFixed(1)} s CPU here)` +
      (s.seconds > 0 ? `, ${Math.round(s.rows / s.seconds).toLocaleString("en-US")} rows/s` : ""),
  );
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: {
      entity: { type: "string" },
      "dry-run": { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      "max-errors": { type: "string", default: "200" },
      source: { type: "string" },
      "source-url": { type: "string" },
      "source-title": { type: "string" },
      "source-publisher": { type: "string" },
      "source-published-on": { type: "string" },
      "source-kind": { type: "string" },
    },
  });
  const file = positionals[0];
  if (!file || positionals.length > 1) throw new ImportUsageError(USAGE);
  if (!fs.existsSync(file)) throw new ImportUsageError(`${file}: no such file.\n${USAGE}`);
  let source: SourceRef | null = null;
  if (values.source && values["source-url"]) throw new ImportUsageError("Give --source (an existing source) or --source-url with its fields (a new one), not both.");
  if (values.source) source = { existing: values.source };
  if (values["source-url"]) {
    source = { new: { url: values["source-url"], title: values["source-title"] ?? null, publisher: values["source-publisher"] ?? null, publishedOn: values["source-published-on"] ?? null, kind: values["source-kind"]?.toUpperCase() ?? null } };
  }
  const cfg = loadConfig();
  const database = await openDatabase({ databaseUrl: cfg.DATABASE_URL, pgliteDataDir: cfg.PGLITE_DATA_DIR });
  const events = await createEventBus({ database, redisUrl: cfg.REDIS_URL });
  const size = fs.statSync(file).size;
  const bar = progress(size);
  try {
    await migrateDatabase(database);
    const summary = await importFile(database.db, { file, entity: values.entity, dryRun: values["dry-run"], source, events, onProgress: bar.update }, size);
    bar.stop();
    const peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
    if (values.json) console.log(JSON.stringify({ ...summary, peakRssMb }));
    else print(summary, Number(values["max-errors"]) || 200);
    if (summary.errors.length) process.exitCode = 1;
  } finally {
    bar.stop();
    await events.close();
    await database.close();
  }
}

main().catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exitCode = err instanceof ImportUsageError ? 2 : 1;
});
