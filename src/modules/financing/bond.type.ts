import { Field, Int, ObjectType } from "type-graphql";
import { Fact, factFields } from "../../shared/fact";
import { Money, Node, money } from "../../shared/graphql-types";
import { DateScalar, PartialDateScalar, partialDate } from "../../shared/scalars";
import type { bondRaises } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type BondRow = typeof bondRaises.$inferSelect & FactMeta;

@ObjectType({ simpleResolvers: true, implements: [Node, Fact], description: "A bond sale by a hyperscaler to fund AI infrastructure." })
export class BondRaise extends Fact {
  @Field(() => String, { nullable: true, description: "Where and how the bonds were sold (e.g. `USD public`, a private placement)." })
  market!: string | null;
  @Field(() => Money, {
    description: "Amount raised, in the currency of issue (e.g. EUR); `usd` converts it at a published rate when one is on file.",
  })
  amount!: Money;
  @Field(() => Int, { nullable: true, description: "Number of tranches, when reported." }) tranches!: number | null;
  @Field(() => String, { nullable: true, description: "Maturities in the source's words (e.g. `2028-2065`)." }) maturities!: string | null;
  @Field(() => Money, { nullable: true, description: "Peak order-book demand in US dollars, when reported." }) orderBookDemand!: Money | null;
  @Field(() => String, { nullable: true, description: "The order-book figure in the source's words." }) orderBookNote!: string | null;
  @Field(() => Money, { nullable: true, description: "The size initially targeted, in US dollars, when reported." })
  initialTarget!: Money | null;
  @Field(() => PartialDateScalar, { nullable: true, description: "When the bonds were priced, as precisely as known." })
  pricedOn!: string | null;
  @Field(() => String, { nullable: true, description: "Caveat on the pricing date." }) pricedNote!: string | null;
  @Field(() => DateScalar, { nullable: true, description: "Settlement day, when reported." }) settledOn!: string | null;
}

export type BondModel = BondRaise & ReturnType<typeof factFields> & { issuerId: number };

export function toBond(row: BondRow, asOf: string | null): BondModel {
  return {
    issuerId: row.issuerId,
    market: row.market,
    amount: money(row.amount, row.currency, row.fxRateId)!,
    tranches: row.tranches,
    maturities: row.maturities,
    orderBookDemand: money(row.orderBookDemandUsd, "USD"),
    orderBookNote: row.orderBookNote,
    initialTarget: money(row.initialTargetUsd, "USD"),
    pricedOn: partialDate(row.pricedOn, row.pricedPrecision),
    pricedNote: row.pricedNote,
    settledOn: row.settledOn,
    ...factFields("BondRaise", row, asOf),
  };
}
