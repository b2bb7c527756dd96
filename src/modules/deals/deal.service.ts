import { or, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { deals, facts, sites } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { companyMatches } from "../companies/company.service";
import { keysMatch } from "../../shared/key-match";
import { DealOrderField, type DealsArgs, type DealWhere } from "./deal.inputs";
import { toDeal } from "./deal.type";

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

const dealsList = defineList({
  table: deals,
  where: dealWhereHandlers,
  order: {
    [DealOrderField.ANNOUNCED_ON]: deals.announcedOn,
    [DealOrderField.TOTAL_VALUE]: deals.totalValue,
    [DealOrderField.TERM_MONTHS]: deals.termMonths,
    [DealOrderField.IT_LOAD_MW]: deals.itLoadMw,
    [DealOrderField.KEY]: facts.key,
  },
  defaultOrder: [{ field: DealOrderField.ANNOUNCED_ON, direction: OrderDirection.DESC }],
  map: toDeal,
});

export function listDeals(db: Db, args: DealsArgs) {
  return listOf(db, dealsList, args);
}
