import type { BondRecord, IndicatorRecord, PlanRecord, RevenueRecord, StockMoveRecord } from "./fact-base";
import { dateWithPrecision, fullDayOrNull } from "./dates";
import { factSeed } from "./map-facts";
import type { MapContext } from "./map-context";
import { fxKey } from "./map-sources";
import type { BondSeed, FxSeed, IndicatorSeed, PlanSeed, RevenueSeed, StockMoveSeed } from "./seed-types";

/**
 * A non-USD bond gets the published rate for its pricing day when one is stored; otherwise it
 * has no USD value and aggregates must exclude it (never a guessed rate).
 */
function fxFor(currency: string, pricedOn: string | null, rates: FxSeed[]) {
  if (currency === "USD" || !pricedOn) return null;
  const key = fxKey(currency, "USD", pricedOn);
  return rates.some((r) => r.key === key) ? { fx: key } : null;
}

export function mapBond(b: BondRecord, ctx: MapContext, rates: FxSeed[]): BondSeed {
  const priced = dateWithPrecision(b.pricedDate);
  return {
    fact: factSeed("BOND_RAISE", b),
    row: {
      // The Meta private placement carries its own description; the rest are public offerings.
      market: b.type ?? `${b.currency} public`,
      currency: b.currency,
      amount: b.amount,
      tranches: b.tranches ?? null,
      maturities: b.maturities ?? null,
      orderBookDemandUsd: b.peakOrderBookUsd ?? null,
      orderBookNote: b.orderBookNote ?? null,
      initialTargetUsd: b.initialTargetUsd ?? null,
      pricedOn: priced.on,
      pricedPrecision: priced.precision,
      pricedNote: b.pricedDateNote ?? null,
      settledOn: fullDayOrNull(b.settlementDate),
      publicOn: ctx.publicOn(b.pricedDate, "event", b.sourceIds),
    },
    refs: {
      issuerId: ctx.company(b.issuer),
      fxRateId: fxFor(b.currency, priced.precision === "DAY" ? priced.on : null, rates),
    },
  };
}

/**
 * `company` is one company id, a comma list of ids ("AMZN,MSFT,GOOGL,ORCL,META"), or a
 * non-company planner ("Deutsche Bank (estimate)"). A list or a non-company keeps the raw text.
 */
function planners(raw: string, ctx: MapContext) {
  const parts = raw.split(",").map((p) => p.trim());
  const all = parts.every((p) => ctx.isCompany(p));
  const ids = all ? parts.map((p) => ctx.company(p)) : [];
  return {
    single: all && ids.length === 1 ? ids[0] : null,
    ids,
    plannerText: all && ids.length === 1 ? null : raw,
  };
}

/** GW → MW without binary float noise (1.3 × 1000 must be exactly 1300). */
const gwToMw = (gw: number | null | undefined) => (gw == null ? null : Number((gw * 1000).toPrecision(12)));

export function mapPlan(p: PlanRecord, ctx: MapContext): PlanSeed {
  const announced = dateWithPrecision(p.announced);
  const who = planners(p.company, ctx);
  return {
    fact: factSeed("INVESTMENT_PLAN", p, { qualifiers: [p.amountType] }),
    row: {
      plannerText: who.plannerText,
      amountUsd: p.amountUsd ?? null,
      amountType: p.amountType ?? null,
      description: p.description ?? null,
      capacityMw: gwToMw(p.capacityGw),
      capacityNote: p.capacityNote ?? null,
      region: null,
      jobs: p.jobs ?? null,
      jobsNote: p.jobsNote ?? null,
      constructionStart: p.constructionStart ?? null,
      announcedOn: announced.on,
      announcedPrecision: announced.precision,
      publicOn: ctx.publicOn(p.announced, "event", p.sourceIds),
    },
    refs: { companyId: who.single, companyIds: who.ids },
  };
}

/**
 * aiShareOfRevenuePct is not stored: there is no column for it and it is recomputable from
 * ai_hpc_revenue / total_revenue, which are stored exactly as given (null stays null, 0 stays 0).
 * A revenue figure is public on its release day: the later of period end and its first source.
 */
