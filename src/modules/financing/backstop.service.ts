import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { creditBackstops, deals, facts } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { keysMatch } from "../../shared/key-match";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { companyMatches } from "../companies/company.service";
import { CreditBackstopOrderField, type CreditBackstopsArgs, type CreditBackstopWhere } from "./backstop.inputs";
import { toBackstop, type BackstopRow } from "./backstop.type";

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

const orderColumns = {
  [CreditBackstopOrderField.ANNOUNCED_ON]: { column: creditBackstops.announcedOn, read: (r: any) => r.announcedOn },
  [CreditBackstopOrderField.AMOUNT]: { column: creditBackstops.amount, read: (r: any) => r.amount },
  [CreditBackstopOrderField.KEY]: { column: facts.key, read: (r: any) => r.key },
};

/** The set a backstops connection ranges over: filters, `asOf` and the revision rule. */
export function backstopConditions(where: CreditBackstopWhere | null | undefined, asOf: string | null): Array<SQL | undefined> {
  return [
    compileWhere(where, backstopWhereHandlers),
    publicBy(creditBackstops.publicOn, asOf),
    notSuperseded(creditBackstops, asOf),
  ];
}

export function listBackstops(db: Db, args: CreditBackstopsArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: creditBackstops,
    conditions: backstopConditions(args.where, asOf),
    keys: sortKeys(args.orderBy, orderColumns, creditBackstops.id, [
      { field: CreditBackstopOrderField.ANNOUNCED_ON, direction: OrderDirection.DESC },
    ]),
    page: args,
    map: (row) => toBackstop(row as BackstopRow, asOf),
  });
}
