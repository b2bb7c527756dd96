/**
 * Synthetic files for the bulk import (`npm run import`): the generator's own stock moves
 * (entities-more.ts `move`, same seed → same rows), written as import rows that name companies
 * by ticker. Never the seed dataset: only the listed companies' tickers come from the target database.
 */
import fs from "node:fs";
import { Prng } from "./prng";
import { move } from "./entities-more";
import type { GenContext } from "./shared";

export interface StockMoveFileRow {
  key: string;
  company: string;
  symbol: string;
  isIndex: boolean;
  on: string;
  window: string;
  moveType: string;
  changePct: number | null;
  unresolved: boolean;
  priceUsd: number | null;
  context: string | null;
}

/** `count` stock moves from the generator, over the given tickers (companies listed on an exchange). */
export function syntheticStockMoves(opts: { seed: number; count: number; tickers: string[] }): StockMoveFileRow[] {
  const companies = opts.tickers.map((symbol, i) => ({ id: i + 1, kind: "MINER" as const, symbol }));
  const ctx = { rng: new Prng(opts.seed), companies, listed: companies.map((_, i) => i), byKind: new Map(), sitesByCompany: new Map(), siteIds: [], dealIds: [], backstopIds: [], fx: new Map(), pools: new Map() } as unknown as GenContext;
  const out: StockMoveFileRow[] = [];
  for (let i = 0; i < opts.count; i++) {
    const { row } = move.build(ctx, i, i + 1);
    out.push({
      key: `${move.keyPrefix}${i + 1}`,
      company: row.isIndex ? "" : String(row.symbol),
      symbol: String(row.symbol),
      isIndex: Boolean(row.isIndex),
      on: String(row.on),
      window: String(row.window),
      moveType: String(row.moveType),
      changePct: row.changePct ?? null,
      unresolved: Boolean(row.unresolved),
      priceUsd: row.priceUsd ?? null,
      context: row.context ?? null,
    });
  }
  return out;
}

const cell = (v: unknown) => {
  if (v === null || v === undefined) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Rows as CSV (a header of the first row's fields), written in one go. */
export function writeCsv(file: string, rows: ReadonlyArray<Record<string, unknown>>, extra: Record<string, unknown> = {}): void {
  if (!rows.length) throw new Error("no rows");
  const columns = [...Object.keys(rows[0]), ...Object.keys(extra)];
  const lines = [columns.join(",")];
  for (const r of rows) lines.push(columns.map((c) => cell(c in extra ? extra[c] : r[c])).join(","));
  fs.writeFileSync(file, lines.join("\n") + "\n");
}
