import { CountryCodeResolver, GraphQLDateTime } from "graphql-scalars";
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from "type-graphql";
import type { Context } from "../../context";
import { MAX_PAGE_SIZE } from "../../shared/pagination";
import { DateScalar } from "../../shared/scalars";
import { KNOWN_AT } from "../../shared/time-travel";
import { Source, toSource } from "../sources/source.type";
import type { SourceRow } from "../sources/source.queries";
import { AggregateInputConnection, pageOf } from "./explain.connection";
import { sectorSeries } from "./series.service";
import { SectorMetric, SectorSeries, SectorSeriesPoint, SeriesInterval } from "./series.type";

@Resolver(() => SectorSeries)
export class SectorSeriesResolver {
  @Query(() => SectorSeries, {
    description:
      "A sector figure over time, for charts: the figure as known at the end of each MONTH or QUARTER from `from` to `to` (and on `to` " +
      "itself when it falls inside a step), each point explained like `sector` (inputs with their sources, coverage, the reason when null).",
  })
  sectorSeries(
    @Arg("metric", () => SectorMetric, { description: "The figure to follow." }) metric: SectorMetric,
    @Arg("country", () => CountryCodeResolver, { defaultValue: "US", description: "Country (ISO 3166-1 alpha-2)." }) country: string,
    @Arg("from", () => DateScalar, { description: "First day: the first point is the end of the step that holds it." }) from: string,
    @Arg("to", () => DateScalar, { description: "Last day (inclusive)." }) to: string,
    @Arg("interval", () => SeriesInterval, { defaultValue: SeriesInterval.MONTH, description: "The step: MONTH or QUARTER." }) interval: SeriesInterval,
    @Arg("knownAt", () => GraphQLDateTime, { nullable: true, description: KNOWN_AT }) knownAt: Date | null,
    @Ctx() ctx: Context,
  ): Promise<SectorSeries> {
    return sectorSeries(ctx.db, metric, country, from, to, interval, knownAt);
  }
}

@Resolver(() => SectorSeriesPoint)
export class SectorSeriesPointResolver {
  @FieldResolver(() => AggregateInputConnection, { description: "The records counted for this point, largest first (paged), each with its fact and sources." })
  inputs(
    @Root() p: SectorSeriesPoint,
    @Arg("first", () => Int, { nullable: true, description: "Page size (0 to 100; default 20)." }) first: number | null,
    @Arg("after", () => String, { nullable: true, description: "Cursor: the records after this one." }) after: string | null,
  ) {
    return pageOf(first, after, p.explain.inputCount, (offset, limit) => p.explain.inputs(offset, limit));
  }

  @FieldResolver(() => [Source], { description: "The sources of the point's inputs, each once, in order of first citation (at most 100)." })
  async sources(@Root() p: SectorSeriesPoint, @Ctx() ctx: Context): Promise<Source[]> {
    if (!p.explain.inputCount) return [];
    const rows = await ctx.loaders.sourceById.loadMany(await p.explain.sourceIds(MAX_PAGE_SIZE));
    return rows.filter((r): r is SourceRow => r != null && !(r instanceof Error)).map(toSource);
  }
}
