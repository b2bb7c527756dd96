import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { facts, stockMoves } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { companyMatches } from "../companies/company.service";
import { StockMoveOrderField, type StockMovesArgs, type StockMoveWhere } from "./move.inputs";
import { toStockMove, type StockMoveRow } from "./move.type";

export const moveWhereHandlers: WhereHandlers<StockMoveWhere> = {
  id: (f, p) => idConditions(facts.key, "StockMove", f, p),
  key: on(facts.key),
  company: (w, p) => companyMatches(stockMoves.companyId, w, p),
  symbol: on(stockMoves.symbol),
  isIndex: on(stockMoves.isIndex),
  on: on(stockMoves.on),
  window: on(stockMoves.window),
  changePct: on(stockMoves.changePct),
  unresolved: on(stockMoves.unresolved),
  publicOn: on(stockMoves.publicOn),
  verified: on(facts.verified),
};

const orderColumns = {
  [StockMoveOrderField.ON]: { column: stockMoves.on, read: (r: any) => r.on },
  [StockMoveOrderField.CHANGE_PCT]: { column: stockMoves.changePct, read: (r: any) => r.changePct },
  [StockMoveOrderField.SYMBOL]: { column: stockMoves.symbol, read: (r: any) => r.symbol },
  [StockMoveOrderField.KEY]: { column: facts.key, read: (r: any) => r.key },
};

/** The set a stock-move connection ranges over: filters, `asOf` and the revision rule. */
export function moveConditions(where: StockMoveWhere | null | undefined, asOf: string | null): Array<SQL | undefined> {
  return [compileWhere(where, moveWhereHandlers), publicBy(stockMoves.publicOn, asOf), notSuperseded(stockMoves, asOf)];
}

export function listStockMoves(db: Db, args: StockMovesArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: stockMoves,
    conditions: moveConditions(args.where, asOf),
    keys: sortKeys(args.orderBy, orderColumns, stockMoves.id, [{ field: StockMoveOrderField.ON, direction: OrderDirection.DESC }]),
    page: args,
    map: (row) => toStockMove(row as StockMoveRow, asOf),
  });
}
