import type { Db } from "../../db/client";
import { BadUserInputError } from "../../shared/errors";
import type { NodeType } from "../../shared/global-id";
import { checkAsOf } from "../../shared/time-travel";
import type { AggregateModel } from "./aggregate.type";
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
  agg?: AggregateModel;
}

/** Each headline figure of one sector answer, by path. */
async function headlines(s: S.SectorModel): Promise<Map<string, Headline>> {
  const [cap, it, val, share, bs, bonds, plans] = await Promise.all([
    S.minerCapacity(s),
    S.aiContractedItLoad(s),
    S.contractedAiValue(s),
    S.contractedAiRevenueShare(s),
    S.creditBackstops(s),
    S.bondIssuance(s),
    S.hyperscalerInvestment(s),
  ]);
  const a = (agg: AggregateModel): Headline => ({ unit: agg.unit, value: agg.value, agg });
  return new Map<string, Headline>([
    ["minerCapacity.reported", { unit: "MW", value: cap.reported?.value ?? null }],
    ["minerCapacity.computed", a(cap.computed)],
    ["aiContractedItLoad.itLoad", a(it.itLoad)],
    ["contractedAiValue.total", a(val.total)],
    ["contractedAiValue.annualized", a(val.annualized)],
    ["contractedAiRevenueShare", { unit: "ratio", value: share.value }],
    ["creditBackstops.total", a(bs.total)],
    ["bondIssuance.total", a(bonds.total)],
    ["bondIssuance.orderBookDemand", a(bonds.orderBookDemand)],
    ["hyperscalerInvestment.amount", a(plans.amount)],
    ["hyperscalerInvestment.capacity", a(plans.capacity)],
  ]);
}

function moved(figure: string, before: Headline, after: Headline): HeadlineChange {
  const had = new Set<number>(before.agg?.inputs.map((i) => i.factId) ?? []);
  const has = new Set<number>(after.agg?.inputs.map((i) => i.factId) ?? []);
  return {
    figure,
    unit: after.unit,
    from: before.value,
    to: after.value,
    delta: before.value == null || after.value == null ? null : after.value - before.value,
    addedInputs: after.agg?.inputs.filter((i) => !had.has(i.factId)) ?? [],
    removedInputs: before.agg?.inputs.filter((i) => !has.has(i.factId)) ?? [],
  };
}

export async function sectorChanges(db: Db, country: string | null | undefined, from: string, to: string): Promise<SectorChanges> {
  checkAsOf(from);
  checkAsOf(to);
  if (from > to) throw new BadUserInputError("`from` must not be after `to`.", "from");
  const before = S.openSector(db, country, from);
  const after = S.openSector(db, country, to);
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
    headlines: [...h1.keys()].map((k) => moved(k, h0.get(k)!, h1.get(k)!)),
  };
}
