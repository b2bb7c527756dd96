import type { Db } from "../../db/client";
import { BadUserInputError } from "../../shared/errors";
import { checkAsOf, today } from "../../shared/time-travel";
import { ratio } from "./aggregate.type";
import { companiesOf, toAggregate, toReported } from "./aggregate.model";
import { backstopRows, bondRows, planRows } from "./financing.queries";
import { coreRows } from "./sector.queries";
import { shareRows } from "./share.queries";
import type { ExplainRow, Frame } from "./sector.sql";
import * as M from "./sector.methods";
import type {
  AiContractedItLoad,
  ContractedAiRevenueShare,
  ContractedAiValue,
  MinerCapacity,
  SectorBackstops,
  SectorBondIssuance,
  SectorInvestment,
} from "./sector.type";

/**
 * One `sector(country, asOf)` answer. Each statement runs at most once per answer, when the first
 * field that needs it resolves (minerCapacity and aiContractedItLoad share one, for example).
 */
export class SectorModel {
  readonly frame: Frame;
  private readonly memo = new Map<string, Promise<ExplainRow[]>>();

  constructor(
    readonly db: Db,
    readonly country: string,
    /** `asOf` as asked (null: the present view); nested facts are read at it. */
    readonly asOf: string | null,
  ) {
    this.frame = { country, day: asOf ?? today(), strict: asOf != null };
  }

  rows(name: "core" | "share" | "backstops" | "bonds" | "plans"): Promise<ExplainRow[]> {
    let p = this.memo.get(name);
    if (!p) {
      const run = { core: coreRows, share: shareRows, backstops: backstopRows, bonds: bondRows, plans: planRows }[name];
      p = run(this.db, this.frame);
      this.memo.set(name, p);
    }
    return p;
  }
}

export function openSector(db: Db, country: string | null | undefined, asOf: string | null | undefined): SectorModel {
  const code = (country ?? "US").toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new BadUserInputError("`country` must be an ISO 3166-1 alpha-2 code such as US.", "country");
  return new SectorModel(db, code, checkAsOf(asOf));
}

const agg = (s: SectorModel, rows: ExplainRow[], measure: string, unit: string, method: string) =>
  toAggregate(rows, { measure, unit, method }, s.frame, s.asOf);

export async function minerCapacity(s: SectorModel): Promise<MinerCapacity> {
  const rows = await s.rows("core");
  const reportedRow = rows.find((r) => r.measure === "reported");
  const reported = reportedRow ? toReported(reportedRow, "MW", s.asOf) : null;
  const computed = agg(s, rows, "capacity", "MW", M.capacityMethod(s.frame));
  const coverage = reported?.value ? computed.value / reported.value : null;
  return { reported, computed, coverage, method: M.minerCapacityMethod(s.frame) };
}

export async function aiContractedItLoad(s: SectorModel): Promise<AiContractedItLoad> {
  const rows = await s.rows("core");
  const itLoad = agg(s, rows, "itLoad", "MW", M.itLoadMethod(s.frame));
  const reported = rows.find((r) => r.measure === "reported")?.value ?? null;
  const computed = rows.find((r) => r.measure === "capacity" && r.reason == null)?.total ?? 0;
  // IT load of the deals of miners whose capacity is counted (flag), summed in SQL.
  const likeMw = rows.find((r) => r.measure === "itLoad" && r.reason == null)?.flag_total ?? 0;
  return {
    itLoad,
    shareOfReportedCapacity: ratio(itLoad.value, reported, M.shareOfReportedMethod),
    shareOfComputedCapacity: ratio(likeMw, computed || null, M.shareOfComputedMethod),
    method: M.itLoadMethod(s.frame),
  };
}

export async function contractedAiValue(s: SectorModel): Promise<ContractedAiValue> {
  const rows = await s.rows("core");
  const total = agg(s, rows, "totalValue", "USD", M.totalValueMethod(s.frame));
  const annualized = agg(s, rows, "annualized", "USD/year", M.annualizedMethod);
  const annual = new Map(companiesOf(rows, "annualized").map((r) => [r.company_id!, r.company_total ?? 0]));
  const byMiner = companiesOf(rows, "totalValue").map((r) => ({
    companyId: r.company_id!,
    asOf: s.asOf,
    totalValue: r.company_total ?? 0,
    dealCount: r.company_count,
    annualized: annual.get(r.company_id!) ?? 0,
  }));
  return { total, annualized, byMiner };
}

