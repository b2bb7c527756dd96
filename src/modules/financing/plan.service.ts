import { or, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Db } from "../../db/client";
import { facts, investmentPlans } from "../../db/tables";
import { on, type WhereHandlers } from "../../shared/filters";
import { idConditions } from "../../shared/id-filter";
import { defineList, listOf } from "../../shared/list";
import { OrderDirection } from "../../shared/graphql-types";
import { companyMatches } from "../companies/company.service";
import type { CompanyWhere } from "../companies/company.inputs";
import { InvestmentPlanOrderField, type InvestmentPlansArgs, type InvestmentPlanWhere } from "./plan.inputs";
import { toPlan } from "./plan.type";

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

const investmentPlansList = defineList({
  table: investmentPlans,
  where: planWhereHandlers,
  order: {
    [InvestmentPlanOrderField.ANNOUNCED_ON]: investmentPlans.announcedOn,
    [InvestmentPlanOrderField.AMOUNT]: investmentPlans.amountUsd,
    [InvestmentPlanOrderField.CAPACITY_MW]: investmentPlans.capacityMw,
    [InvestmentPlanOrderField.KEY]: facts.key,
  },
  defaultOrder: [{ field: InvestmentPlanOrderField.ANNOUNCED_ON, direction: OrderDirection.DESC }],
  map: toPlan,
});

export function listPlans(db: Db, args: InvestmentPlansArgs) {
  return listOf(db, investmentPlansList, args);
}
