import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { capacityReports, facts } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { BadUserInputError } from "../../shared/errors";
import { companyMatches } from "../companies/company.service";
import { CapacityReportOrderField, type CapacityReportsArgs, type CapacityReportWhere } from "./capacity.inputs";
import { toCapacityReport } from "./capacity.type";

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

const capacityReportsList = defineList({
  table: capacityReports,
  where: capacityWhereHandlers,
  order: {
    [CapacityReportOrderField.REPORTED_ON]: capacityReports.reportedOn,
    [CapacityReportOrderField.CAPACITY_MW]: capacityReports.capacityMw,
    [CapacityReportOrderField.KEY]: facts.key,
  },
  defaultOrder: [{ field: CapacityReportOrderField.REPORTED_ON, direction: OrderDirection.DESC }],
  map: toCapacityReport,
  revisions: (where) => !where?.includeSuperseded,
});

export function listCapacityReports(db: Db, args: CapacityReportsArgs) {
  return listOf(db, capacityReportsList, args);
}
