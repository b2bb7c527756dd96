import DataLoader from "dataloader";
import { inArray } from "drizzle-orm";
import type { Db } from "../../db/client";
import { companies, facts } from "../../db/tables";
import { factColumns, joinFacts } from "../../db/fact-select";
import { factByIdLoader } from "../../shared/batch";
import type { CompanyRow } from "./company.type";

/** Companies by a unique text column, one `WHERE col IN (...)` per batch (10k aliases: one query). */
function companyByLoader(db: Db, column: typeof companies.slug | typeof companies.ticker, read: (r: CompanyRow) => string | null) {
  return new DataLoader<string, CompanyRow | null>(async (keys) => {
    const rows = (await db.select(factColumns(companies)).from(companies).innerJoin(facts, joinFacts(companies)).where(inArray(column, [...keys]))) as CompanyRow[];
    const byKey = new Map(rows.map((r) => [read(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export const companyLoaders = (db: Db) => ({
  companyById: factByIdLoader(db, companies),
  companyBySlug: companyByLoader(db, companies.slug, (r) => r.slug),
  companyByTicker: companyByLoader(db, companies.ticker, (r) => r.ticker),
});
