import DataLoader from "dataloader";
import { asc, eq, sql } from "drizzle-orm";
import { anyId, idArray } from "../../shared/batch";
import { preparedOnce } from "../../shared/prepared";
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
    const query = preparedOnce(db, "sourceById", () => db.select().from(sources).where(anyId(sources.id, sql.placeholder("ids"))).prepare("gw_source_by_id"));
    const rows = await query.execute({ ids: idArray(ids) });
    const byId = new Map(rows.map((r) => [r.id, r]));
    return ids.map((id) => byId.get(id) ?? null);
  });
}

/** The citations of many facts in one statement, each fact's in the order the fact base lists them. */
export function citationsByFactLoader(db: Db) {
  return new DataLoader<number, CitationRow[]>(async (factIds) => {
    const query = preparedOnce(db, "citationsByFact", () =>
      db
        .select({ factId: factSources.factId, quote: factSources.quote, source: sources })
        .from(factSources)
        .innerJoin(sources, eq(sources.id, factSources.sourceId))
        .where(anyId(factSources.factId, sql.placeholder("ids")))
        .orderBy(asc(factSources.factId), asc(factSources.position))
        .prepare("gw_citations_by_fact"),
    );
    const rows = await query.execute({ ids: idArray(factIds) });
    const grouped = new Map<number, CitationRow[]>(factIds.map((id) => [id, []]));
    for (const r of rows) {
      r.factId = Number(r.factId); // bigint arrives as text; the row is ours, no copy needed
      grouped.get(r.factId)?.push(r);
    }
    return factIds.map((id) => grouped.get(id) ?? []);
  });
}
