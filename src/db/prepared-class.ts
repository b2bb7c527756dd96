/**
 * Patches, once per `mark`, the driver's prepared-query class (postgres.js or PGlite) behind a
 * drizzle database: the class every statement runs through, in or out of a transaction. drizzle
 * 0.45 exposes no hook there, so the row mapper (row-mapper.ts) and the statement hooks
 * (statement-hooks.ts) wrap its methods. The class is found from a sample statement that is
 * prepared, never run. Typed loosely (any drizzle database) so this file needs nothing from client.ts.
 */
export function patchPreparedQueries<P extends object>(db: object, mark: symbol, patch: (proto: P) => void): void {
  const session = (db as { session: { prepareQuery(q: { sql: string; params: unknown[] }, ...rest: unknown[]): object } }).session;
  const sample = session.prepareQuery({ sql: "select 1", params: [] }, undefined, undefined, false);
  const proto = Object.getPrototypeOf(sample) as object;
  const marks = proto as Record<symbol, boolean | undefined>;
  if (marks[mark]) return;
  marks[mark] = true;
  patch(proto as P);
}
