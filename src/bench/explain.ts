import { graphql } from "graphql";
import type { Logger } from "drizzle-orm/logger";
import * as tables from "../db/tables";
import type { Db } from "../db/client";
import { buildGigawattSchema } from "../schema";
import { createContext } from "../loaders";
import type { BenchTarget } from "./database";

export interface ExplainedStatement {
  sql: string;
  params: unknown[];
  executionMs: number;
  plan: string;
}

export interface ExplainResult {
  statements: number;
  slowest: ExplainedStatement | null;
}

interface RawClient {
  explain(sql: string, params: unknown[]): Promise<string[]>;
  db: Db;
  close(): Promise<void>;
}

async function openRecording(target: BenchTarget, logger: Logger): Promise<RawClient> {
  if (target.kind === "postgres") {
    const { default: postgres } = await import("postgres");
    const { drizzle } = await import("drizzle-orm/postgres-js");
    const client = postgres(target.env.DATABASE_URL!, { max: 2, onnotice: () => undefined });
    return {
      db: drizzle(client, { schema: tables, logger }) as unknown as Db,
      explain: async (sql, params) => (await client.unsafe(`explain (analyze, buffers) ${sql}`, params as never[])).map((r) => String(r["QUERY PLAN"])),
      close: () => client.end({ timeout: 5 }),
    };
  }
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const client = await PGlite.create(target.env.PGLITE_DATA_DIR!);
  return {
    db: drizzle(client, { schema: tables, logger }) as unknown as Db,
    explain: async (sql, params) => (await client.query<Record<string, unknown>>(`explain (analyze, buffers) ${sql}`, params)).rows.map((r) => String(r["QUERY PLAN"])),
    close: () => client.close(),
  };
}

export interface StatementPlan {
  sql: string;
  executionMs: number;
  /** Sequential scans the plan runs, with the rows each one read. */
  seqScans: Array<{ table: string; rows: number }>;
  plan: string;
}

/** Runs operations in-process and EXPLAIN (ANALYZE) every statement each one issues. */
export async function explainOperations(
  target: BenchTarget,
  ops: Array<{ name: string; query: string; variables?: Record<string, unknown> }>,
): Promise<Array<{ name: string; error?: string; statements: StatementPlan[] }>> {
  const recorded: Array<{ sql: string; params: unknown[] }> = [];
  const raw = await openRecording(target, { logQuery: (sql, params) => recorded.push({ sql, params }) });
  const out: Array<{ name: string; error?: string; statements: StatementPlan[] }> = [];
  try {
    for (const op of ops) {
      recorded.length = 0;
      const result = await graphql({
        schema: buildGigawattSchema(),
        source: op.query,
        variableValues: op.variables,
        contextValue: createContext({ db: raw.db, config: { MAX_QUERY_COST: 10_000_000, MAX_QUERY_DEPTH: 50 } }, "bench-plans"),
      });
      if (result.errors?.length) {
        out.push({ name: op.name, error: result.errors[0].message, statements: [] });
        continue;
      }
      const statements: StatementPlan[] = [];
      for (const s of [...recorded]) {
        const lines = await raw.explain(s.sql, s.params);
        const plan = lines.join("\n");
        const seqScans = lines
          .map((l) => /Seq Scan on (\w+).*actual time=[\d.]+\.\.[\d.]+ rows=(\d+) loops=(\d+)/.exec(l))
          .filter((m): m is RegExpExecArray => m !== null)
          .map((m) => ({ table: m[1], rows: Number(m[2]) * Number(m[3]) }));
        const rowsRemoved = lines.map((l) => /Rows Removed by Filter: (\d+)/.exec(l)).filter(Boolean).map((m) => Number(m![1]));
        // A seq scan that discards most rows is a missing index; count what it read.
        for (const [i, sc] of seqScans.entries()) sc.rows += rowsRemoved[i] ?? 0;
        statements.push({ sql: s.sql, executionMs: Number(/Execution Time: ([\d.]+) ms/.exec(plan)?.[1] ?? NaN), seqScans, plan });
      }
      out.push({ name: op.name, statements });
    }
  } finally {
    await raw.close();
  }
  return out;
}

/**
 * Runs one operation in-process with a drizzle logger that records every statement, then
 * EXPLAIN (ANALYZE, BUFFERS) each one and keeps the slowest by execution time.
 */
export async function explainSlowest(target: BenchTarget, op: { query: string; variables?: Record<string, unknown> }): Promise<ExplainResult> {
  const recorded: Array<{ sql: string; params: unknown[] }> = [];
  const raw = await openRecording(target, { logQuery: (sql, params) => recorded.push({ sql, params }) });
  try {
    const result = await graphql({
      schema: buildGigawattSchema(),
      source: op.query,
      variableValues: op.variables,
      contextValue: createContext({ db: raw.db, config: { MAX_QUERY_COST: 10_000_000, MAX_QUERY_DEPTH: 50 } }, "bench-explain"),
    });
    if (result.errors?.length) throw new Error(`explain: ${result.errors[0].message}`);
    let slowest: ExplainedStatement | null = null;
    for (const s of recorded) {
      const lines = await raw.explain(s.sql, s.params);
      const ms = Number(/Execution Time: ([\d.]+) ms/.exec(lines.join("\n"))?.[1] ?? NaN);
      if (!slowest || ms > slowest.executionMs) slowest = { sql: s.sql, params: s.params, executionMs: ms, plan: lines.join("\n") };
    }
    return { statements: recorded.length, slowest };
  } finally {
    await raw.close();
  }
}
