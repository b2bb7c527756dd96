import type { Db } from "../../db/client";
import { facts, stockMoves } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { companyMatches } from "../companies/company.service";
import { StockMoveOrderField, type StockMovesArgs, type StockMoveWhere } from "./move.inputs";
import { toStockMove } from "./move.type";

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

const stockMovesList = defineList({
  table: stockMoves,
  where: moveWhereHandlers,
  order: {
    [StockMoveOrderField.ON]: stockMoves.on,
    [StockMoveOrderField.CHANGE_PCT]: stockMoves.changePct,
    [StockMoveOrderField.SYMBOL]: stockMoves.symbol,
    [StockMoveOrderField.KEY]: facts.key,
  },
  defaultOrder: [{ field: StockMoveOrderField.ON, direction: OrderDirection.DESC }],
  map: toStockMove,
});

export function listStockMoves(db: Db, args: StockMovesArgs) {
  return listOf(db, stockMovesList, args);
}
