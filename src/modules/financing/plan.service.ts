import { or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { facts, investmentPlans } from "../../db/tables";
import { compileWhere, on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { listConnection, sortKeys } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { notSuperseded, publicBy } from "../../shared/time-travel";
import { companyMatches } from "../companies/company.service";
import type { CompanyWhere } from "../companies/company.inputs";
import { InvestmentPlanOrderField, type InvestmentPlansArgs, type InvestmentPlanWhere } from "./plan.inputs";
import { toPlan, type PlanRow } from "./plan.type";

/** One element of `company_ids`, named inside the semi-join below. */
const listedCompany = sql`plan_company.id` as unknown as AnyPgColumn;

/**
 * "A company behind the plan matches": the single `company_id`, or any element of `company_ids`
 * (a semi-join: the array's ids against the matching companies, no row multiplication).
 */
export function planCompanyMatches(where: CompanyWhere, path: string): SQL {
  const listed = companyMatches(listedCompany, where, path);
  return or(
    companyMatches(investmentPlans.companyId, where, path),
    sql`exists (select 1 from unnest(${investmentPlans.companyIds}) as plan_company(id) where ${listed})`,
  ) as SQL;
}

export const planWhereHandlers: WhereHandlers<InvestmentPlanWhere> = {
  id: (f, p) => idConditions(facts.key, "InvestmentPlan", f, p),
  key: on(facts.key),
  company: (w, p) => planCompanyMatches(w, p),
  amountUsd: on(investmentPlans.amountUsd),
  capacityMw: on(investmentPlans.capacityMw),
  announcedOn: on(investmentPlans.announcedOn),
  publicOn: on(investmentPlans.publicOn),
};

const orderColumns = {
  [InvestmentPlanOrderField.ANNOUNCED_ON]: { column: investmentPlans.announcedOn, read: (r: any) => r.announcedOn },
  [InvestmentPlanOrderField.AMOUNT]: { column: investmentPlans.amountUsd, read: (r: any) => r.amountUsd },
  [InvestmentPlanOrderField.CAPACITY_MW]: { column: investmentPlans.capacityMw, read: (r: any) => r.capacityMw },
  [InvestmentPlanOrderField.KEY]: { column: facts.key, read: (r: any) => r.key },
};

/** The set an investment plans connection ranges over: filters, `asOf` and the revision rule. */
export function planConditions(where: InvestmentPlanWhere | null | undefined, asOf: string | null): Array<SQL | undefined> {
  return [
    compileWhere(where, planWhereHandlers),
    publicBy(investmentPlans.publicOn, asOf),
    notSuperseded(investmentPlans, asOf),
  ];
}

export function listPlans(db: Db, args: InvestmentPlansArgs) {
  const asOf = args.asOf ?? null;
  return listConnection({
    db,
    table: investmentPlans,
    conditions: planConditions(args.where, asOf),
    keys: sortKeys(args.orderBy, orderColumns, investmentPlans.id, [
      { field: InvestmentPlanOrderField.ANNOUNCED_ON, direction: OrderDirection.DESC },
    ]),
    page: args,
    map: (row) => toPlan(row as PlanRow, asOf),
  });
}
