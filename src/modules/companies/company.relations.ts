import type { Context } from "../../context";
import { toCompany, type CompanyModel, type CompanyRow } from "./company.type";

/**
 * The company behind a foreign key, through the request's batched loader and carrying the
 * parent's `asOf` (children of a parent: `childrenVia` in src/shared/relations.ts).
 */

/** The company behind a foreign key (batched through `companyById`). */
export async function companyOf(ctx: Context, id: number | null, asOf: string | null): Promise<CompanyModel | null> {
  if (id == null) return null;
  const row = await ctx.loaders.companyById.load(id);
  return row ? toCompany(row as CompanyRow, asOf) : null;
}

/** Every company of an id list, in list order (one batched query); ids with no row are dropped. */
export async function companiesOf(ctx: Context, ids: number[], asOf: string | null): Promise<CompanyModel[]> {
  const rows = await ctx.loaders.companyById.loadMany(ids);
  const found = rows.map((r) => {
    if (r instanceof Error) throw r;
    return r as CompanyRow | null;
  });
  return found.filter((r): r is CompanyRow => r != null).map((r) => toCompany(r, asOf));
}
