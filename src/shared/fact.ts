import { Field, InterfaceType } from "type-graphql";
import { DateScalar } from "./scalars";
import type { NodeType } from "./global-id";
import { toGlobalId } from "./global-id";
import type { FactMeta } from "../db/fact-select";
import { Node } from "./graphql-types";

/** Internal fields every fact model carries for its resolvers (not exposed). */
export interface FactModel {
  __typename: NodeType;
  /** Database id (also `facts.id`). */
  dbId: number;
  /** The `asOf` the parent query asked for; nested relations honour it. */
  asOf: string | null;
}

@InterfaceType({
  description: "A fact: a record that carries its sources, caveats and the date it became public.",
  implements: Node,
  resolveType: (value: { __typename: string }) => value.__typename,
})
export abstract class Fact extends Node {
  @Field(() => String, { description: "The fact's natural key in the Gigawatt fact base (e.g. `D-IREN-MSFT`)." })
  key!: string;
  @Field(() => String, { nullable: true, description: "Caveats in plain words: approximations, conflicting reports, weak sources." })
  note!: string | null;
  @Field(() => Boolean, { description: "false when the figure is not independently confirmed (weak or single source)." })
  verified!: boolean;
  @Field(() => Boolean, { description: "true when a source gives the figure as approximate (\"about\", \"nearly\", \"~\")." })
  approximate!: boolean;
  @Field(() => DateScalar, {
    nullable: true,
    description:
      "First day this fact counts as public for `asOf` queries: the reported day, the last day of a " +
      "month or year reported without a day, or the earliest dated source. Null when unknown.",
  })
  publicOn!: string | null;
}

/**
 * Copies the provenance part of a row into an API model. Spread it LAST in an object literal:
 * spread first, V8 gives the literal a slow dictionary shape (measured ~50x slower per object).
 */
export function factFields(type: NodeType, row: FactMeta & { id: number; publicOn?: string | null }, asOf: string | null) {
  return {
    __typename: type,
    dbId: row.id,
    asOf,
    id: toGlobalId(type, row.key),
    key: row.key,
    note: row.note,
    verified: row.verified,
    approximate: row.approximate,
    publicOn: row.publicOn ?? null,
    supersedesId: row.supersedesId,
  };
}

