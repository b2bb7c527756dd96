import { AsyncLocalStorage } from "node:async_hooks";

/** Per-request tally of SQL statements, read by tests, the bench and the request log. */
export interface QueryTally {
  count: number;
  /** The GraphQL operation name once known (request log line, metrics); "anonymous" when unnamed. */
  operation?: string;
  /** The operation's estimated cost, once the limits have measured it (request log line). */
  cost?: number;
}

const storage = new AsyncLocalStorage<QueryTally>();

export function runWithQueryTally<T>(tally: QueryTally, fn: () => T): T {
  return storage.run(tally, fn);
}

export function countQuery(): void {
  const tally = storage.getStore();
  if (tally) tally.count += 1;
}

export function currentTally(): QueryTally | undefined {
  return storage.getStore();
}
