import { Field, Float, Int, ObjectType, registerEnumType, type ClassType } from "type-graphql";
import { ExclusionReason } from "./exclusion-reason";

@ObjectType({ simpleResolvers: true, description: "How many rows of a connection's set were left out of the money or numeric statistics, and why." })
export class AggregateExclusionCount {
  @Field(() => ExclusionReason, { description: "Why (e.g. NO_FX_RATE: a currency with no published rate; never converted at a guessed rate)." })
  reason!: ExclusionReason;
  @Field(() => Int, { description: "Rows left out for this reason (they still count in `count`)." }) count!: number;
}

@ObjectType({ simpleResolvers: true, description: "One dimension's value for a group of an aggregate." })
export class AggregateGroupKey {
  @Field(() => String, { description: "The `groupBy` dimension (e.g. `PROVIDER`, `QUARTER`)." }) by!: string;
  @Field(() => String, {
    nullable: true,
    description:
      "The group's value: a company slug, an enum value, or a period (`2025-11`, `2025-Q4`, `2025`); null when unknown " +
      "(e.g. a month for a date known only to the year).",
  })
  value!: string | null;
  companyId!: number | null;
}

export interface MeasureSpec {
  /** GraphQL field name in `<Name>AggregateValues` (e.g. `totalValueUsd`). */
  name: string;
  description: string;
}

export interface DimensionSpec {
  name: string;
  description: string;
}

/** The statistics of one set (the whole set or a group); each of sum/avg/min/max maps measure name → value. */
export interface AggregateStats {
  count: number;
  sum: Record<string, number | null>;
  avg: Record<string, number | null>;
  min: Record<string, number | null>;
  max: Record<string, number | null>;
  excluded: AggregateExclusionCount[];
}

export interface ConnectionAggregateModel extends AggregateStats {
  groups: Array<AggregateStats & { keys: AggregateGroupKey[] }>;
  method: string;
}

export interface ConnectionAggregateTypes {
  aggregate: ClassType;
  groupBy: Record<string, string>;
}

/**
 * The GraphQL types of `<Name>Connection.aggregate` (after PostGraphile's pg-aggregates): a
 * `<Name>AggregateValues` object with one nullable Float per numeric field, the whole-set
 * `<Name>Aggregate` with count, sum, avg, min, max and `groups`, and the `<Name>GroupBy` enum.
 */
export function connectionAggregateTypes(name: string, measures: MeasureSpec[], dimensions: DimensionSpec[]): ConnectionAggregateTypes {
  @ObjectType(`${name}AggregateValues`, { simpleResolvers: true, description: `One statistic of each numeric field of ${name}s (null when no row has a value).` })
  class Values {}
  for (const m of measures) Field(() => Float, { nullable: true, description: m.description })(Values.prototype, m.name);

  const stat = (target: object, field: string, what: string) =>
    Field(() => Values, { description: `${what} of each numeric field over the rows.` })(target, field);

  @ObjectType(`${name}AggregateGroup`, { simpleResolvers: true, description: `Statistics of the ${name}s sharing one combination of the \`groupBy\` values.` })
  class Group {
    @Field(() => [AggregateGroupKey], { description: "The group's value for each `groupBy` dimension, in the order asked." })
    keys!: AggregateGroupKey[];
    @Field(() => Int, { description: "Rows in the group." }) count!: number;
    @Field(() => [AggregateExclusionCount], { description: "Rows of the group left out of some statistics, by reason." })
    excluded!: AggregateExclusionCount[];
  }
  @ObjectType(`${name}Aggregate`, { simpleResolvers: true, 
    description: `Statistics over every ${name} the connection ranges over (its \`where\` and \`asOf\`, all pages), computed in SQL.`,
  })
  class Aggregate {
    @Field(() => Int, { description: "Rows in the set (same as `totalCount`)." }) count!: number;
    @Field(() => [AggregateExclusionCount], { description: "Rows left out of some statistics, by reason." })
    excluded!: AggregateExclusionCount[];
    @Field(() => [Group], { description: "One entry per combination of `groupBy` values, ordered by those values; empty without `groupBy`." })
    groups!: Group[];
    @Field(() => String, { description: "What the statistics cover and leave out, in one sentence." }) method!: string;
  }
  for (const target of [Group.prototype, Aggregate.prototype]) {
    stat(target, "sum", "Sum");
    stat(target, "avg", "Mean");
    stat(target, "min", "Minimum");
    stat(target, "max", "Maximum");
  }

  const groupBy = Object.fromEntries(dimensions.map((d) => [d.name, d.name]));
  registerEnumType(groupBy, {
    name: `${name}GroupBy`,
    description: `A dimension to group ${name}s by in \`aggregate(groupBy:)\`.`,
    valuesConfig: Object.fromEntries(dimensions.map((d) => [d.name, { description: d.description }])),
  });
  return { aggregate: Aggregate, groupBy };
}
