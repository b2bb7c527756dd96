import { bondRaises, creditBackstops, investmentPlans, marketIndicators, revenueReports, stockMoves } from "../db/tables";
import { dayNumber, endOfMonth, isoDay } from "./prng";
import * as V from "./vocab";
import { companyOf, D0, D1, dated, fxFor, LAST_DAY, minDay, r2, r3, r4, type EntitySpec } from "./shared";

/** Builders of synthetic backstops, bonds, plans, revenue reports, stock moves and indicators. */
export const backstop: EntitySpec<typeof creditBackstops> = {
  type: "CREDIT_BACKSTOP",
  table: creditBackstops,
  name: "creditBackstops",
  perScale: 5_000,
  keyPrefix: "SYN-B-",
  build(ctx, _i, id) {
    const { rng } = ctx;
    const beneficiaryId = rng.chance(0.9) ? companyOf(ctx, ["MINER", "AI_CLOUD"]) : null;
    const d = dated(rng);
    const incrementOfId = ctx.backstopIds.length && rng.chance(0.05) ? rng.pick(ctx.backstopIds) : null;
    ctx.backstopIds.push(id);
    return {
      row: {
        id,
        guarantorId: companyOf(ctx, ["HYPERSCALER", "AI_CLOUD", "FINANCIER"]),
        beneficiaryId,
        beneficiaryText: beneficiaryId ? null : "Lenders to a synthetic project",
        obligorId: rng.chance(0.3) ? companyOf(ctx, ["AI_CLOUD"]) : null,
        dealId: ctx.dealIds.length && rng.chance(0.5) ? rng.pick(ctx.dealIds) : null,
        incrementOfId,
        isReportedTotal: rng.chance(0.03),
        currency: "USD",
        fxRateId: null,
        amount: rng.maybe(0.05, () => r2(rng.logUniform(1e7, 5e9))),
        amountType: rng.pick(["lease payment guarantee", "credit backstop", "equity commitment"]),
        cumulativeAmountForBeneficiary: null,
        coverage: rng.maybe(0.5, () => "lease obligations (synthetic)"),
        warrantShares: rng.chance(0.2) ? rng.int(1_000_000, 80_000_000) : null,
        equityStakePct: rng.maybe(0.9, () => r4(rng.float(1, 15))),
        equityStakeNote: null,
        announcedOn: d.day,
        announcedPrecision: d.precision,
        publicOn: d.publicOn,
      },
    };
  },
};

export const bond: EntitySpec<typeof bondRaises> = {
  type: "BOND_RAISE",
  table: bondRaises,
  name: "bondRaises",
  perScale: 5_000,
  keyPrefix: "SYN-BOND-",
  build(ctx, _i, id) {
    const { rng } = ctx;
    const d = dated(rng);
    const currency = rng.chance(0.15) ? rng.pick(V.FX_CURRENCIES) : "USD";
    const amount = r2(rng.logUniform(1e8, 5e9));
    return {
      row: {
        id,
        issuerId: companyOf(ctx, ["MINER", "AI_CLOUD", "HYPERSCALER"]),
        market: rng.pick(V.BOND_MARKETS),
        currency,
        fxRateId: fxFor(ctx, currency, d.day),
        amount,
        tranches: rng.maybe(0.3, () => rng.int(1, 4)),
        maturities: rng.maybe(0.4, () => `${rng.int(2028, 2031)}, ${rng.int(2032, 2036)}`),
        orderBookDemandUsd: rng.chance(0.4) ? r2(amount * rng.float(1.5, 6)) : null,
        orderBookNote: null,
        initialTargetUsd: rng.chance(0.3) ? r2(amount * rng.float(0.5, 1)) : null,
        pricedOn: d.day,
        pricedPrecision: d.precision,
        pricedNote: null,
        settledOn: d.precision === "DAY" && rng.chance(0.7) ? minDay(isoDay(dayNumber(d.day) + rng.int(3, 10)), LAST_DAY) : null,
        publicOn: d.publicOn,
      },
    };
  },
};

export const plan: EntitySpec<typeof investmentPlans> = {
  type: "INVESTMENT_PLAN",
  table: investmentPlans,
  name: "investmentPlans",
  perScale: 1_000,
  keyPrefix: "SYN-P-",
  build(ctx, _i, id) {
    const { rng } = ctx;
    const single = rng.chance(0.8);
    const companyId = companyOf(ctx, ["HYPERSCALER", "AI_LAB", "AI_CLOUD"]);
    const d = dated(rng);
    return {
      row: {
        id,
        companyId: single ? companyId : null,
        companyIds: single ? [companyId] : [companyId, companyOf(ctx, ["FINANCIER"])],
        plannerText: single ? null : "A synthetic consortium",
        amountUsd: rng.maybe(0.1, () => r2(rng.logUniform(1e9, 1e11))),
        amountType: rng.pick(["capex plan", "investment commitment"]),
        description: "Synthetic data-centre investment plan",
        capacityMw: rng.maybe(0.5, () => r3(rng.logUniform(100, 5000))),
        capacityNote: null,
        region: rng.pick(V.US_REGIONS),
        jobs: rng.maybe(0.5, () => rng.int(100, 5000)),
        jobsNote: null,
        constructionStart: rng.maybe(0.5, () => String(rng.int(2024, 2027))),
        announcedOn: d.day,
        announcedPrecision: d.precision,
        publicOn: d.publicOn,
      },
    };
  },
};

