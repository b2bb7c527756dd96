import { sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { facts } from "../../db/tables";
import type { ConnectionScope } from "../../shared/list";
import { BadUserInputError } from "../../shared/errors";
import type { ExclusionReason } from "./exclusion-reason";
import { aggFx, type ConnectionAggregateSpec } from "./connection-aggregate.specs";
import { fxRateJoin } from "../../shared/money-sql";
import type { AggregateStats, ConnectionAggregateModel } from "./connection-aggregate.type";
import { rowsOf } from "./rows";

const STATS = ["sum", "avg", "min", "max"] as const;
const MAX_GROUP_BY = 4;

type Row = Record<string, number | string | null>;

/**
 * The whole set of a connection (its `where`, `asOf` and revision rule, from `scope`) in one
 * statement: GROUPING SETS give the set's statistics (the empty grouping) and each group's
 * (the `groupBy` columns) together; `grouping(...)` tells the two apart.
 */
export async function connectionAggregate(
  db: Db,
  scope: ConnectionScope,
  spec: ConnectionAggregateSpec,
  groupBy: string[],
): Promise<ConnectionAggregateModel> {
  const dims = groupBy.map((name) => spec.dimensions.find((d) => d.name === name)!);
  if (new Set(groupBy).size !== groupBy.length || groupBy.length > MAX_GROUP_BY) {
    throw new BadUserInputError(`\`groupBy\` takes at most ${MAX_GROUP_BY} distinct dimensions.`, "groupBy");
  }
  const inner: SQL[] = [
    ...dims.flatMap((d, i) => [sql`(${d.key})::text as ${sql.raw(`k${i}`)}`, sql`(${d.companyId ?? sql`null`})::int as ${sql.raw(`c${i}`)}`]),
    ...spec.measures.map((m, i) => sql`(${m.sql})::numeric as ${sql.raw(`m${i}`)}`),
    ...Object.values(spec.excluded).map((cond, i) => sql`coalesce(${cond}, false) as ${sql.raw(`x${i}`)}`),
  ];
  const joinFacts = scope.withFacts ? sql`join ${facts} on ${facts.id} = ${scope.table.id}` : sql``;
  const joinFx = spec.fx ? fxRateJoin(aggFx, spec.fx.fxRateId, spec.fx.currency) : sql``;
  const keyCols = dims.flatMap((_, i) => [sql.raw(`k${i}`), sql.raw(`c${i}`)]);
  const outer: SQL[] = [
    ...keyCols,
    keyCols.length ? sql`grouping(${sql.join(keyCols, sql`, `)})::int as whole` : sql`1 as whole`,
    sql`count(*)::int as count`,
    ...spec.measures.flatMap((_, i) => STATS.map((s) => sql`${sql.raw(s)}(${sql.raw(`m${i}`)})::float8 as ${sql.raw(`${s}${i}`)}`)),
    ...Object.keys(spec.excluded).map((_, i) => sql`count(*) filter (where ${sql.raw(`x${i}`)})::int as ${sql.raw(`n${i}`)}`),
  ];
  const sets = keyCols.length ? sql`grouping sets ((), (${sql.join(keyCols, sql`, `)}))` : sql`grouping sets (())`;
  const order = keyCols.length ? sql`order by whole desc, ${sql.join(dims.map((_, i) => sql.raw(`k${i} nulls last`)), sql`, `)}` : sql``;
  const rows = await rowsOf<Row>(
    db,
    sql`select ${sql.join(outer, sql`, `)}
      from (select ${sql.join(inner, sql`, `)} from ${scope.table} ${joinFacts} ${joinFx} where ${scope.where ?? sql`true`}) t
      group by ${sets} ${order}`,
  );
  const stats = (row: Row): AggregateStats => {
    const pick = (s: (typeof STATS)[number]) => Object.fromEntries(spec.measures.map((m, i) => [m.name, row[`${s}${i}`] as number | null]));
    const excluded = Object.keys(spec.excluded)
      .map((reason, i) => ({ reason: reason as ExclusionReason, count: Number(row[`n${i}`]) }))
      .filter((x) => x.count > 0);
    return { count: Number(row.count), sum: pick("sum"), avg: pick("avg"), min: pick("min"), max: pick("max"), excluded };
  };
  const whole = rows.find((r) => Number(r.whole) !== 0)!;
  const groups = rows
    .filter((r) => Number(r.whole) === 0)
    .map((r) => ({
      ...stats(r),
      keys: dims.map((d, i) => ({ by: d.name, value: r[`k${i}`] as string | null, companyId: r[`c${i}`] as number | null })),
    }));
  return { ...stats(whole), groups, method: spec.method };
}
