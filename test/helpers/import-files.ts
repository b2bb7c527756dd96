import { syntheticStockMoves, writeCsv } from "../../src/synthetic/files";

/** A synthetic stock-move CSV (the generator's rows, seed 7) over the given tickers, every row citing `sourceKey`; `bad` rows get an invalid window. */
export function stockMoveFile(file: string, opts: { count: number; tickers: string[]; sourceKey: string; badRows?: number[] }): void {
  const rows = syntheticStockMoves({ seed: 7, count: opts.count, tickers: opts.tickers });
  for (const i of opts.badRows ?? []) rows[i - 1]!.window = "FORTNIGHT";
  writeCsv(file, rows as never, { source: opts.sourceKey });
}
