import type { Db } from "../../db/client";
import type { EventBus } from "../../events/types";
import { afterWrite } from "../writes/after-write";
import type { EntityDescriptor } from "../writes/entities";
import { readRecords } from "./import.read";
import { loadLookups, sourcesByUrl } from "./import.lookup";
import { entityFromFileName, entityNamed, entityNames } from "./import.specs";
import { RowChecker, type RowError, type SourceRef } from "./import.validate";
import { writeImport } from "./import.write";

export interface ImportOptions {
  file: string;
  /** `deals`, `stockMoves`, ...; default: from the file name. */
  entity?: string;
  dryRun?: boolean;
  /** The source of rows that name none: an existing source (key or ID) or a new one. */
  source?: SourceRef | null;
  /** Publishes the changes after commit (servers' subscribers); absent: nobody is told. */
  events?: EventBus | null;
  onProgress?(phase: "reading" | "checking" | "loading" | "writing", done: number, total: number): void;
}

export interface ImportSummary {
  entity: string;
  rows: number;
  inserted: number;
  revised: number;
  unchanged: number;
  /** Rows with at least one error (then nothing at all is written). */
  rejected: number;
  errors: RowError[];
  dryRun: boolean;
  /** True when the transaction committed. */
  written: boolean;
  seconds: number;
  /** CPU seconds of this process (on PGlite that is all of the work; on PostgreSQL the server's share is not in it). */
  cpuSeconds: number;
}

export class ImportUsageError extends Error {}

export function pickEntity(file: string, name?: string): EntityDescriptor {
  const e = name ? entityNamed(name) : entityFromFileName(file);
  if (!e) throw new ImportUsageError(name ? `--entity ${name}: not importable; one of ${entityNames().join(", ")}.` : `Say what the file holds: --entity ${entityNames().join("|")}.`);
  return e;
}

/**
 * `npm run import`: reads and checks every row (all errors, with row and column), resolves what
 * rows name in a few queries, then writes all or nothing in one transaction (import.write.ts).
 * Importing the same file twice changes nothing: rows are matched to current records by key.
 */
export async function importFile(db: Db, opts: ImportOptions, size = 0): Promise<ImportSummary> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const e = pickEntity(opts.file, opts.entity);
  const checker = new RowChecker(e, opts.source ?? null);
  for await (const rec of readRecords(opts.file, (bytes) => opts.onProgress?.("reading", bytes, size))) checker.check(rec);
  const rows = checker.count;
  opts.onProgress?.("checking", 0, 1);
  const { refs, sources } = checker.references();
  const look = await loadLookups(db, refs, sources);
  const wanted = checker.newSources();
  if (opts.source && "new" in opts.source) wanted.set(String(opts.source.new.url), opts.source.new);
  const onFile = await sourcesByUrl(db, wanted.keys());
  const ready = checker.finish(look, (url) => onFile.get(url)?.publishedOn ?? (wanted.get(url)?.publishedOn as string | undefined) ?? null);
  for (const r of ready) {
    const known = r.newSourceUrl ? onFile.get(r.newSourceUrl) : undefined;
    if (known) {
      r.sourceId = known.id;
      r.newSourceUrl = null;
    }
  }
  for (const url of onFile.keys()) wanted.delete(url);
  opts.onProgress?.("checking", 1, 1);
  const summary = (extra: Partial<ImportSummary>): ImportSummary => {
    const errors = [...checker.errors, ...(extra.errors ?? [])].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));
    const bad = new Set(errors.map((x) => x.row));
    return {
      entity: e.typename,
      rows,
      inserted: 0,
      revised: 0,
      unchanged: 0,
      written: false,
      ...extra,
      errors,
      rejected: bad.has(0) ? rows : bad.size,
      dryRun: opts.dryRun ?? false,
      seconds: (performance.now() - started) / 1000,
      cpuSeconds: (() => {
        const u = process.cpuUsage(cpu);
        return (u.user + u.system) / 1e6;
      })(),
    };
  };
  if (checker.errors.length) return summary({});
  const result = await writeImport(db, e, ready, {
    dryRun: opts.dryRun ?? false,
    newSources: wanted,
    companies: look.companies,
    onProgress: (done, total, phase) => opts.onProgress?.(phase === "loading" ? "loading" : "writing", done, total),
  });
  const written = !opts.dryRun && result.errors.length === 0 && result.inserted + result.revised > 0;
  if (written) await afterWrite(db, opts.events, result.changes);
  const { changes: _c, ...counts } = result;
  return summary(result.errors.length ? { errors: result.errors } : { ...counts, written });
}