export async function contractedAiRevenueShare(s: SectorModel): Promise<ContractedAiRevenueShare> {
  const rows = await s.rows("share");
  const aiRevenue = agg(s, rows, "ai", "USD/year", M.aiRevenueMethod(s.frame));
  const miningRevenue = agg(s, rows, "mining", "USD/year", M.miningRevenueMethod(s.frame));
  const aiBy = new Map(companiesOf(rows, "ai").map((r) => [r.company_id!, r.company_total ?? 0]));
  const byMiner = companiesOf(rows, "mining")
    .map((r) => {
      const ai = aiBy.get(r.company_id!) ?? 0;
      const mining = r.company_total ?? 0;
      return { companyId: r.company_id!, asOf: s.asOf, annualizedAi: ai, annualMining: mining, miningBasis: r.extra_text ?? r.key, share: ratio(ai, ai + mining, "").value };
    })
    .sort((a, b) => (b.share ?? -1) - (a.share ?? -1));
  const whole = aiRevenue.value + miningRevenue.value;
  const value = whole > 0 ? aiRevenue.value / whole : null;
  return { value, percent: value == null ? null : value * 100, unit: "ratio", aiRevenue, miningRevenue, byMiner, method: M.revenueShareMethod(s.frame) };
}

export async function creditBackstops(s: SectorModel): Promise<SectorBackstops> {
  const rows = await s.rows("backstops");
  const reported = rows.filter((r) => r.measure === "reported").map((r) => toReported(r, "USD", s.asOf));
  const byGuarantor = companiesOf(rows, "amount").map((r) => ({
    companyId: r.company_id!,
    asOf: s.asOf,
    amount: r.company_total ?? 0,
    count: r.company_count,
    reported: reported.filter((x) => x.companyId === r.company_id),
  }));
  const byBeneficiary = companiesOf(rows, "beneficiary").map((r) => ({
    companyId: r.company_id!,
    asOf: s.asOf,
    value: r.company_total ?? 0,
    unit: "USD",
    count: r.company_count,
  }));
  return { total: agg(s, rows, "amount", "USD", M.backstopMethod(s.frame)), byGuarantor, byBeneficiary, reported };
}

export async function bondIssuance(s: SectorModel): Promise<SectorBondIssuance> {
  const rows = await s.rows("bonds");
  const total = agg(s, rows, "amount", "USD", M.bondMethod(s.frame));
  const orderBookDemand = agg(s, rows, "demand", "USD", M.demandMethod);
  const covered = agg(s, rows, "covered", "USD", M.coverMethod);
  const demandBy = new Map(companiesOf(rows, "demand").map((r) => [r.company_id!, r.company_total ?? 0]));
  const coveredBy = new Map(companiesOf(rows, "covered").map((r) => [r.company_id!, r.company_total ?? 0]));
  const byIssuer = companiesOf(rows, "amount").map((r) => {
    const demand = demandBy.get(r.company_id!) ?? null;
    return {
      companyId: r.company_id!,
      asOf: s.asOf,
      amount: r.company_total ?? 0,
      count: r.company_count,
      orderBookDemand: demand,
      coverRatio: ratio(demand ?? 0, coveredBy.get(r.company_id!) ?? null, M.coverMethod),
    };
  });
  return { total, orderBookDemand, coverRatio: ratio(orderBookDemand.value, covered.value || null, M.coverMethod), byIssuer };
}

export async function hyperscalerInvestment(s: SectorModel): Promise<SectorInvestment> {
  const rows = await s.rows("plans");
  const amount = agg(s, rows, "amount", "USD", M.planAmountMethod(s.frame));
  const byCompany = companiesOf(rows, "amount").map((r) => ({
    companyId: r.company_id!,
    asOf: s.asOf,
    value: r.company_total ?? 0,
    unit: "USD",
    count: r.company_count,
  }));
  const reportedTallies = rows
    .filter((r) => r.measure === "amount" && r.reason === "REPORTED_TOTAL" && r.value != null)
    .map((r) => toReported({ ...r, extra_text: null }, "USD", s.asOf));
  return { amount, capacity: agg(s, rows, "capacity", "MW", M.planCapacityMethod), byCompany, reportedTallies };
}
