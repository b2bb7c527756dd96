import type { Db } from "../../db/client";
import { facts, marketIndicators } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { MarketIndicatorOrderField, type MarketIndicatorsArgs, type MarketIndicatorWhere } from "./indicator.inputs";
import { toMarketIndicator } from "./indicator.type";

export const indicatorWhereHandlers: WhereHandlers<MarketIndicatorWhere> = {
  id: (f, p) => idConditions(facts.key, "MarketIndicator", f, p),
  key: on(facts.key),
  name: on(marketIndicators.name),
  provider: on(marketIndicators.provider),
  unit: on(marketIndicators.unit),
  value: on(marketIndicators.value),
  observedOn: on(marketIndicators.asOf),
  publicOn: on(marketIndicators.publicOn),
  verified: on(facts.verified),
};

const marketIndicatorsList = defineList({
  table: marketIndicators,
  where: indicatorWhereHandlers,
  order: {
    [MarketIndicatorOrderField.OBSERVED_ON]: marketIndicators.asOf,
    [MarketIndicatorOrderField.NAME]: marketIndicators.name,
    [MarketIndicatorOrderField.VALUE]: marketIndicators.value,
    [MarketIndicatorOrderField.KEY]: facts.key,
  },
  defaultOrder: [{ field: MarketIndicatorOrderField.OBSERVED_ON, direction: OrderDirection.DESC }],
  map: toMarketIndicator,
});

export function listMarketIndicators(db: Db, args: MarketIndicatorsArgs) {
  return listOf(db, marketIndicatorsList, args);
}
