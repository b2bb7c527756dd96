import { eq, inArray, sql, type SQL } from "drizzle-orm";
import { QueryBuilder, type AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { companies, facts } from "../../db/tables";
import { factColumns, joinFacts } from "../../db/fact-select";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { BadUserInputError, NotFoundError } from "../../shared/errors";
import { CompanyOrderField, type CompaniesArgs, type CompanyWhere } from "./company.inputs";
import { toCompany, type CompanyModel, type CompanyRow } from "./company.type";
import type { Loaders } from "../../context";

const handlers: WhereHandlers<CompanyWhere> = {
  id: (f, p) => idConditions(facts.key, "Company", f, p),
  slug: on(companies.slug),
  ticker: on(companies.ticker),
  name: on(companies.name),
  kind: on(companies.kind),
  country: on(companies.country),
  exchange: on(companies.exchange),
};

const qb = new QueryBuilder();

/** SQL for "the company behind `fk` matches `where`": one semi-join, usable from any list. */
export function companyMatches(fk: AnyPgColumn, where: CompanyWhere, path: string): SQL {
  const unique = uniqueCompany(where);
  // One company by a unique key: a scalar subquery is a constant for the planner, so a list
  // ordered along an index on (fk, sort key) walks that index and stops at the page size.
  if (unique) return eq(fk, sql`(${qb.select({ id: companies.id }).from(companies).where(eq(unique.column, unique.value))})`);
  const condition = compileWhere(where, handlers, path);
  if (!condition) return sql`${fk} is not null`;
  return inArray(fk, qb.select({ id: companies.id }).from(companies).innerJoin(facts, joinFacts(companies)).where(condition));
}

/** `{ ticker: { eq } }` or `{ slug: { eq } }` and nothing else: at most one company. */
function uniqueCompany(where: CompanyWhere): { column: AnyPgColumn; value: string } | null {
  const given = Object.entries(where).filter(([, v]) => v != null);
  if (given.length !== 1) return null;
  const [field, filter] = given[0] as [string, Record<string, unknown>];
  if (field !== "ticker" && field !== "slug") return null;
  const conditions = Object.entries(filter).filter(([, v]) => v != null);
  if (conditions.length !== 1 || conditions[0][0] !== "eq") return null;
  return { column: field === "ticker" ? companies.ticker : companies.slug, value: String(conditions[0][1]) };
}

const companiesList = defineList({
  table: companies,
  where: handlers,
  order: {
    [CompanyOrderField.NAME]: companies.name,
    [CompanyOrderField.TICKER]: companies.ticker,
    [CompanyOrderField.SLUG]: companies.slug,
    [CompanyOrderField.KIND]: companies.kind,
  },
  defaultOrder: [{ field: CompanyOrderField.NAME }],
  map: toCompany,
});

export function listCompanies(db: Db, args: CompaniesArgs) {
  return listOf(db, companiesList, args);
}

/** `company(slug:)` / `company(ticker:)`: exactly one of them. Batched: repeated keys cost one query. */
export async function findCompany(
  loaders: Pick<Loaders, "companyBySlug" | "companyByTicker">,
  args: { slug?: string | null; ticker?: string | null; asOf?: string | null },
): Promise<CompanyModel> {
  const given = [args.slug != null, args.ticker != null].filter(Boolean).length;
  if (given !== 1) throw new BadUserInputError("Pass exactly one of `slug` or `ticker`.", args.slug != null ? "ticker" : "slug");
  const row = args.slug != null ? await loaders.companyBySlug.load(args.slug) : await loaders.companyByTicker.load(args.ticker!.toUpperCase());
  if (!row) {
    const what = args.slug != null ? `slug "${args.slug}"` : `ticker "${args.ticker}"`;
    throw new NotFoundError(`No company with ${what}.`);
  }
  return toCompany(row, args.asOf ?? null);
}
