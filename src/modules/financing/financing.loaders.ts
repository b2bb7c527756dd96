import { sql } from "drizzle-orm";
import type { Db } from "../../db/client";
import { bondRaises, creditBackstops, investmentPlans } from "../../db/tables";
import { factByIdLoader, manyLoader } from "../../shared/batch";
import { notSuperseded } from "../../shared/time-travel";

const backstopsNewestFirst = sql`${creditBackstops.announcedOn} desc nulls last, ${creditBackstops.id}`;
const bondsNewestFirst = sql`${bondRaises.pricedOn} desc nulls last, ${bondRaises.id}`;
const plansNewestFirst = sql`${investmentPlans.announcedOn} desc nulls last, ${investmentPlans.id}`;

const currentBackstops = (asOf: string | null) => notSuperseded(creditBackstops, asOf);
const currentBonds = (asOf: string | null) => notSuperseded(bondRaises, asOf);
const currentPlans = (asOf: string | null) => notSuperseded(investmentPlans, asOf);

/**
 * Loaders of the financing module: one SQL statement per relation per request (per distinct
 * `asOf`/`first`), each list newest first and filtered by `asOf` and the revision rule.
 */
export const financingLoaders = (db: Db) => ({
  backstopById: factByIdLoader(db, creditBackstops),
  backstopsByDeal: manyLoader(db, { table: creditBackstops, parent: creditBackstops.dealId, order: backstopsNewestFirst, extra: currentBackstops }),
  backstopsByGuarantor: manyLoader(db, {
    table: creditBackstops,
    parent: creditBackstops.guarantorId,
    order: backstopsNewestFirst,
    extra: currentBackstops,
  }),
  backstopsByBeneficiary: manyLoader(db, {
    table: creditBackstops,
    parent: creditBackstops.beneficiaryId,
    order: backstopsNewestFirst,
    extra: currentBackstops,
  }),
  bondRaisesByIssuer: manyLoader(db, { table: bondRaises, parent: bondRaises.issuerId, order: bondsNewestFirst, extra: currentBonds }),
  investmentPlansByCompany: manyLoader(db, {
    table: investmentPlans,
    parent: investmentPlans.companyId,
    order: plansNewestFirst,
    extra: currentPlans,
  }),
});
