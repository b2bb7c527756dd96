import { or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { deals, facts, sites } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { companyMatches } from "../companies/company.service";
import { keysMatch } from "../../shared/key-match";
import { DealOrderField, type DealsArgs, type DealWhere } from "./deal.inputs";
import { toDeal, type DealRow } from "./deal.type";

export const dealWhereHandlers: WhereHandlers<DealWhere> = {
  id: (f, p) => idConditions(facts.key, "Deal", f, p),
  key: on(facts.key),
  kind: on(deals.kind),
  provider: (w, p) => companyMatches(deals.providerId, w, p),
  customer: (w, p) => companyMatches(deals.customerId, w, p),
  party: (w, p) => or(companyMatches(deals.providerId, w, p), companyMatches(deals.customerId, w, p)) as SQL,
  site: (f, p) => keysMatch(deals.siteId, sites, "Site", f, p),
  totalValue: on(deals.totalValue),
  termMonths: on(deals.termMonths),
  itLoadMw: on(deals.itLoadMw),
  announcedOn: on(deals.announcedOn),
  publicOn: on(deals.publicOn),
  verified: on(facts.verified),
};

const orderColumns = {
  [DealOrderField.ANNOUNCED_ON]: { column: deals.announcedOn, read: (r: any) => r.announcedOn },
  [DealOrderField.TOTAL_VALUE]: { column: deals.totalValue, read: (r: any) => r.totalValue },
  [DealOrderField.TERM_MONTHS]: { column: deals.termMonths, read: (r: any) => r.termMonths },
  [DealOrderField.IT_LOAD_MW]: { column: deals.itLoadMw, read: (r: any) => r.itLoadMw },
  [DealOrderField.KEY]: { column: facts.key, read: (r: any) => r.key },
};

/** The set a deals connection ranges over: filters, `asOf` and the revision rule. */
export function dealConditions(where: DealWhere | null | undefined, asOf: string | null): Array<SQL | undefined> {
  return [compileWhere(where, dealWhereHandlers), publicBy(deals.publicOn, asOf), notSuperseded(deals, asOf)];
}

export function listDeals(db: Db, args: DealsArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: deals,
    conditions: dealConditions(args.where, asOf),
    keys: sortKeys(args.orderBy, orderColumns, deals.id, [{ field: DealOrderField.ANNOUNCED_ON, direction: OrderDirection.DESC }]),
    page: args,
    map: (row) => toDeal(row as DealRow, asOf),
  });
}
