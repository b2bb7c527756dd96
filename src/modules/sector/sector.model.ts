import type { Db } from "../../db/client";
import { BadUserInputError, NotFoundError } from "../../shared/errors";
import { answerDay, atPoint, dayOf, pointOf } from "../../shared/time-travel";
import { Summary, toAggregate, toExclusion, toInput } from "./aggregate.model";
import type { AggregateModel, ExplainSource } from "./aggregate.type";
import { backstopStatement, bondStatement, planStatement } from "./financing.queries";
import { coreStatement, countryHasData } from "./sector.queries";
import { detailQuery, pageQuery, rowsOf, sourcesQuery, summaryQuery, type ExplainRow, type Frame, type PageSpec, type Statement, type SummaryRow } from "./sector.sql";
import { sectorFigures, type SectorFigures } from "./sector.store";
import { reportedShareStatement, shareStatement } from "./share.queries";

const STATEMENTS = {
  core: coreStatement,
  share: shareStatement,
  reportedShare: reportedShareStatement,
  backstops: backstopStatement,
  bonds: bondStatement,
  plans: planStatement,
} satisfies Record<string, (f: Frame) => Statement>;

export type StatementName = keyof typeof STATEMENTS;
export const STATEMENT_NAMES = Object.keys(STATEMENTS) as StatementName[];

/**
 * One `sector(country, asOf)` answer. Each statement's headline (SQL sums, no inputs) runs at most
 * once per data version for a country and day (kept in SectorFigures, shared by every request);
 * inputs, exclusions and sources are read a page at a time, and kept the same way.
 */
export class SectorModel {
  readonly frame: Frame;
  private readonly figures: SectorFigures;

  constructor(
    readonly db: Db,
    readonly country: string,
    /** The point asked for (`asOf` and `knownAt`, shared/time-travel.ts; null: the present view); nested facts are read at it. */
    readonly asOf: string | null,
  ) {
    this.frame = { country, day: answerDay(asOf), strict: dayOf(asOf) != null, knownAt: pointOf(asOf).knownAt };
    this.figures = sectorFigures(db);
  }

  private key(...parts: unknown[]): string {
    return JSON.stringify([this.frame.country, this.frame.day, this.frame.strict, this.frame.knownAt ?? null, ...parts]);
  }

  summary(name: StatementName): Promise<Summary> {
    return this.figures.memo(this.key(name, "summary"), async () => new Summary(await rowsOf<SummaryRow>(this.db, summaryQuery(STATEMENTS[name](this.frame)))));
  }

  details(name: StatementName, measures: string[]): Promise<ExplainRow[]> {
    return this.figures.memo(this.key(name, "details", measures), () => rowsOf<ExplainRow>(this.db, detailQuery(STATEMENTS[name](this.frame), measures)));
  }

  page(name: StatementName, spec: PageSpec): Promise<ExplainRow[]> {
    return this.figures.memo(this.key(name, "page", spec), () => rowsOf<ExplainRow>(this.db, pageQuery(STATEMENTS[name](this.frame), spec)));
  }

  sourceIds(name: StatementName, measures: string[], limit: number): Promise<number[]> {
    return this.figures.memo(this.key(name, "sources", measures, limit), async () =>
      (await rowsOf<{ id: number }>(this.db, sourcesQuery(STATEMENTS[name](this.frame), measures, limit))).map((r) => Number(r.id)),
    );
  }

  /** A whole figure (its model, headline and per-company parts), built once per data version for this country and day. */
  figure<T>(name: string, build: (s: SectorModel) => Promise<T>): Promise<T> {
    return this.figures.memo(this.key("figure", name), () => build(this));
  }

  hasData(): Promise<boolean> {
    return this.figures.memo(this.key("hasData"), async () => (await rowsOf<{ has_data: boolean }>(this.db, countryHasData(this.frame)))[0]?.has_data === true);
  }

  /** The inputs, exclusions and sources of some measures of a statement, each read a page at a time. */
  explain(name: StatementName, measures: string[], unit: string, summary: Summary): ExplainSource {
    const parts = measures.map((m) => summary.of(m));
    const sum = (f: (r: SummaryRow) => number) => parts.reduce((n, r) => n + f(r), 0);
    return {
      inputCount: sum((r) => r.n),
      exclusionCount: (all) => sum((r) => r.excluded - (all ? 0 : r.not_yet_public)),
      inputs: async (offset, limit) =>
        (await this.page(name, { measures, included: true, offset, limit })).map((r) => toInput(r, unit, this.asOf)),
      exclusions: async (offset, limit, all) =>
        (await this.page(name, { measures, included: false, includeNotYetPublic: all, offset, limit })).map((r) => toExclusion(r, this.frame, this.asOf)),
      sourceIds: (limit) => this.sourceIds(name, measures, limit),
    };
  }

  /** An explained sum over one measure of a statement. */
  async aggregate(name: StatementName, measure: string, unit: string, method: string): Promise<AggregateModel> {
    const summary = await this.summary(name);
    return toAggregate(summary.of(measure), { measure, unit, method }, this.frame, this.explain(name, [measure], unit, summary));
  }

  /** Every included row of a measure (for per-company labels and for comparing two dates), in input order. */
  async allInputs(name: StatementName, measure: string): Promise<ExplainRow[]> {
    const n = (await this.summary(name)).of(measure).n;
    return n ? this.page(name, { measures: [measure], included: true, offset: 0, limit: n }) : [];
  }
}

/**
 * Opens a sector answer. The country is an ISO 3166-1 alpha-2 code (the CountryCode scalar
 * checks it); a country with nothing on file is NOT_FOUND rather than a page of empty figures.
 */
export async function openSector(db: Db, country: string | null | undefined, asOf: string | null | undefined, knownAt?: Date | string | null): Promise<SectorModel> {
  const code = (country ?? "US").toUpperCase();
  if (!/^[A-Z]{2}$/.test(code)) throw new BadUserInputError("`country` must be an ISO 3166-1 alpha-2 code such as US.", "country");
  const s = new SectorModel(db, code, atPoint(asOf, knownAt));
  if (!(await s.hasData())) {
    throw new NotFoundError(`No data on file for ${code} as of ${s.frame.day}: no company is headquartered there and no site there is public by then.`, code);
  }
  return s;
}
