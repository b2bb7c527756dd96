import { capacityReports, companies, deals, sites } from "../db/tables";
import { dayNumber, isoDay } from "./prng";
import * as V from "./vocab";
import { companyOf, D0, D1, dated, pad, r2, r3, r4, type EntitySpec } from "./shared";
import { backstop, bond, indicator, move, plan, revenue } from "./entities-more";

export { FIRST_DAY, LAST_DAY, type EntitySpec, type GenContext } from "./shared";

/** Builders of synthetic companies, sites, capacity reports and deals (the rest: entities-more.ts). */
const company: EntitySpec<typeof companies> = {
  type: "COMPANY",
  table: companies,
  name: "companies",
  perScale: 1_000,
  keyPrefix: "SYN-C-",
  build(ctx, i, id) {
    const { rng } = ctx;
    const kind = rng.weighted(V.COMPANY_KINDS);
    const listed = rng.chance(0.85);
    const ticker = listed ? `SYN${i.toString(36).toUpperCase().padStart(3, "0")}` : null;
    const word = `${rng.pick(V.SYLLABLES)}${rng.pick(V.ENDINGS)}`;
    const hasAi = rng.chance(0.2);
    ctx.companies.push({ id, kind, symbol: ticker });
    if (!ctx.byKind.has(kind)) ctx.byKind.set(kind, []);
    ctx.byKind.get(kind)!.push(ctx.companies.length - 1);
    if (ticker) ctx.listed.push(ctx.companies.length - 1);
    return {
      row: {
        id,
        slug: `syn-${pad(i)}`,
        name: `${word} ${V.KIND_WORD[kind]} (synthetic ${pad(i)})`,
        ticker,
        exchange: listed ? rng.pick(V.EXCHANGES) : null,
        kind,
        role: rng.maybe(0.5, () => `synthetic ${kind.toLowerCase().replace("_", " ")}`),
        hqCity: rng.maybe(0.3, () => rng.pick(V.CITIES)),
        country: rng.maybe(0.05, () => rng.weighted(V.COUNTRIES)),
        reportedAiRevenueUsd: hasAi ? r2(rng.logUniform(1e8, 2e10)) : null,
        reportedAiRevenueBasis: hasAi ? "contracted (synthetic)" : null,
        reportedAiRevenueOn: hasAi ? isoDay(rng.int(D0, D1)) : null,
      },
    };
  },
};

const site: EntitySpec<typeof sites> = {
  type: "SITE",
  table: sites,
  name: "sites",
  perScale: 5_000,
  keyPrefix: "SYN-S-",
  build(ctx, i, id) {
    const { rng } = ctx;
    const companyId = companyOf(ctx, ["MINER", "MINER", "AI_CLOUD"]);
    const country = rng.weighted(V.COUNTRIES);
    const d = dated(rng);
    ctx.siteIds.push(id);
    if (!ctx.sitesByCompany.has(companyId)) ctx.sitesByCompany.set(companyId, []);
    ctx.sitesByCompany.get(companyId)!.push(id);
    return {
      row: {
        id,
        companyId,
        name: `Synthetic site ${pad(i)}`,
        city: rng.maybe(0.2, () => rng.pick(V.CITIES)),
        region: country === "US" ? rng.pick(V.US_REGIONS) : null,
        country,
        powerCapacityMw: rng.maybe(0.05, () => r3(rng.logUniform(10, 2000))),
        capacityType: rng.maybe(0.3, () => rng.pick(["gross", "IT load", "utility interconnect"])),
        use: rng.pick(["bitcoin mining", "AI/HPC", "mixed", "planned AI/HPC"]),
        reportedOn: d.day,
        reportedPrecision: d.precision,
        publicOn: d.publicOn,
      },
    };
  },
};

const capacity: EntitySpec<typeof capacityReports> = {
  type: "CAPACITY_REPORT",
  table: capacityReports,
  name: "capacityReports",
  perScale: 2_000,
  keyPrefix: "SYN-CAP-",
  build(ctx, _i, id) {
    const { rng } = ctx;
    const sector = rng.chance(0.1);
    const d = dated(rng);
    return {
      row: {
        id,
        scope: sector ? "SECTOR" : "COMPANY",
        basis: rng.chance(0.7) ? "CURRENT" : "PLANNED",
        companyId: sector ? null : companyOf(ctx, ["MINER", "AI_CLOUD"]),
        country: sector ? "US" : null,
        regionNote: sector ? "United States (synthetic)" : null,
        capacityMw: rng.maybe(0.05, () => r3(rng.logUniform(50, 15_000))),
        qualifier: rng.maybe(0.7, () => rng.pick(["about", "more than", "up to"])),
        metric: rng.pick(["gross power", "energized", "contracted"]),
        reportedOn: d.day,
        reportedPrecision: d.precision,
        publicOn: d.publicOn,
      },
    };
  },
};

