import { Field, Float, ObjectType } from "type-graphql";
import { Fact, factFields } from "../../shared/fact";
import { Node } from "../../shared/graphql-types";
import { PartialDateScalar, partialDate } from "../../shared/scalars";
import type { marketIndicators } from "../../db/tables";
import type { FactMeta } from "../../db/fact-select";

export type MarketIndicatorRow = typeof marketIndicators.$inferSelect & FactMeta;

@ObjectType({ simpleResolvers: true, 
  implements: [Node, Fact],
  description:
    "A named market metric as a provider reported it (e.g. CryptoQuant's Puell Multiple 0.69). " +
    "Check `verified` and `note`: several figures rest on one weak source.",
})
export class MarketIndicator extends Fact {
  @Field(() => String, { description: "The metric's name, e.g. `Puell Multiple`." }) name!: string;
  @Field(() => String, { description: "Who publishes or reported the figure, e.g. `CryptoQuant (per seed 2)`." }) provider!: string;
  @Field(() => Float, { nullable: true, description: "The value, in `unit`; null when only a range is known." }) value!: number | null;
  @Field(() => Float, { nullable: true, description: "Low end of a reported range, when the source gives one." }) valueLow!: number | null;
  @Field(() => Float, { nullable: true, description: "High end of a reported range, when the source gives one." }) valueHigh!: number | null;
  @Field(() => String, { description: "Unit of `value`, e.g. `GW`, `USD`, `BTC`, `ratio`, `index`." }) unit!: string;
  @Field(() => String, { nullable: true, description: "A qualifier on the value, e.g. \"more than\", \"almost\", \"at least\"." })
  qualifier!: string | null;
  @Field(() => PartialDateScalar, {
    nullable: true,
    description:
      "When the value was observed, as precisely as known (the source's `asOf`; named `observedOn` so it is not confused with the query's `asOf` argument).",
  })
  observedOn!: string | null;
  @Field(() => String, { nullable: true, description: "Caveat on `observedOn` (e.g. an approximate day)." }) asOfNote!: string | null;
}

export type MarketIndicatorModel = MarketIndicator & ReturnType<typeof factFields>;

export function toMarketIndicator(row: MarketIndicatorRow, asOf: string | null): MarketIndicatorModel {
  return {
    name: row.name,
    provider: row.provider,
    value: row.value,
    valueLow: row.valueLow,
    valueHigh: row.valueHigh,
    unit: row.unit,
    qualifier: row.qualifier,
    observedOn: partialDate(row.asOf, row.asOfPrecision),
    asOfNote: row.asOfNote,
    ...factFields("MarketIndicator", row, asOf),
  };
}
