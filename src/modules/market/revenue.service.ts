import type { SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { facts, revenueReports } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { companyMatches } from "../companies/company.service";
import { RevenueReportOrderField, type RevenueReportsArgs, type RevenueReportWhere } from "./revenue.inputs";
import { toRevenueReport, type RevenueReportRow } from "./revenue.type";

export const revenueWhereHandlers: WhereHandlers<RevenueReportWhere> = {
  id: (f, p) => idConditions(facts.key, "RevenueReport", f, p),
  key: on(facts.key),
  company: (w, p) => companyMatches(revenueReports.companyId, w, p),
  period: on(revenueReports.period),
  periodStart: on(revenueReports.periodStart),
  periodEnd: on(revenueReports.periodEnd),
  publicOn: on(revenueReports.publicOn),
  totalRevenue: on(revenueReports.totalRevenue),
  aiHpcRevenue: on(revenueReports.aiHpcRevenue),
  miningRevenue: on(revenueReports.miningRevenue),
  verified: on(facts.verified),
};

const orderColumns = {
  [RevenueReportOrderField.PERIOD_END]: { column: revenueReports.periodEnd, read: (r: any) => r.periodEnd },
  [RevenueReportOrderField.TOTAL_REVENUE]: { column: revenueReports.totalRevenue, read: (r: any) => r.totalRevenue },
  [RevenueReportOrderField.AI_HPC_REVENUE]: { column: revenueReports.aiHpcRevenue, read: (r: any) => r.aiHpcRevenue },
  [RevenueReportOrderField.KEY]: { column: facts.key, read: (r: any) => r.key },
};

/** The set a revenue-report connection ranges over: filters, `asOf` and the revision rule. */
export function revenueConditions(where: RevenueReportWhere | null | undefined, asOf: string | null): Array<SQL | undefined> {
  return [compileWhere(where, revenueWhereHandlers), publicBy(revenueReports.publicOn, asOf), notSuperseded(revenueReports, asOf)];
}

export function listRevenueReports(db: Db, args: RevenueReportsArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: revenueReports,
    conditions: revenueConditions(args.where, asOf),
    keys: sortKeys(args.orderBy, orderColumns, revenueReports.id, [{ field: RevenueReportOrderField.PERIOD_END, direction: OrderDirection.DESC }]),
    page: args,
    map: (row) => toRevenueReport(row as RevenueReportRow, asOf),
  });
}
