import type { Db } from "../../db/client";
import { BadUserInputError } from "../../shared/errors";
import { atPoint, checkAsOf } from "../../shared/time-travel";
import type { AggregateModel, ExplainSource } from "./aggregate.type";
import * as S from "./sector.service";
import { SectorMetric, SeriesInterval, type SectorSeries, type SectorSeriesPoint } from "./series.type";

/** At most this many points in one series (20 years of months). */
export const MAX_POINTS = 240;

const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The last day of each month (or quarter) from the one holding `from`, up to `to`; then `to` itself when it falls inside a step. */
export function stepEnds(from: string, to: string, interval: SeriesInterval): string[] {
  const months = interval === SeriesInterval.QUARTER ? 3 : 1;
  const start = new Date(`${from}T00:00:00Z`);
  let m = Math.floor(start.getUTCMonth() / months) * months + months;
  let y = start.getUTCFullYear();
  const ends: string[] = [];
  for (;;) {
    const end = iso(new Date(Date.UTC(y, m, 0)));
    if (end > to) break;
    ends.push(end);
    if (ends.length > MAX_POINTS) throw new BadUserInputError(`A series has at most ${MAX_POINTS} points: shorten it or use QUARTER.`, "from");
    m += months;
    if (m > 12) (m -= 12), (y += 1);
  }
  if (ends.at(-1) !== to) ends.push(to);
  return ends;
}

interface Figure {
  value: number | null;
  coverage: number | null;
  reason: string | null;
  explain: ExplainSource;
}

const fromAggregate = (a: AggregateModel, coverage: number | null = null): Figure => ({ value: a.value, coverage, reason: a.reason, explain: a.explain });

export const METRIC_UNITS: Record<SectorMetric, string> = {
  MINER_CAPACITY_REPORTED: "MW",
  MINER_CAPACITY_COMPUTED: "MW",
  MINER_CAPACITY_SITES: "MW",
  AI_CONTRACTED_IT_LOAD: "MW",
  CONTRACTED_AI_VALUE: "USD",
  CONTRACTED_AI_ANNUALIZED: "USD/year",
  CONTRACTED_AI_REVENUE_SHARE: "ratio",
  REPORTED_AI_REVENUE_SHARE: "ratio",
  CREDIT_BACKSTOPS: "USD",
  BOND_ISSUANCE: "USD",
  HYPERSCALER_INVESTMENT: "USD",
};

/** One metric of one sector answer, with what explains it. */
async function figure(s: S.SectorModel, metric: SectorMetric): Promise<Figure> {
  switch (metric) {
    case SectorMetric.MINER_CAPACITY_REPORTED: {
      const [cap, summary] = await Promise.all([S.minerCapacity(s), s.summary("core")]);
      const why = cap.reported ? null : `No sector-wide figure for ${s.country} is public by ${s.frame.day}.`;
      return { value: cap.reported?.value ?? null, coverage: null, reason: why, explain: s.explain("core", ["reported"], "MW", summary) };
    }
    case SectorMetric.MINER_CAPACITY_COMPUTED: {
      const cap = await S.minerCapacity(s);
      return fromAggregate(cap.computed, cap.coverage);
    }
    case SectorMetric.MINER_CAPACITY_SITES: {
      const cap = await S.minerCapacity(s);
      return fromAggregate(cap.fromSites, cap.sitesCoverage);
    }
    case SectorMetric.AI_CONTRACTED_IT_LOAD:
      return fromAggregate((await S.aiContractedItLoad(s)).itLoad);
    case SectorMetric.CONTRACTED_AI_VALUE:
      return fromAggregate((await S.contractedAiValue(s)).total);
    case SectorMetric.CONTRACTED_AI_ANNUALIZED:
      return fromAggregate((await S.contractedAiValue(s)).annualized);
    case SectorMetric.CONTRACTED_AI_REVENUE_SHARE:
      return contractedShare(s);
    case SectorMetric.REPORTED_AI_REVENUE_SHARE: {
      const [r, summary] = await Promise.all([S.reportedAiRevenueShare(s), s.summary("reportedShare")]);
      return { value: r.value, coverage: r.coverage, reason: r.reason, explain: s.explain("reportedShare", ["aiHpc", "revenue"], "USD/year", summary) };
    }
    case SectorMetric.CREDIT_BACKSTOPS:
      return fromAggregate((await S.creditBackstops(s)).total);
    case SectorMetric.BOND_ISSUANCE:
      return fromAggregate((await S.bondIssuance(s)).total);
    case SectorMetric.HYPERSCALER_INVESTMENT:
      return fromAggregate((await S.hyperscalerInvestment(s)).amount);
  }
}

async function contractedShare(s: S.SectorModel): Promise<Figure> {
  const [c, summary, miners] = await Promise.all([S.contractedAiRevenueShare(s), s.summary("share"), s.summary("reportedShare")]);
  const all = miners.of("miners").n;
  return {
    value: c.value,
    coverage: all ? summary.of("mining").n / all : null,
    reason: c.value == null ? `No miner of ${s.country} has mining revenue public by ${s.frame.day}.` : null,
    explain: s.explain("share", ["ai", "mining"], "USD/year", summary),
  };
}

export async function sectorSeries(
  db: Db,
  metric: SectorMetric,
  country: string,
  from: string,
  to: string,
  interval: SeriesInterval,
  knownAt?: Date | null,
): Promise<SectorSeries> {
  checkAsOf(from);
  checkAsOf(to);
  if (from > to) throw new BadUserInputError("`from` must not be after `to`.", "from");
  const ends = stepEnds(from, to, interval);
  // One check for the country (NOT_FOUND when nothing is on file), then one answer per point.
  await S.openSector(db, country, to, knownAt);
  // Points one after the other: a long series must not take every pooled connection at once.
  const points: SectorSeriesPoint[] = [];
  for (const on of ends) points.push({ on, ...(await figure(new S.SectorModel(db, country.toUpperCase(), atPoint(on, knownAt)), metric)) });
  return { metric, country: country.toUpperCase(), interval, unit: METRIC_UNITS[metric], points };
}
