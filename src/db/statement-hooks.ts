import type { Db } from "./client";
import { patchPreparedQueries } from "./prepared-class";

/** Called when a statement starts; the function it returns is called when it ends. */
export type StatementListener = (sql: string) => (error?: unknown) => void;

const listeners = new Set<StatementListener>();
const PATCHED = Symbol.for("gigawatt.statementHooks");

/** Adds a listener to every SQL statement drizzle runs (metrics, traces); returns its removal. */
export function onStatement(listener: StatementListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function started(sql: string): Array<(error?: unknown) => void> {
  const ends: Array<(error?: unknown) => void> = [];
  for (const listener of listeners) ends.push(listener(sql));
  return ends;
}

type Prepared = { queryString: string; execute(...a: unknown[]): Promise<unknown>; all(...a: unknown[]): Promise<unknown> };

function wrap(proto: Prepared, method: "execute" | "all"): void {
  const original = proto[method];
  proto[method] = async function (this: Prepared, ...args: unknown[]) {
    if (listeners.size === 0) return original.apply(this, args);
    const ends = started(this.queryString);
    try {
      const result = await original.apply(this, args);
      for (const end of ends) end();
      return result;
    } catch (error) {
      for (const end of ends) end(error);
      throw error;
    }
  };
}

/**
 * Hooks the driver's prepared-query class (postgres.js or PGlite) once, so every statement,
 * in or out of a transaction, reaches the listeners with its start and end. Hand-rolled:
 * drizzle 0.45 has no hook with an end (its logger sees the start only, its OpenTelemetry
 * tracer is compiled out), and the PostgreSQL instrumentation of OpenTelemetry covers `pg`,
 * not postgres.js or PGlite.
 */
export function hookStatements(db: Db): void {
  patchPreparedQueries<Prepared>(db, PATCHED, (proto) => {
    wrap(proto, "execute");
    wrap(proto, "all");
  });
}
