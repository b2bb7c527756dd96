import type { Db } from "../../db/client";
import { creditBackstops, deals, facts } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { keysMatch } from "../../shared/key-match";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { companyMatches } from "../companies/company.service";
import { CreditBackstopOrderField, type CreditBackstopsArgs, type CreditBackstopWhere } from "./backstop.inputs";
import { toBackstop } from "./backstop.type";

export const backstopWhereHandlers: WhereHandlers<CreditBackstopWhere> = {
  id: (f, p) => idConditions(facts.key, "CreditBackstop", f, p),
  key: on(facts.key),
  guarantor: (w, p) => companyMatches(creditBackstops.guarantorId, w, p),
  beneficiary: (w, p) => companyMatches(creditBackstops.beneficiaryId, w, p),
  obligor: (w, p) => companyMatches(creditBackstops.obligorId, w, p),
  deal: (f, p) => keysMatch(creditBackstops.dealId, deals, "Deal", f, p),
  amount: on(creditBackstops.amount),
  announcedOn: on(creditBackstops.announcedOn),
  publicOn: on(creditBackstops.publicOn),
  isReportedTotal: on(creditBackstops.isReportedTotal),
};

const creditBackstopsList = defineList({
  table: creditBackstops,
  where: backstopWhereHandlers,
  order: {
    [CreditBackstopOrderField.ANNOUNCED_ON]: creditBackstops.announcedOn,
    [CreditBackstopOrderField.AMOUNT]: creditBackstops.amount,
    [CreditBackstopOrderField.KEY]: facts.key,
  },
  defaultOrder: [{ field: CreditBackstopOrderField.ANNOUNCED_ON, direction: OrderDirection.DESC }],
  map: toBackstop,
});

export function listBackstops(db: Db, args: CreditBackstopsArgs) {
  return listOf(db, creditBackstopsList, args);
}
