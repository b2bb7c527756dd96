import type { Context } from "../../context";
import type { ManyKey } from "../../shared/batch";
import { relationLimit } from "../../shared/relations";
import { toCompany, type CompanyModel, type CompanyRow } from "./company.type";

/**
 * Relation helpers every module uses: the company behind a foreign key and the children of a
 * parent, both through the request's batched loaders and carrying the parent's `asOf`.
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

/** Children of one parent through a `manyLoader`, mapped with the parent's `asOf`. */
export async function childrenVia<R, M>(
  loader: { load(k: ManyKey): Promise<unknown[]> },
  parentId: number,
  asOf: string | null,
  first: number | null,
  map: (row: R, asOf: string | null) => M,
): Promise<M[]> {
  const rows = await loader.load({ parentId, asOf, limit: relationLimit(first) });
  return rows.map((r) => map(r as R, asOf));
}
