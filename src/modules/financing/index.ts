import { CompanyBackstopsResolver, CreditBackstopResolver, DealBackstopsResolver } from "./backstop.resolver";
import { BondRaiseResolver, CompanyBondRaisesResolver } from "./bond.resolver";
import { CompanyInvestmentPlansResolver, InvestmentPlanResolver } from "./plan.resolver";

/** Resolver classes of this module, registered in src/schema.ts. */
export const financingResolvers: Function[] = [
  CreditBackstopResolver,
  DealBackstopsResolver,
  CompanyBackstopsResolver,
  BondRaiseResolver,
  CompanyBondRaisesResolver,
  InvestmentPlanResolver,
  CompanyInvestmentPlansResolver,
];
