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
