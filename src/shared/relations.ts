import type { ManyKey } from "./batch";
import { BadUserInputError } from "./errors";
import { MAX_PAGE_SIZE } from "./pagination";

export const RELATION_DEFAULT = 50;
export const RELATION_FIRST_DESCRIPTION = `How many to return (1 to ${MAX_PAGE_SIZE}; default ${RELATION_DEFAULT}). Use the root connection with a filter to page through more.`;

export function relationLimit(first: number | null | undefined): number {
  const n = first ?? RELATION_DEFAULT;
  if (!Number.isInteger(n) || n < 1 || n > MAX_PAGE_SIZE) {
    throw new BadUserInputError(`\`first\` must be between 1 and ${MAX_PAGE_SIZE}.`, "first");
  }
  return n;
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
