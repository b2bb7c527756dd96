import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { capacityReports, facts } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { BadUserInputError } from "../../shared/errors";
import { companyMatches } from "../companies/company.service";
import { CapacityReportOrderField, type CapacityReportsArgs, type CapacityReportWhere } from "./capacity.inputs";
import { toCapacityReport, type CapacityReportRow } from "./capacity.type";

const TOP_LEVEL_FLAG = "where.includeSuperseded";

/** `includeSuperseded` is a switch on the whole list, not a row condition: it adds no SQL itself. */
function includeSupersededFlag(value: boolean, path: string): SQL[] {
  if (value && path !== TOP_LEVEL_FLAG) {
    throw new BadUserInputError("`includeSuperseded` applies to the whole list: set it at the top level of `where`.", path);
  }
  return [];
}

export const capacityWhereHandlers: WhereHandlers<CapacityReportWhere> = {
  id: (f, p) => idConditions(facts.key, "CapacityReport", f, p),
  key: on(facts.key),
  scope: on(capacityReports.scope),
  basis: on(capacityReports.basis),
  company: (w, p) => companyMatches(capacityReports.companyId, w, p),
  country: on(capacityReports.country),
  capacityMw: on(capacityReports.capacityMw),
  reportedOn: on(capacityReports.reportedOn),
  publicOn: on(capacityReports.publicOn),
  verified: on(facts.verified),
  includeSuperseded: includeSupersededFlag,
};

const orderColumns = {
  [CapacityReportOrderField.REPORTED_ON]: { column: capacityReports.reportedOn, read: (r: any) => r.reportedOn },
  [CapacityReportOrderField.CAPACITY_MW]: { column: capacityReports.capacityMw, read: (r: any) => r.capacityMw },
  [CapacityReportOrderField.KEY]: { column: facts.key, read: (r: any) => r.key },
};

/** The set a capacity-report connection ranges over: filters, `asOf` and (unless asked) the revision rule. */
export function capacityConditions(where: CapacityReportWhere | null | undefined, asOf: string | null): Array<SQL | undefined> {
  return [
    compileWhere(where, capacityWhereHandlers),
    publicBy(capacityReports.publicOn, asOf),
    where?.includeSuperseded ? undefined : notSuperseded(capacityReports, asOf),
  ];
}

export function listCapacityReports(db: Db, args: CapacityReportsArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: capacityReports,
    conditions: capacityConditions(args.where, asOf),
    keys: sortKeys(args.orderBy, orderColumns, capacityReports.id, [
      { field: CapacityReportOrderField.REPORTED_ON, direction: OrderDirection.DESC },
    ]),
    page: args,
    map: (row) => toCapacityReport(row as CapacityReportRow, asOf),
  });
}
