import { ObjectType } from "type-graphql";
import { ConnectionType, type ConnectionShape } from "../../shared/connection";
import { BadUserInputError } from "../../shared/errors";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from "../../shared/pagination";
import { AggregateExclusion, AggregateInput } from "./aggregate.type";

@ObjectType({ simpleResolvers: true, description: "A page of the records an explained figure counted, largest first." })
export class AggregateInputConnection extends ConnectionType("AggregateInput", AggregateInput) {}

@ObjectType({ simpleResolvers: true, description: "A page of the records an explained figure left out, by reason, largest first within each." })
export class AggregateExclusionConnection extends ConnectionType("AggregateExclusion", AggregateExclusion) {}

/**
 * Cursors are positions in the figure's fixed order (value, then key): an answer for a given
 * country and day never changes within a data version, so a position is a stable cursor.
 */
const cursorOf = (position: number) => Buffer.from(`p:${position}`, "utf8").toString("base64url");

function positionOf(after: string): number {
  const m = /^p:(\d{1,9})$/.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!m) throw new BadUserInputError("`after` is not a valid cursor.", "after");
  return Number(m[1]);
}

/** One page of `total` items read by `fetch(offset, limit)`, as a Relay connection. */
export async function pageOf<T>(
  first: number | null | undefined,
  after: string | null | undefined,
  total: number,
  fetch: (offset: number, limit: number) => Promise<T[]>,
): Promise<ConnectionShape<T>> {
  if (first != null && (!Number.isInteger(first) || first < 0 || first > MAX_PAGE_SIZE)) {
    throw new BadUserInputError(`\`first\` must be between 0 and ${MAX_PAGE_SIZE}.`, "first");
  }
  const limit = first ?? DEFAULT_PAGE_SIZE;
  const offset = after == null ? 0 : positionOf(after) + 1;
  const nodes = limit === 0 || offset >= total ? [] : await fetch(offset, limit);
  const edges = nodes.map((node, k) => ({ cursor: cursorOf(offset + k), node }));
  const pageInfo = {
    hasNextPage: offset + nodes.length < total,
    hasPreviousPage: offset > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges.at(-1)?.cursor ?? null,
  };
  return {
    edges: async () => edges,
    nodes: async () => nodes,
    pageInfo: async () => pageInfo,
    totalCount: async () => total,
  };
}

/** An ExplainSource over rows already in memory (a day's stock moves). */
export function listSource<I, X extends { reason: string }>(inputs: I[], exclusions: X[], sourceIds: (limit: number) => Promise<number[]>) {
  const visible = (all: boolean) => (all ? exclusions : exclusions.filter((x) => x.reason !== "NOT_PUBLIC_BY_AS_OF"));
  return {
    inputCount: inputs.length,
    exclusionCount: (all: boolean) => visible(all).length,
    inputs: async (offset: number, limit: number) => inputs.slice(offset, offset + limit),
    exclusions: async (offset: number, limit: number, all: boolean) => visible(all).slice(offset, offset + limit),
    sourceIds,
  };
}
