import type { Context } from "../../context";
import type { NodeType } from "../../shared/global-id";
import { pointOf } from "../../shared/time-travel";
import { NODE_TABLE } from "../node/node.table";

/**
 * One object (from `node` or `company`) as the database held it at the point's `knownAt`: null when
 * it was recorded later; a company or source edited in place since shows its values from before the
 * first later edit (the audit entry keeps them); nested relations read at the same point.
 */
export async function asKnownAt<T extends object>(ctx: Context, model: T | null, point: string | null): Promise<T | null> {
  const knownAt = pointOf(point).knownAt;
  if (!model || !knownAt) return model;
  const m = model as unknown as { __typename: NodeType; dbId: number; asOf?: string | null };
  const isSource = m.__typename === "Source";
  const state = await (isSource ? ctx.loaders.sourceStateById : ctx.loaders.factStateById).load(m.dbId);
  if (!state || state.recordedAt > new Date(knownAt).toISOString()) return null;
  if (isSource || m.__typename === "Company") {
    const before = await ctx.loaders.beforeEditsAfter.load(`${m.__typename}|${m.dbId}|${new Date(knownAt).toISOString()}`);
    if (before) return NODE_TABLE[m.__typename].map({ ...before, id: m.dbId }, point) as T;
  }
  return isSource ? model : ({ ...model, asOf: point } as T);
}
