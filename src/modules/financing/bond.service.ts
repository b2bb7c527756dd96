import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { bondRaises, facts } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { companyMatches } from "../companies/company.service";
import { BondRaiseOrderField, type BondRaisesArgs, type BondRaiseWhere } from "./bond.inputs";
import { toBond, type BondRow } from "./bond.type";

export const bondWhereHandlers: WhereHandlers<BondRaiseWhere> = {
  id: (f, p) => idConditions(facts.key, "BondRaise", f, p),
  key: on(facts.key),
  issuer: (w, p) => companyMatches(bondRaises.issuerId, w, p),
  amount: on(bondRaises.amount),
  currency: on(bondRaises.currency),
  pricedOn: on(bondRaises.pricedOn),
  publicOn: on(bondRaises.publicOn),
};

const orderColumns = {
  [BondRaiseOrderField.PRICED_ON]: { column: bondRaises.pricedOn, read: (r: any) => r.pricedOn },
  [BondRaiseOrderField.AMOUNT]: { column: bondRaises.amount, read: (r: any) => r.amount },
  [BondRaiseOrderField.ORDER_BOOK_DEMAND]: { column: bondRaises.orderBookDemandUsd, read: (r: any) => r.orderBookDemandUsd },
  [BondRaiseOrderField.KEY]: { column: facts.key, read: (r: any) => r.key },
};

/** The set a bond raises connection ranges over: filters, `asOf` and the revision rule. */
export function bondConditions(where: BondRaiseWhere | null | undefined, asOf: string | null): Array<SQL | undefined> {
  return [compileWhere(where, bondWhereHandlers), publicBy(bondRaises.publicOn, asOf), notSuperseded(bondRaises, asOf)];
}

export function listBonds(db: Db, args: BondRaisesArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: bondRaises,
    conditions: bondConditions(args.where, asOf),
    keys: sortKeys(args.orderBy, orderColumns, bondRaises.id, [{ field: BondRaiseOrderField.PRICED_ON, direction: OrderDirection.DESC }]),
    page: args,
    map: (row) => toBond(row as BondRow, asOf),
  });
}