export const revenue: EntitySpec<typeof revenueReports> = {
  type: "REVENUE_REPORT",
  table: revenueReports,
  name: "revenueReports",
  perScale: 50_000,
  keyPrefix: "SYN-R-",
  build(ctx, _i, id) {
    const { rng } = ctx;
    const yearly = rng.chance(0.15);
    const year = rng.int(2023, 2026);
    const q = yearly ? 0 : rng.int(0, year === 2026 ? 2 : 3);
    const start = yearly ? `${year}-01-01` : `${year}-${String(q * 3 + 1).padStart(2, "0")}-01`;
    const end = yearly ? `${year}-12-31` : endOfMonth(`${year}-${String(q * 3 + 3).padStart(2, "0")}-01`);
    const currency = rng.chance(0.1) ? rng.pick(["CAD", "EUR"]) : "USD";
    const total = rng.maybe(0.05, () => r2(rng.logUniform(1e6, 5e9)));
    const ai = total && rng.chance(0.6) ? r2(total * rng.float(0, 0.6)) : null;
    const mining = total && rng.chance(0.8) ? r2((total - (ai ?? 0)) * rng.float(0.5, 1)) : null;
    return {
      row: {
        id,
        companyId: companyOf(ctx, ["MINER", "AI_CLOUD", "HYPERSCALER"]),
        period: yearly ? "YEAR" : "QUARTER",
        periodStart: start,
        periodEnd: minDay(end, LAST_DAY),
        fiscalLabel: yearly ? `FY${year}` : `Q${q + 1} ${year}`,
        currency,
        fxRateId: fxFor(ctx, currency, minDay(end, LAST_DAY)),
        totalRevenue: total,
        miningRevenue: mining,
        aiHpcRevenue: ai,
        otherRevenue: total && mining != null ? r2(Math.max(0, total - mining - (ai ?? 0))) : null,
        publicOn: minDay(isoDay(dayNumber(minDay(end, LAST_DAY)) + rng.int(20, 60)), LAST_DAY),
      },
    };
  },
};

export const move: EntitySpec<typeof stockMoves> = {
  type: "STOCK_MOVE",
  table: stockMoves,
  name: "stockMoves",
  perScale: 1_000_000,
  keyPrefix: "SYN-M-",
  build(ctx, i, id) {
    const { rng } = ctx;
    const index = rng.chance(0.05) || ctx.listed.length === 0;
    const c = index ? null : ctx.companies[rng.pick(ctx.listed)];
    const on = isoDay(rng.int(D0, D1));
    const change = rng.maybe(0.02, () => r4(rng.float(-25, 30)));
    return {
      row: {
        id,
        companyId: c?.id ?? null,
        symbol: c?.symbol ?? `SYN-INDEX-${(i % 7) + 1}`,
        isIndex: index,
        on,
        window: rng.weighted(V.MOVE_WINDOWS),
        moveType: change == null ? "reported" : change >= 0 ? "gain" : "drop",
        changePct: change,
        unresolved: rng.chance(0.01),
        priceUsd: rng.maybe(0.4, () => r4(rng.logUniform(1, 500))),
        context: rng.maybe(0.9, () => "synthetic move"),
        publicOn: on,
      },
    };
  },
};

export const indicator: EntitySpec<typeof marketIndicators> = {
  type: "MARKET_INDICATOR",
  table: marketIndicators,
  name: "marketIndicators",
  perScale: 500,
  keyPrefix: "SYN-I-",
  build(ctx, _i, id) {
    const { rng } = ctx;
    const [name, unit] = rng.pick(V.INDICATORS);
    const value = r4(rng.logUniform(0.5, 5000));
    const ranged = rng.chance(0.2);
    const d = dated(rng);
    return {
      row: {
        id,
        name,
        provider: "Synthetic Data Co",
        value: ranged ? null : value,
        valueLow: ranged ? r4(value * 0.8) : null,
        valueHigh: ranged ? r4(value * 1.2) : null,
        unit,
        qualifier: null,
        asOf: d.day,
        asOfPrecision: d.precision,
        asOfNote: null,
        publicOn: d.publicOn,
      },
    };
  },
};

