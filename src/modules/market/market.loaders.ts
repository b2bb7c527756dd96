import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { capacityReports, facts, revenueReports, stockMoves } from "../../db/tables";
import { factByIdLoader, manyLoader } from "../../shared/batch";
import { notSuperseded } from "../../shared/time-travel";

const capacityNewestFirst = sql`${capacityReports.reportedOn} desc nulls last, ${capacityReports.id} desc`;
const revenueNewestFirst = sql`${revenueReports.periodEnd} desc, ${revenueReports.id} desc`;
const movesNewestFirst = sql`${stockMoves.on} desc, ${stockMoves.id} desc`;
/** Of several revisions of one report, the one public last comes first. */
const revisionsNewestFirst = sql`${capacityReports.publicOn} desc nulls last, ${capacityReports.id} desc`;

/**
 * Market-data loaders, fresh per request. Each relation is one SQL statement per distinct
 * (asOf, first) in a request, never one per row.
 */
export const marketLoaders = (db: Db) => ({
  capacityReportById: factByIdLoader(db, capacityReports),
  /** Reports that revise the given report ids (parent = `facts.supersedes_id`), public by the key's asOf. */
  capacityRevisionsOf: manyLoader(db, { table: capacityReports, parent: facts.supersedesId, order: revisionsNewestFirst }),
  capacityReportsByCompany: manyLoader(db, {
    table: capacityReports,
    parent: capacityReports.companyId,
    order: capacityNewestFirst,
    extra: (asOf) => notSuperseded(capacityReports, asOf),
  }),
  revenueReportsByCompany: manyLoader(db, {
    table: revenueReports,
    parent: revenueReports.companyId,
    order: revenueNewestFirst,
    extra: (asOf) => notSuperseded(revenueReports, asOf),
  }),
  stockMovesByCompany: manyLoader(db, {
    table: stockMoves,
    parent: stockMoves.companyId,
    order: movesNewestFirst,
    extra: (asOf) => notSuperseded(stockMoves, asOf),
  }),
});
