import DataLoader from "dataloader";
import type { Db } from "../../db/client";
import { companies, facts } from "../../db/tables";
import { factColumns, joinFacts } from "../../db/fact-select";
import { factByIdLoader, keysMatch, keysParam, oneOrMany } from "../../shared/batch";
import { preparedOnce, statementName } from "../../shared/prepared";
import type { CompanyRow } from "./company.type";

/**
 * Companies by a unique text column, one `WHERE col = any($1::text[])` per batch (10k aliases:
 * one query). Built once per database and prepared: `company(ticker:)` is the hottest point
 * lookup, and building the drizzle query cost more than running it.
 */
function companyByLoader(db: Db, column: typeof companies.slug | typeof companies.ticker, read: (r: CompanyRow) => string | null) {
  const key = `companyBy:${column.name}`;
  return new DataLoader<string, CompanyRow | null>(async (keys) => {
    // `col = $1` for one key: planned once, where `= any($1)` is planned on every run (see oneOrMany).
    const shape = oneOrMany(keys.length);
    const query = preparedOnce(db, `${key}:${shape}`, () =>
      db
        .select(factColumns(companies))
        .from(companies)
        .innerJoin(facts, joinFacts(companies))
        .where(keysMatch(column, "keys", shape, "text"))
        .prepare(statementName(`${key}:${shape}`)),
    );
    const rows = (await query.execute({ keys: keysParam(keys, shape, "text") })) as CompanyRow[];
    const byKey = new Map(rows.map((r) => [read(r), r]));
    return keys.map((k) => byKey.get(k) ?? null);
  });
}

export const companyLoaders = (db: Db) => ({
  companyById: factByIdLoader(db, companies),
  companyBySlug: companyByLoader(db, companies.slug, (r) => r.slug),
  companyByTicker: companyByLoader(db, companies.ticker, (r) => r.ticker),
});
