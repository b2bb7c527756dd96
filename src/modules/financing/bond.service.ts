import type { Db } from "../../db/client";
import { bondRaises, facts } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { companyMatches } from "../companies/company.service";
import { BondRaiseOrderField, type BondRaisesArgs, type BondRaiseWhere } from "./bond.inputs";
import { toBond } from "./bond.type";

export const bondWhereHandlers: WhereHandlers<BondRaiseWhere> = {
  id: (f, p) => idConditions(facts.key, "BondRaise", f, p),
  key: on(facts.key),
  issuer: (w, p) => companyMatches(bondRaises.issuerId, w, p),
  amount: on(bondRaises.amount),
  currency: on(bondRaises.currency),
  pricedOn: on(bondRaises.pricedOn),
  publicOn: on(bondRaises.publicOn),
};

const bondRaisesList = defineList({
  table: bondRaises,
  where: bondWhereHandlers,
  order: {
    [BondRaiseOrderField.PRICED_ON]: bondRaises.pricedOn,
    [BondRaiseOrderField.AMOUNT]: bondRaises.amount,
    [BondRaiseOrderField.ORDER_BOOK_DEMAND]: bondRaises.orderBookDemandUsd,
    [BondRaiseOrderField.KEY]: facts.key,
  },
  defaultOrder: [{ field: BondRaiseOrderField.PRICED_ON, direction: OrderDirection.DESC }],
  map: toBond,
});

export function listBonds(db: Db, args: BondRaisesArgs) {
  return listOf(db, bondRaisesList, args);
}