export function mapRevenue(r: RevenueRecord, ctx: MapContext): RevenueSeed {
  return {
    fact: factSeed("REVENUE_REPORT", r),
    row: {
      period: r.period === "quarter" ? "QUARTER" : "YEAR",
      periodStart: r.periodStart,
      periodEnd: r.periodEnd,
      fiscalLabel: r.fiscalLabel ?? null,
      currency: r.currency,
      totalRevenue: r.totalRevenue ?? null,
      miningRevenue: r.bitcoinMiningRevenue ?? null,
      aiHpcRevenue: r.aiHpcRevenue ?? null,
      otherRevenue: r.otherRevenue ?? null,
      publicOn: ctx.publicOn(r.periodEnd, "measured", r.sourceIds),
    },
    refs: { companyId: ctx.company(r.company), fxRateId: null },
  };
}

type MoveWindow = StockMoveSeed["row"]["window"];

/** Window from the leading words of moveType, which is also kept verbatim. */
export function moveWindow(moveType: string): MoveWindow {
  const t = moveType.toLowerCase();
  if (t.startsWith("premarket")) return "PREMARKET";
  if (t.startsWith("intraday") || t.startsWith("morning trading")) return "INTRADAY";
  if (t.startsWith("close")) return "CLOSE";
  if (t.startsWith("ytd")) return "YTD";
  if (t.startsWith("day")) return "DAY";
  throw new Error(`no move window for moveType "${moveType}"`);
}

/**
 * Moves the fact base reports with conflicting figures (facts.md §5, items 3, 4 and 8): the
 * unresolved closes, and moves whose note quotes rival figures for the same window. Their
 * figure (when one is stored) is one source's, so the move is never served as verified.
 */
const CONFLICTING_MOVES: Record<string, string> = {
  "M-1103-IREN-PRE": "facts.md §5.3: premarket +20–30% across reports (Benzinga +23.26%)",
  "M-1120-CIFR": "facts.md §5.8: +10% (Barron's) vs +13% (Parameter)",
};

/** True when the move's sources conflict: unresolved, a note that says so, or listed above. */
export function movesInConflict(m: StockMoveRecord): boolean {
  if (/unresolved/i.test(m.moveType)) return true;
  if (m.note && /conflicting|not verified/i.test(m.note)) return true;
  return m.id in CONFLICTING_MOVES;
}

export function mapStockMove(m: StockMoveRecord, ctx: MapContext): StockMoveSeed {
  const companyId = ctx.companyByTicker.get(m.ticker);
  if (!companyId && !/index/i.test(m.moveType)) throw new Error(`${m.id}: ticker ${m.ticker} has no company`);
  return {
    fact: { ...factSeed("STOCK_MOVE", m, { qualifiers: [m.moveType] }), ...(movesInConflict(m) ? { verified: false } : {}) },
    row: {
      symbol: m.ticker,
      isIndex: !companyId,
      on: m.date,
      window: moveWindow(m.moveType),
      moveType: m.moveType,
      changePct: m.movePct ?? null,
      unresolved: /unresolved|range/i.test(m.moveType),
      priceUsd: m.priceUsd ?? null,
      context: m.context ?? null,
      publicOn: ctx.publicOn(m.date, "event", m.sourceIds),
    },
    refs: { companyId: companyId ? ctx.company(companyId) : null },
  };
}

export function mapIndicator(i: IndicatorRecord, ctx: MapContext): IndicatorSeed {
  const asOf = dateWithPrecision(i.asOf);
  return {
    fact: factSeed("MARKET_INDICATOR", i, { qualifiers: [i.qualifier] }),
    row: {
      name: i.name,
      provider: i.provider,
      value: i.value ?? null,
      valueLow: i.valueRange?.[0] ?? null,
      valueHigh: i.valueRange?.[1] ?? null,
      unit: i.unit,
      qualifier: i.qualifier ?? null,
      asOf: asOf.on,
      asOfPrecision: asOf.precision,
      asOfNote: i.asOfNote ?? null,
      publicOn: ctx.publicOn(i.asOf, "measured", i.sourceIds),
    },
    refs: {},
  };
}
