import type { BackstopRecord, DealRecord } from "./fact-base";
import { dateWithPrecision, fullDayOrNull } from "./dates";
import { factSeed } from "./map-facts";
import type { MapContext } from "./map-context";
import type { BackstopSeed, DealSeed } from "./seed-types";

type DealKind = DealSeed["row"]["kind"];

/**
 * Deal kind from the fact base's `type` text (kept verbatim in type_text):
 * GPU cloud → CLOUD_SERVICES; JV hosting → JV_HOSTING; colocation or any lease → COLOCATION_LEASE.
 * Cipher–AWS is a "turnkey space-and-power lease (air and liquid cooling)": turnkey, cooled
 * space is a fitted-out data hall, the opposite of a powered shell, so it is a colocation lease.
 */
export function dealKind(type: string): DealKind {
  if (/GPU cloud/i.test(type)) return "CLOUD_SERVICES";
  if (/^JV\b|joint venture/i.test(type)) return "JV_HOSTING";
  if (/colocation|lease/i.test(type)) return "COLOCATION_LEASE";
  return "OTHER";
}

/** "JV 51% TeraWulf" → 51; the text itself is kept as ownership_note. */
function ownershipPct(ownership: string | null | undefined): number | null {
  const match = ownership ? /(\d+(?:\.\d+)?)\s*%/.exec(ownership) : null;
  return match ? Number(match[1]) : null;
}

/**
 * Annualised revenue: D-IREN-OTHER's $500M is IREN's all-customer AI Cloud ARR target, not a
 * contract figure; every other annualised figure is stated for its contract.
 */
function annualizedBasis(d: DealRecord): DealSeed["row"]["annualizedRevenueBasis"] {
  if (d.annualizedRevenueUsd == null) return null;
  return /target/i.test(d.annualizedRevenueNote ?? "") ? "COMPANY_TARGET" : "STATED";
}

/** Counterparty: a company when it is one; otherwise free text (D-IREN-OTHER names three). */
function parties(d: DealRecord, ctx: MapContext) {
  const customer = ctx.isCompany(d.counterparty) ? ctx.company(d.counterparty) : null;
  const endCustomer = ctx.isCompany(d.endCustomer) ? ctx.company(d.endCustomer) : null;
  return {
    customer,
    counterpartyText: customer ? null : d.counterparty,
    endCustomer,
    endCustomerText: endCustomer ? null : (d.endCustomer ?? null),
  };
}

export function mapDeal(d: DealRecord, ctx: MapContext): DealSeed {
  const announced = dateWithPrecision(d.announced);
  const p = parties(d, ctx);
  return {
    fact: factSeed("DEAL", d),
    row: {
      counterpartyText: p.counterpartyText,
      endCustomerText: p.endCustomerText,
      kind: dealKind(d.type),
      typeText: d.type,
      currency: d.currency,
      totalValue: d.contractValue ?? null,
      cumulativeValue: d.cumulativeValue ?? null,
      cumulativeNote: d.cumulativeNote ?? null,
      extensionValue: d.extensionValue ?? null,
      extensionNote: d.extensionNote ?? null,
      termMonths: d.termYears != null ? d.termYears * 12 : null,
      termNote: d.termNote ?? null,
      itLoadMw: d.criticalItMw ?? null,
      itLoadNote: d.criticalItNote ?? null,
      grossMw: d.grossMw ?? null,
      gpuModel: d.gpus ?? null,
      prepaymentPct: d.prepaymentPct ?? null,
      annualizedRevenueUsd: d.annualizedRevenueUsd ?? null,
      annualizedRevenueBasis: annualizedBasis(d),
      annualizedRevenueNote: d.annualizedRevenueNote ?? null,
      annualNoiUsd: d.annualNoiUsd ?? null,
      annualNoiNote: d.annualNoiNote ?? null,
      ownershipPct: ownershipPct(d.ownership),
      ownershipNote: d.ownership ?? null,
      deliveryTiming: d.deliveryTiming ?? null,
      relatedCapex: d.relatedCapex ?? null,
      contractOn: fullDayOrNull(d.contractDate),
      announcedOn: announced.on,
      announcedPrecision: announced.precision,
      publicOn: ctx.publicOn(d.announced, "event", d.sourceIds),
    },
    refs: {
      providerId: ctx.company(d.miner),
      customerId: p.customer,
      endCustomerId: p.endCustomer,
      siteId: ctx.site(d.site),
      fxRateId: null,
    },
  };
}

/**
 * Google's later backstops add to an earlier one on the same lease relationship (facts README:
 * "separate records, increments on the same relationship"). Keyed increment → base.
 */
const BACKSTOP_INCREMENTS: Record<string, string> = {
  "B-WULF-CB5": "B-WULF-LM1",
  "B-CIFR-2": "B-CIFR-1",
};

export function mapBackstop(b: BackstopRecord, ctx: MapContext): BackstopSeed {
  const announced = dateWithPrecision(b.announced);
  // "WULF+CIFR+HUT" is a reported total over several miners, not one beneficiary.
  const beneficiary = ctx.isCompany(b.miner) ? ctx.company(b.miner) : null;
  const incrementOf = BACKSTOP_INCREMENTS[b.id];
  return {
    fact: factSeed("CREDIT_BACKSTOP", b, { qualifiers: [b.amountType] }),
    row: {
      beneficiaryText: beneficiary ? null : b.miner,
      isReportedTotal: beneficiary === null,
      currency: b.currency,
      amount: b.amount ?? null,
      amountType: b.amountType ?? null,
      cumulativeAmountForBeneficiary: b.cumulativeAmountForMiner ?? null,
      coverage: b.coverage ?? null,
      warrantShares: b.warrantsShares ?? null,
      equityStakePct: b.proFormaEquityPct ?? null,
      equityStakeNote: b.proFormaNote ?? null,
      announcedOn: announced.on,
      announcedPrecision: announced.precision,
      publicOn: ctx.publicOn(b.announced, "event", b.sourceIds),
    },
    refs: {
      guarantorId: ctx.company(b.provider),
      obligorId: ctx.company(b.lessee),
      beneficiaryId: beneficiary,
      dealId: ctx.deal(b.dealId),
      incrementOfId: incrementOf ? ctx.backstop(incrementOf) : null,
      fxRateId: null,
    },
  };
}
