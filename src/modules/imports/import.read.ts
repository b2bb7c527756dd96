import fs from "node:fs";
import path from "node:path";
import { parse } from "csv-parse";

/** One record of the file: its 1-based number, its line (CSV), and its values by column. */
export interface FileRecord {
  row: number;
  line: number | null;
  values: Record<string, unknown>;
  /** CSV: the column names come from a header row (line 1). */
  csv?: boolean;
}

export type FileFormat = "csv" | "json";

export function formatOf(file: string): FileFormat {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".csv") return "csv";
  if (ext === ".json" || ext === ".ndjson" || ext === ".jsonl") return "json";
  throw new Error(`${file}: the file must end in .csv or .json (a JSON array of objects, or one object per line).`);
}

/**
 * The file's records, streamed (CSV: csv-parse, header row = column names; JSON: an array of
 * objects, or one object per line). `onBytes` reports how far the read has got, for the progress bar.
 */
export async function* readRecords(file: string, onBytes: (read: number) => void = () => undefined): AsyncGenerator<FileRecord> {
  const format = formatOf(file);
  const input = fs.createReadStream(file);
  let read = 0;
  input.on("data", (chunk) => {
    read += chunk.length;
    onBytes(read);
  });
  if (format === "csv") {
    const parser = input.pipe(parse({ columns: (header: string[]) => header.map((h) => h.trim()), bom: true, skip_empty_lines: true, info: true, relax_quotes: false }));
    let row = 0;
    for await (const rec of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      row += 1;
      yield { row, line: rec.info.lines, values: rec.record, csv: true };
    }
    return;
  }
  yield* readJson(input);
}

async function* readJson(input: fs.ReadStream): AsyncGenerator<FileRecord> {
  // A JSON array is parsed whole (JSON.parse is fast; 100k rows are tens of MB); NDJSON line by line.
  let text = "";
  for await (const chunk of input) text += chunk.toString("utf8");
  const trimmed = text.trimStart();
  if (trimmed.startsWith("[")) {
    const data = JSON.parse(trimmed) as unknown;
    if (!Array.isArray(data)) throw new Error("a JSON file holds an array of objects");
    text = "";
    let row = 0;
    for (const item of data) {
      row += 1;
      yield { row, line: null, values: item && typeof item === "object" && !Array.isArray(item) ? (item as Record<string, unknown>) : { __notObject: item } };
    }
    return;
  }
  let row = 0;
  let line = 0;
  for (const l of text.split("\n")) {
    line += 1;
    if (!l.trim()) continue;
    row += 1;
    let item: unknown;
    try {
      item = JSON.parse(l);
    } catch {
      item = { __notJson: l.slice(0, 80) };
    }
    yield { row, line, values: item && typeof item === "object" && !Array.isArray(item) ? (item as Record<string, unknown>) : { __notObject: item } };
  }
}
