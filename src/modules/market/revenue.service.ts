import type { Db } from "../../db/client";
import { facts, revenueReports } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { companyMatches } from "../companies/company.service";
import { RevenueReportOrderField, type RevenueReportsArgs, type RevenueReportWhere } from "./revenue.inputs";
import { toRevenueReport } from "./revenue.type";

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

const revenueReportsList = defineList({
  table: revenueReports,
  where: revenueWhereHandlers,
  order: {
    [RevenueReportOrderField.PERIOD_END]: revenueReports.periodEnd,
    [RevenueReportOrderField.TOTAL_REVENUE]: revenueReports.totalRevenue,
    [RevenueReportOrderField.AI_HPC_REVENUE]: revenueReports.aiHpcRevenue,
    [RevenueReportOrderField.KEY]: facts.key,
  },
  defaultOrder: [{ field: RevenueReportOrderField.PERIOD_END, direction: OrderDirection.DESC }],
  map: toRevenueReport,
});

export function listRevenueReports(db: Db, args: RevenueReportsArgs) {
  return listOf(db, revenueReportsList, args);
}
