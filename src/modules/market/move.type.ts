import { Field, Float, ObjectType, registerEnumType } from "type-graphql";
import { Fact, factFields } from "../../shared/fact";
import { Money, Node, money } from "../../shared/graphql-types";
import { DateScalar } from "../../shared/scalars";
import type { stockMoves } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type StockMoveRow = typeof stockMoves.$inferSelect & FactMeta;

export enum MoveWindow {
  PREMARKET = "PREMARKET",
  INTRADAY = "INTRADAY",
  DAY = "DAY",
  CLOSE = "CLOSE",
  YTD = "YTD",
}
registerEnumType(MoveWindow, {
  name: "MoveWindow",
  description: "The span of trading a share-price change is measured over.",
  valuesConfig: {
    PREMARKET: { description: "Before the regular session opens." },
    INTRADAY: { description: "At some point during the session (a snapshot, a peak or a low), not the close." },
    DAY: { description: "Over the day, as reported (not confirmed to be the closing change)." },
    CLOSE: { description: "At the close, against the previous close." },
    YTD: { description: "Since the start of the calendar year." },
  },
});

@ObjectType({ simpleResolvers: true, 
  implements: [Node, Fact],
  description: "A reported share-price change of one company or a sector index. Conflicting reports stay unresolved, never averaged.",
})
export class StockMove extends Fact {
  @Field(() => String, { description: "Ticker or index name as reported (e.g. `IREN`, `SOSOVALUE-MINING`)." }) symbol!: string;
  @Field(() => Boolean, { description: "true for a sector index (then `company` is null)." }) isIndex!: boolean;
  @Field(() => DateScalar, { description: "Trading day of the move (for YTD: the day it was measured)." }) on!: string;
  @Field(() => MoveWindow, { description: "The span the change is measured over." }) window!: MoveWindow;
  @Field(() => String, {
    description: "The move type in the source's words (e.g. `day (approx.)`, `close (unresolved)`): it carries caveats `window` cannot.",
  })
  moveType!: string;
  @Field(() => Float, {
    nullable: true,
    description: "Change in percent (13.84 is +13.84%); null when sources conflict or give only a range (see `unresolved` and `note`).",
  })
  changePct!: number | null;
  @Field(() => Boolean, { description: "true when sources conflict or give a range, so no single change is served; `note` lists the reports." })
  unresolved!: boolean;
  @Field(() => Money, { nullable: true, description: "Share price reported with the move, in USD." }) price!: Money | null;
  @Field(() => String, { nullable: true, description: "What the move was reported alongside (a deal, results, an upgrade)." }) context!: string | null;
}

export type StockMoveModel = StockMove & ReturnType<typeof factFields> & { companyId: number | null };

export function toStockMove(row: StockMoveRow, asOf: string | null): StockMoveModel {
  return {
    companyId: row.companyId,
    symbol: row.symbol,
    isIndex: row.isIndex,
    on: row.on,
    window: row.window as MoveWindow,
    moveType: row.moveType,
    changePct: row.changePct,
    unresolved: row.unresolved,
    price: money(row.priceUsd, "USD"),
    context: row.context,
    ...factFields("StockMove", row, asOf),
  };
}
