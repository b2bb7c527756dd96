import { Field, Float, Int, ObjectType } from "type-graphql";
import { DateScalar } from "../../shared/scalars";
import { MoveWindow } from "../market/move.type";
import { Explained, ExclusionReason, type ExplainedModel } from "./aggregate.type";
import { toExclusion, toInput, toReported } from "./aggregate.model";
import { movesMethod } from "./sector.methods";
import type { MoveRow } from "./moves.queries";
import type { SectorModel } from "./sector.model";
import { listSource } from "./explain.connection";
import { sourceIdsOf } from "./moves.queries";
import { ReportedFigure, type ReportedModel } from "./sector.type";

@ObjectType({ simpleResolvers: true, 
  implements: Explained,
  description:
    "Miners' share-price moves on one day: count, mean, median, min and max, the top movers, and the reported sector-index move beside them. " +
    "Re-adding `inputs` and dividing by `count` gives `mean`.",
})
export class SectorStockMoves extends Explained {
  @Field(() => DateScalar, { description: "The trading day." }) on!: string;
  @Field(() => [MoveWindow], { description: "The windows counted (DAY counts CLOSE too)." }) windows!: MoveWindow[];
  @Field(() => Int, { description: "Moves counted." }) count!: number;
  @Field(() => Float, { nullable: true, description: "Sum of the counted changes (percentage points); `mean` × `count`." }) sum!: number | null;
  @Field(() => Float, { nullable: true, description: "Mean change, in percent." }) mean!: number | null;
  @Field(() => Float, { nullable: true, description: "Median change, in percent (percentile_cont 0.5: the mean of the middle two for an even count)." })
  median!: number | null;
  @Field(() => Float, { nullable: true, description: "Smallest change, in percent." }) min!: number | null;
  @Field(() => Float, { nullable: true, description: "Largest change, in percent." }) max!: number | null;
  @Field(() => [ReportedFigure], { description: "Reported sector-index moves that day over the same windows (e.g. SoSoValue's mining index), never counted." })
  sectorIndex!: ReportedModel[];
}

export type SectorStockMovesModel = SectorStockMoves & ExplainedModel;

/** DAY also counts CLOSE: a close-to-close change is the day's move; any other window counts alone. */
export function windowsFor(window: MoveWindow): MoveWindow[] {
  return window === MoveWindow.DAY ? [MoveWindow.DAY, MoveWindow.CLOSE] : [window];
}

export function toSectorMoves(rows: MoveRow[], s: SectorModel, on: string, windows: MoveWindow[]): SectorStockMovesModel {
  const f = s.frame;
  const moves = rows.filter((r) => r.measure === "move");
  const stats = rows[0];
  // Rows come ordered by |change|, largest first, so inputs are already the movers in rank order.
  const inputs = moves.filter((r) => r.reason == null).map((r) => toInput(r, "%", s.asOf));
  const exclusions = moves.filter((r) => r.reason != null).map((r) => toExclusion(r, f, s.asOf));
  const factIds = [...new Set(inputs.map((i) => i.factId))];
  return {
    __typename: "SectorStockMoves",
    unit: "%",
    method: movesMethod(f, on, windows),
    on,
    windows,
    count: stats?.n ?? 0,
    sum: stats?.total ?? null,
    mean: stats?.mean ?? null,
    median: stats?.median ?? null,
    min: stats?.min ?? null,
    max: stats?.max ?? null,
    explain: listSource(inputs, exclusions, (limit) => sourceIdsOf(s.db, factIds, limit)),
    notYetPublicCount: rows.filter((r) => r.reason === ExclusionReason.NOT_PUBLIC_BY_AS_OF).length,
    sectorIndex: rows.filter((r) => r.measure === "index" && r.reason == null).map((r) => toReported({ ...r, detail: null, flag: null }, "%", s.asOf)),
  };
}
