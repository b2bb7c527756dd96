import { ArgsType, Field, Int } from "type-graphql";
import { GraphQLDateTime } from "graphql-scalars";
import { DateScalar } from "./scalars";
import { KNOWN_AT } from "./time-travel";

/** Relay arguments shared by every root connection; each module adds `where` and `orderBy`. */
@ArgsType()
export class PageArguments {
  @Field(() => Int, { nullable: true, description: "Return the first n items after `after` (0 to 100; default 20)." })
  first?: number;
  @Field(() => String, { nullable: true, description: "Cursor: return items after this one." })
  after?: string;
  @Field(() => Int, { nullable: true, description: "Return the last n items before `before` (0 to 100)." })
  last?: number;
  @Field(() => String, { nullable: true, description: "Cursor: return items before this one." })
  before?: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: "Time travel: only facts public on or before this day; of a revision chain, the latest public by then. Default: today.",
  })
  asOf?: string;
  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: KNOWN_AT,
  })
  knownAt?: Date;
}

