import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";

/** Runs a statement and returns its rows, whichever driver is behind `db` (PGlite or postgres.js). */
export async function rowsOf<R>(db: Db, query: SQL): Promise<R[]> {
  const result = (await db.execute(query)) as unknown as { rows?: R[] } | R[];
  return Array.isArray(result) ? result : (result.rows ?? []);
}
