import DataLoader from "dataloader";
import { asc, eq } from "drizzle-orm";
import { anyId } from "../../shared/batch";
import type { Db } from "../../db/client";
import { factSources, sources } from "../../db/tables";

export type SourceRow = typeof sources.$inferSelect;

export interface CitationRow {
  factId: number;
  quote: string | null;
  source: SourceRow;
}

export function sourceByIdLoader(db: Db) {
  return new DataLoader<number, SourceRow | null>(async (ids) => {
    const rows = await db.select().from(sources).where(anyId(sources.id, ids));
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The citations of many facts in one statement, each fact's in the order the fact base lists them. */
export function citationsByFactLoader(db: Db) {
  return new DataLoader<number, CitationRow[]>(async (factIds) => {
    const rows = await db
      .select({ factId: factSources.factId, quote: factSources.quote, source: sources })
      .from(factSources)
      .innerJoin(sources, eq(sources.id, factSources.sourceId))
      .where(anyId(factSources.factId, factIds))
      .orderBy(asc(factSources.factId), asc(factSources.position));
    const grouped = new Map<number, CitationRow[]>(factIds.map((id) => [id, []]));
    for (const r of rows) grouped.get(Number(r.factId))?.push({ ...r, factId: Number(r.factId) });
    return factIds.map((id) => grouped.get(id) ?? []);
  });
}
