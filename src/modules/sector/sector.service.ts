import { ratio } from "./aggregate.type";
import { toReported } from "./aggregate.model";
import * as M from "./sector.methods";
import { SectorModel } from "./sector.model";
import { setSectorWarmer } from "./sector.store";
import type {
  AiContractedItLoad,
  ContractedAiRevenueShareModel,
  ContractedAiValue,
  MinerCapacity,
  ReportedAiRevenueShareModel,
  SectorBackstops,
  SectorBondIssuance,
  SectorInvestment,
} from "./sector.type";

export { openSector, SectorModel, type StatementName } from "./sector.model";

async function reportedCapacity(s: SectorModel) {
  const row = (await s.details("core", ["reported"])).find((r) => r.measure === "reported");
  return row ? toReported(row, "MW", s.asOf) : null;
}

export async function minerCapacity(s: SectorModel): Promise<MinerCapacity> {
  const [reported, computed, fromSites, summary] = await Promise.all([
    reportedCapacity(s),
    s.aggregate("core", "capacity", "MW", M.capacityMethod(s.frame)),
    s.aggregate("core", "sites", "MW", M.sitesMethod(s.frame)),
    s.summary("core"),
  ]);
  const cover = (v: number | null) => (v != null && reported?.value ? v / reported.value : null);
  const why = (v: number | null) =>
    !reported ? `No sector-wide figure for ${s.country} is public by ${s.frame.day}.` : v == null ? "Nothing counts on the computed side (see its `reason`)." : null;
  const capacity = summary.of("capacity");
  return {
    reported,
    computed,
    fromSites,
    coverage: cover(computed.value),
    coverageReason: why(computed.value),
    sitesCoverage: cover(fromSites.value),
    sitesCoverageReason: why(fromSites.value),
    spanningBordersMw: capacity.n > 0 ? (capacity.flag_total ?? 0) : null,
    borderRule: M.BORDER_RULE,
    method: M.minerCapacityMethod(s.frame),
  };
}

export async function aiContractedItLoad(s: SectorModel): Promise<AiContractedItLoad> {
  const [itLoad, reported, summary] = await Promise.all([s.aggregate("core", "itLoad", "MW", M.itLoadMethod(s.frame)), reportedCapacity(s), s.summary("core")]);
  const capacity = summary.of("capacity");
  const computed = capacity.n > 0 ? capacity.total : null;
  // IT load of the deals of miners whose capacity is counted (flag), summed in SQL.
  const like = summary.of("itLoad");
  const likeMw = like.n > 0 ? (like.flag_total ?? 0) : null;
  return {
    itLoad,
    shareOfReportedCapacity: ratio(itLoad.value, reported?.value ?? null, M.shareOfReportedMethod),
    shareOfComputedCapacity: ratio(likeMw, computed, M.shareOfComputedMethod),
    method: M.itLoadMethod(s.frame),
  };
}

export async function contractedAiValue(s: SectorModel): Promise<ContractedAiValue> {
  const [total, annualized, summary] = await Promise.all([
    s.aggregate("core", "totalValue", "USD", M.totalValueMethod(s.frame)),
    s.aggregate("core", "annualized", "USD/year", M.annualizedMethod),
    s.summary("core"),
  ]);
  const annual = summary.totals("annualized");
  const byMiner = summary.companies("totalValue").map((r) => ({
    companyId: r.company_id!,
    asOf: s.asOf,
    totalValue: r.total ?? 0,
    dealCount: r.n,
    annualized: annual.get(r.company_id!) ?? 0,
  }));
  return { total, annualized, byMiner };
}

const shareOf = (part: number | null, whole: number | null) => (whole ? (part ?? 0) / whole : null);

export async function contractedAiRevenueShare(s: SectorModel): Promise<ContractedAiRevenueShareModel> {
  const [aiRevenue, miningRevenue, summary] = await Promise.all([
    s.aggregate("share", "ai", "USD/year", M.aiRevenueMethod(s.frame)),
    s.aggregate("share", "mining", "USD/year", M.miningRevenueMethod(s.frame)),
    s.summary("share"),
  ]);
  const whole = miningRevenue.value == null ? null : (aiRevenue.value ?? 0) + miningRevenue.value;
  const value = shareOf(aiRevenue.value, whole);
  const byMiner = async () => {
    const aiBy = summary.totals("ai");
    const basis = new Map((await s.allInputs("share", "mining")).map((r) => [r.company_id!, r.extra_text]));
    return summary
      .companies("mining")
      .map((r) => {
        const ai = aiBy.get(r.company_id!) ?? 0;
        const mining = r.total ?? 0;
        return { companyId: r.company_id!, asOf: s.asOf, annualizedAi: ai, annualMining: mining, miningBasis: basis.get(r.company_id!) ?? "", share: shareOf(ai, ai + mining) };
      })
      .sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
  };
  return { value, percent: value == null ? null : value * 100, unit: "ratio", aiRevenue, miningRevenue, byMiner, forwardLooking: true, method: M.revenueShareMethod(s.frame) };
}