const deal: EntitySpec<typeof deals> = {
  type: "DEAL",
  table: deals,
  name: "deals",
  perScale: 20_000,
  keyPrefix: "SYN-D-",
  build(ctx, i, id) {
    const { rng } = ctx;
    const providerId = companyOf(ctx, ["MINER"]);
    const customerId = rng.chance(0.85) ? companyOf(ctx, ["HYPERSCALER", "AI_CLOUD", "AI_LAB", "CHIPMAKER"]) : null;
    const own = ctx.sitesByCompany.get(providerId);
    const siteId = rng.chance(0.3) ? null : own?.length ? rng.pick(own) : ctx.siteIds.length ? rng.pick(ctx.siteIds) : null;
    const total = rng.maybe(0.1, () => r2(rng.logUniform(5e7, 2e10)));
    const term = rng.maybe(0.1, () => rng.pick([12, 24, 36, 60, 84, 120, 180]));
    const itLoad = rng.maybe(0.15, () => r3(rng.logUniform(5, 500)));
    const annualized = total && term && rng.chance(0.5) ? r2((total / term) * 12) : null;
    const d = dated(rng);
    const contract = rng.chance(0.2) ? isoDay(Math.max(D0, dayNumber(d.day) - rng.int(1, 5))) : null;
    ctx.dealIds.push(id);
    const supersedesId = i > 0 && rng.chance(0.005) ? ctx.dealIds[ctx.dealIds.length - 2] : null;
    return {
      fact: { supersedesId },
      row: {
        id,
        providerId,
        customerId,
        counterpartyText: customerId ? null : "Undisclosed counterparty (synthetic)",
        endCustomerId: rng.chance(0.15) ? companyOf(ctx, ["AI_LAB", "HYPERSCALER"]) : null,
        endCustomerText: null,
        siteId,
        kind: rng.weighted(V.DEAL_KINDS),
        typeText: rng.maybe(0.3, () => rng.pick(["GPU cloud contract", "colocation lease", "HPC hosting", "powered shell lease"])),
        currency: "USD",
        fxRateId: null,
        totalValue: total,
        cumulativeValue: rng.chance(0.05) && total ? r2(total * rng.float(1.2, 3)) : null,
        cumulativeNote: null,
        extensionValue: rng.chance(0.1) && total ? r2(total * rng.float(0.5, 2)) : null,
        extensionNote: null,
        termMonths: term,
        termNote: null,
        itLoadMw: itLoad,
        itLoadNote: rng.maybe(0.9, () => "initial phase (synthetic)"),
        grossMw: itLoad && rng.chance(0.5) ? r3(itLoad * rng.float(1.2, 1.5)) : null,
        gpuModel: rng.maybe(0.6, () => rng.pick(V.GPU_MODELS)),
        prepaymentPct: rng.maybe(0.8, () => r4(rng.float(5, 30))),
        annualizedRevenueUsd: annualized,
        annualizedRevenueBasis: annualized == null ? null : "STATED",
        annualizedRevenueNote: null,
        annualNoiUsd: total && rng.chance(0.1) ? r2(total * 0.08) : null,
        annualNoiNote: null,
        ownershipPct: rng.maybe(0.9, () => r4(rng.float(10, 90))),
        ownershipNote: null,
        deliveryTiming: rng.maybe(0.6, () => `phased through ${rng.int(2025, 2028)}`),
        relatedCapex: null,
        contractOn: contract,
        announcedOn: d.day,
        announcedPrecision: d.precision,
        publicOn: d.publicOn,
      },
    };
  },
};

/** Entity kinds in foreign-key order (a row only points at kinds generated before it). */
export const ENTITY_SPECS: EntitySpec[] = [company, site, capacity, deal, backstop, bond, plan, revenue, move, indicator] as unknown as EntitySpec[];
