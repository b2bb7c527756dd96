import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { facts, marketIndicators } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { MarketIndicatorOrderField, type MarketIndicatorsArgs, type MarketIndicatorWhere } from "./indicator.inputs";
import { toMarketIndicator, type MarketIndicatorRow } from "./indicator.type";

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

const orderColumns = {
  [MarketIndicatorOrderField.OBSERVED_ON]: { column: marketIndicators.asOf, read: (r: any) => r.asOf },
  [MarketIndicatorOrderField.NAME]: { column: marketIndicators.name, read: (r: any) => r.name },
  [MarketIndicatorOrderField.VALUE]: { column: marketIndicators.value, read: (r: any) => r.value },
  [MarketIndicatorOrderField.KEY]: { column: facts.key, read: (r: any) => r.key },
};

/** The set an indicator connection ranges over: filters, `asOf` and the revision rule. */
export function indicatorConditions(where: MarketIndicatorWhere | null | undefined, asOf: string | null): Array<SQL | undefined> {
  return [
    compileWhere(where, indicatorWhereHandlers),
    publicBy(marketIndicators.publicOn, asOf),
    notSuperseded(marketIndicators, asOf),
  ];
}

export function listMarketIndicators(db: Db, args: MarketIndicatorsArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: marketIndicators,
    conditions: indicatorConditions(args.where, asOf),
    keys: sortKeys(args.orderBy, orderColumns, marketIndicators.id, [
      { field: MarketIndicatorOrderField.OBSERVED_ON, direction: OrderDirection.DESC },
    ]),
    page: args,
    map: (row) => toMarketIndicator(row as MarketIndicatorRow, asOf),
  });
}
