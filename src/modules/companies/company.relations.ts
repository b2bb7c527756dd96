import type { Context } from "../../context";
import { pointOf } from "../../shared/time-travel";
import { asKnownAt } from "../writes/known-at";
import { toCompany, type CompanyModel, type CompanyRow } from "./company.type";

/**
 * The company behind a foreign key, through the request's batched loader and carrying the
 * parent's `asOf` (children of a parent: `childrenVia` in src/shared/relations.ts).
 */

/** The company behind a foreign key (batched through `companyById`). */
export async function companyOf(ctx: Context, id: number | null, asOf: string | null): Promise<CompanyModel | null> {
  if (id == null) return null;
  const row = await ctx.loaders.companyById.load(id);
  const company = row ? toCompany(row as CompanyRow, asOf) : null;
  // With knownAt, the company as it was then (edits in place since are read back from the audit trail).
  return pointOf(asOf).knownAt ? asKnownAt(ctx, company, asOf) : company;
}

/** Every company of an id list, in list order (one batched query); ids with no row are dropped. */
export async function companiesOf(ctx: Context, ids: number[], asOf: string | null): Promise<CompanyModel[]> {
  const rows = await ctx.loaders.companyById.loadMany(ids);
  const found = rows.map((r) => {
    if (r instanceof Error) throw r;
    return r as CompanyRow | null;
  });
  const companies = found.filter((r): r is CompanyRow => r != null).map((r) => toCompany(r, asOf));
  if (!pointOf(asOf).knownAt) return companies;
  return (await Promise.all(companies.map((c) => asKnownAt(ctx, c, asOf)))).filter((c): c is CompanyModel => c != null);
}
