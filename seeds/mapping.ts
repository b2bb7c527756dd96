/**
 * Pure mapping from the fact base (seeds/facts.json + the two seed articles) to table rows.
 * No database access: rows name other rows by natural key (fact type + key, source key, rate
 * key) and `load.ts` resolves those to ids. Every figure is copied, never computed, except
 * unit changes the schema asks for (years → months, GW → MW) and the public_on dates.
 */
import type { SeedInput } from "./fact-base";
import { MapContext } from "./map-context";
import { mapCompany, mapCompanyCapacity, mapSectorCapacity, mapSite } from "./map-companies";
import { mapBackstop, mapDeal } from "./map-deals";
import { mapBond, mapIndicator, mapPlan, mapRevenue, mapStockMove } from "./map-markets";
import { mapSources, referenceRates, sourcePublicDays } from "./map-sources";
import type { FactSeed, SeedPlan } from "./seed-types";

export { companyKind, countryCode } from "./map-companies";
export { dealKind } from "./map-deals";
export { moveWindow } from "./map-markets";
export { sourceKind } from "./map-sources";
export { publicOn, parsePartialDate } from "./dates";

export function mapSeed(input: SeedInput): SeedPlan {
  const { facts } = input;
  const sources = mapSources(input);
  const ctx = new MapContext(facts, sourcePublicDays(sources));
  const fxRates = referenceRates();
  const plan: SeedPlan = {
    sources,
    fxRates,
    companies: facts.companies.map(mapCompany),
    sites: facts.sites.map((s) => mapSite(s, ctx)),
    capacityReports: [
      ...facts.companies.flatMap((c) => mapCompanyCapacity(c, ctx)),
      ...mapSectorCapacity(facts.indicators, ctx),
    ],
    deals: facts.deals.map((d) => mapDeal(d, ctx)),
    creditBackstops: facts.creditBackstops.map((b) => mapBackstop(b, ctx)),
    bondRaises: facts.bondRaises.map((b) => mapBond(b, ctx, fxRates)),
    investmentPlans: facts.investmentPlans.map((p) => mapPlan(p, ctx)),
    revenueReports: facts.revenue.map((r) => mapRevenue(r, ctx)),
    stockMoves: facts.stockMoves.map((m) => mapStockMove(m, ctx)),
    marketIndicators: facts.indicators.map((i) => mapIndicator(i, ctx)),
  };
  assertUniqueFacts(allFacts(plan));
  return plan;
}

/** Every fact of the plan, in load order. */
export function allFacts(plan: SeedPlan): FactSeed[] {
  return [
    ...plan.companies,
    ...plan.sites,
    ...plan.capacityReports,
    ...plan.deals,
    ...plan.creditBackstops,
    ...plan.bondRaises,
    ...plan.investmentPlans,
    ...plan.revenueReports,
    ...plan.stockMoves,
    ...plan.marketIndicators,
  ].map((e) => e.fact);
}

function assertUniqueFacts(all: FactSeed[]): void {
  const seen = new Set<string>();
  for (const f of all) {
    const id = `${f.type}:${f.key}`;
    if (seen.has(id)) throw new Error(`duplicate fact ${id}`);
    seen.add(id);
  }
}
