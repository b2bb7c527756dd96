/** What every synthetic entity builder shares: the date range, rounding, picks of earlier rows. */
import type { PgTable } from "drizzle-orm/pg-core";
import { dayNumber, endOfMonth, isoDay, type Prng } from "./prng";
import type * as V from "./vocab";
import { PRECISIONS } from "./vocab";

export const FIRST_DAY = "2023-01-01";
export const LAST_DAY = "2026-10-31";
export const D0 = dayNumber(FIRST_DAY);
export const D1 = dayNumber(LAST_DAY);

export type FactType = "COMPANY" | "SITE" | "CAPACITY_REPORT" | "DEAL" | "CREDIT_BACKSTOP" | "BOND_RAISE" | "INVESTMENT_PLAN" | "REVENUE_REPORT" | "STOCK_MOVE" | "MARKET_INDICATOR";

/** What the generator remembers of earlier rows, so later rows can point at them. */
export interface GenContext {
  rng: Prng;
  companies: Array<{ id: number; kind: V.CompanyKind; symbol: string | null }>;
  byKind: Map<V.CompanyKind, number[]>;
  listed: number[];
  sitesByCompany: Map<number, number[]>;
  siteIds: number[];
  dealIds: number[];
  backstopIds: number[];
  /** fx_rates id by `CUR|YYYY-MM`. */
  fx: Map<string, number>;
  /** Company indexes by a list of kinds, memoised (companies are all generated first). */
  pools: Map<string, number[]>;
}

export interface FactExtra {
  supersedesId?: number | null;
}

export interface EntitySpec<T extends PgTable = PgTable> {
  type: FactType;
  table: T;
  /** Row count key in the report. */
  name: string;
  /** Rows at SCALE=1. */
  perScale: number;
  keyPrefix: string;
  build(ctx: GenContext, i: number, id: number): { row: T["$inferInsert"]; fact?: FactExtra };
}

export const r2 = (n: number) => Math.round(n * 100) / 100;
export const r3 = (n: number) => Math.round(n * 1000) / 1000;
export const r4 = (n: number) => Math.round(n * 10000) / 10000;

/** A dated event: stored day, its precision, and the day it became public (never after LAST_DAY). */
export function dated(rng: Prng, from = D0, to = D1) {
  const day = isoDay(rng.int(from, to));
  const precision = rng.weighted(PRECISIONS);
  if (precision === "DAY") return { day, precision, publicOn: day };
  if (precision === "MONTH") return { day: `${day.slice(0, 7)}-01`, precision, publicOn: minDay(endOfMonth(day), LAST_DAY) };
  return { day: `${day.slice(0, 4)}-01-01`, precision, publicOn: minDay(`${day.slice(0, 4)}-12-31`, LAST_DAY) };
}

export const minDay = (a: string, b: string) => (a < b ? a : b);

export function companyOf(ctx: GenContext, kinds: V.CompanyKind[]): number {
  const name = kinds.join();
  let pool = ctx.pools.get(name);
  if (!pool) ctx.pools.set(name, (pool = kinds.flatMap((k) => ctx.byKind.get(k) ?? [])));
  return ctx.companies[pool.length ? ctx.rng.pick(pool) : ctx.rng.int(0, ctx.companies.length - 1)].id;
}

export function fxFor(ctx: GenContext, currency: string, day: string): number | null {
  return currency === "USD" ? null : (ctx.fx.get(`${currency}|${day.slice(0, 7)}`) ?? null);
}

export const pad = (i: number, n = 6) => String(i + 1).padStart(n, "0");