export async function reportedAiRevenueShare(s: SectorModel): Promise<ReportedAiRevenueShareModel> {
  const [aiHpcRevenue, totalRevenue, summary] = await Promise.all([
    s.aggregate("reportedShare", "aiHpc", "USD/year", M.reportedAiMethod(s.frame)),
    s.aggregate("reportedShare", "revenue", "USD/year", M.reportedTotalMethod(s.frame)),
    s.summary("reportedShare"),
  ]);
  const value = shareOf(aiHpcRevenue.value, totalRevenue.value);
  const miners = summary.of("miners").n;
  const counted = summary.of("revenue").n;
  const byMiner = async () => {
    const aiBy = summary.totals("aiHpc");
    const period = new Map((await s.allInputs("reportedShare", "revenue")).map((r) => [r.company_id!, r.extra_text]));
    return summary
      .companies("revenue")
      .map((r) => {
        const ai = aiBy.get(r.company_id!) ?? 0;
        return { companyId: r.company_id!, asOf: s.asOf, aiHpcRevenue: ai, totalRevenue: r.total ?? 0, period: period.get(r.company_id!) ?? "", share: shareOf(ai, r.total) };
      })
      .sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
  };
  return {
    value,
    percent: value == null ? null : value * 100,
    unit: "ratio",
    reason: value == null ? `No miner of ${s.country} has a report stating both total and AI/HPC revenue public by ${s.frame.day}.` : null,
    aiHpcRevenue,
    totalRevenue,
    minersCounted: counted,
    minersInCountry: miners,
    coverage: miners ? counted / miners : null,
    byMiner,
    method: M.reportedShareMethod(s.frame),
  };
}

export async function creditBackstops(s: SectorModel): Promise<SectorBackstops> {
  const [total, summary, details] = await Promise.all([s.aggregate("backstops", "amount", "USD", M.backstopMethod(s.frame)), s.summary("backstops"), s.details("backstops", ["reported"])]);
  const reported = details.map((r) => toReported({ ...r, flag: null }, "USD", s.asOf));
  const byGuarantor = summary.companies("amount").map((r) => ({
    companyId: r.company_id!,
    asOf: s.asOf,
    amount: r.total ?? 0,
    count: r.n,
    reported: reported.filter((x) => x.companyId === r.company_id),
  }));
  const byBeneficiary = summary.companies("beneficiary").map((r) => ({ companyId: r.company_id!, asOf: s.asOf, value: r.total ?? 0, unit: "USD", count: r.n }));
  return { total, byGuarantor, byBeneficiary, reported };
}

export async function bondIssuance(s: SectorModel): Promise<SectorBondIssuance> {
  const [total, orderBookDemand, summary] = await Promise.all([
    s.aggregate("bonds", "amount", "USD", M.bondMethod(s.frame)),
    s.aggregate("bonds", "demand", "USD", M.demandMethod),
    s.summary("bonds"),
  ]);
  const covered = summary.of("covered");
  const demandBy = summary.totals("demand");
  const coveredBy = summary.totals("covered");
  const byIssuer = summary.companies("amount").map((r) => {
    const demand = demandBy.get(r.company_id!) ?? null;
    return {
      companyId: r.company_id!,
      asOf: s.asOf,
      amount: r.total ?? 0,
      count: r.n,
      orderBookDemand: demand,
      coverRatio: ratio(demand, coveredBy.get(r.company_id!) ?? null, M.coverMethod),
    };
  });
  return { total, orderBookDemand, coverRatio: ratio(orderBookDemand.value, covered.n ? covered.total : null, M.coverMethod), byIssuer };
}

export async function hyperscalerInvestment(s: SectorModel): Promise<SectorInvestment> {
  const [amount, capacity, summary, tallies] = await Promise.all([
    s.aggregate("plans", "amount", "USD", M.planAmountMethod(s.frame)),
    s.aggregate("plans", "capacity", "MW", M.planCapacityMethod),
    s.summary("plans"),
    s.details("plans", ["tally"]),
  ]);
  const byCompany = summary.companies("amount").map((r) => ({ companyId: r.company_id!, asOf: s.asOf, value: r.total ?? 0, unit: "USD", count: r.n }));
  const reportedTallies = tallies.map((r) => toReported({ ...r, extra_text: null, flag: null }, "USD", s.asOf));
  return { amount, capacity, byCompany, reportedTallies };
}

/** The headline figures of `sector`, each built once per data version (`SectorModel.figure`). */
export const HEADLINE = {
  minerCapacity,
  aiContractedItLoad,
  contractedAiValue,
  contractedAiRevenueShare,
  reportedAiRevenueShare,
  creditBackstops,
  bondIssuance,
  hyperscalerInvestment,
};

/** One headline figure of a sector answer, through the per-version store. */
export function headlineFigure<K extends keyof typeof HEADLINE>(s: SectorModel, name: K): ReturnType<(typeof HEADLINE)[K]> {
  return s.figure(name, HEADLINE[name] as (s: SectorModel) => Promise<unknown>) as ReturnType<(typeof HEADLINE)[K]>;
}

// The refresh after a load or a write builds every present US headline figure, all at once (the
// statements run side by side on the pool), the way a request builds them: a request arriving
// during the refresh waits on the same promises; after it, it reads kept figures.
setSectorWarmer(async (db) => {
  const s = new SectorModel(db, "US", null);
  await Promise.all([s.hasData(), ...(Object.keys(HEADLINE) as Array<keyof typeof HEADLINE>).map((name) => headlineFigure(s, name))]);
});
