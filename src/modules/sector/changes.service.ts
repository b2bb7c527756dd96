import type { Db } from "../../db/client";
import { BadUserInputError } from "../../shared/errors";
import type { NodeType } from "../../shared/global-id";
import { checkAsOf } from "../../shared/time-travel";
import type { AggregateInput, AggregateModel } from "./aggregate.type";
import { toInput } from "./aggregate.model";
import { changedFacts, type ChangeRow } from "./changes.queries";
import { FactChangeKind, type FactChange, type HeadlineChange, type SectorChanges } from "./changes.type";
import * as S from "./sector.service";

/** facts.type → GraphQL type name. */
const TYPE_NAMES: Record<string, NodeType> = {
  COMPANY: "Company",
  SITE: "Site",
  CAPACITY_REPORT: "CapacityReport",
  DEAL: "Deal",
  CREDIT_BACKSTOP: "CreditBackstop",
  BOND_RAISE: "BondRaise",
  INVESTMENT_PLAN: "InvestmentPlan",
  REVENUE_REPORT: "RevenueReport",
  STOCK_MOVE: "StockMove",
  MARKET_INDICATOR: "MarketIndicator",
};

function toChange(r: ChangeRow, to: string): FactChange {
  const kind = r.revises_id != null ? FactChangeKind.REVISION : r.increment_of_id != null ? FactChangeKind.INCREMENT : FactChangeKind.NEW;
  const revisesId = r.revises_id ?? r.increment_of_id;
  return {
    kind,
    factType: TYPE_NAMES[r.fact_type],
    key: r.key,
    publicOn: r.public_on,
    factId: r.fact_id,
    revisesId,
    revisesType: r.revises_id != null ? TYPE_NAMES[r.revises_type!] : revisesId != null ? "CreditBackstop" : null,
    asOf: to,
  };
}

interface Headline {
  unit: string;
  value: number | null;
  /** The statement and measure whose inputs the figure sums, when it is a sum. */
  of?: [S.StatementName, string];
}

/** Each headline figure of one sector answer, by path. */
async function headlines(s: S.SectorModel): Promise<Map<string, Headline>> {
  const [cap, it, val, share, earned, bs, bonds, plans] = await Promise.all([
    S.minerCapacity(s),
    S.aiContractedItLoad(s),
    S.contractedAiValue(s),
    S.contractedAiRevenueShare(s),
    S.reportedAiRevenueShare(s),
    S.creditBackstops(s),
    S.bondIssuance(s),
    S.hyperscalerInvestment(s),
  ]);
  const a = (agg: AggregateModel, name: S.StatementName, measure: string): Headline => ({ unit: agg.unit, value: agg.value, of: [name, measure] });
  return new Map<string, Headline>([
    ["minerCapacity.reported", { unit: "MW", value: cap.reported?.value ?? null }],
    ["minerCapacity.computed", a(cap.computed, "core", "capacity")],
    ["minerCapacity.fromSites", a(cap.fromSites, "core", "sites")],
    ["aiContractedItLoad.itLoad", a(it.itLoad, "core", "itLoad")],
    ["contractedAiValue.total", a(val.total, "core", "totalValue")],
    ["contractedAiValue.annualized", a(val.annualized, "core", "annualized")],
    ["contractedAiRevenueShare", { unit: "ratio", value: share.value }],
    ["reportedAiRevenueShare", { unit: "ratio", value: earned.value }],
    ["creditBackstops.total", a(bs.total, "backstops", "amount")],
    ["bondIssuance.total", a(bonds.total, "bonds", "amount")],
    ["bondIssuance.orderBookDemand", a(bonds.orderBookDemand, "bonds", "demand")],
    ["hyperscalerInvestment.amount", a(plans.amount, "plans", "amount")],
    ["hyperscalerInvestment.capacity", a(plans.capacity, "plans", "capacity")],
  ]);
}

async function inputsOf(s: S.SectorModel, h: Headline): Promise<AggregateInput[]> {
  if (!h.of) return [];
  return (await s.allInputs(h.of[0], h.of[1])).map((r) => toInput(r, h.unit, s.asOf));
}

async function moved(figure: string, s0: S.SectorModel, s1: S.SectorModel, before: Headline, after: Headline): Promise<HeadlineChange> {
  const [was, is] = await Promise.all([inputsOf(s0, before), inputsOf(s1, after)]);
  const had = new Set<number>(was.map((i) => i.factId));
  const has = new Set<number>(is.map((i) => i.factId));
  return {
    figure,
    unit: after.unit,
    from: before.value,
    to: after.value,
    delta: before.value == null || after.value == null ? null : after.value - before.value,
    addedInputs: is.filter((i) => !had.has(i.factId)),
    removedInputs: was.filter((i) => !has.has(i.factId)),
  };
}

export async function sectorChanges(db: Db, country: string | null | undefined, from: string, to: string): Promise<SectorChanges> {
  checkAsOf(from);
  checkAsOf(to);
  if (from > to) throw new BadUserInputError("`from` must not be after `to`.", "from");
  const [before, after] = await Promise.all([S.openSector(db, country, from), S.openSector(db, country, to)]);
  const [rows, h0, h1] = await Promise.all([changedFacts(db, from, to), headlines(before), headlines(after)]);
  const seen = new Set<string>();
  const byType = rows
    .filter((r) => !seen.has(r.fact_type) && seen.add(r.fact_type))
    .map((r) => ({ factType: TYPE_NAMES[r.fact_type], count: r.type_count, revisions: r.type_revisions }));
  return {
    country: after.country,
    from,
    to,
    facts: rows.map((r) => toChange(r, to)),
    byType,
    headlines: await Promise.all([...h1.keys()].map((k) => moved(k, before, after, h0.get(k)!, h1.get(k)!))),
  };
}
