import { sql, type SQL } from "drizzle-orm";
import { alias, type AnyPgColumn } from "drizzle-orm/pg-core";
import { bondRaises, companies, creditBackstops, deals, fxRates, revenueReports, stockMoves } from "../../db/tables";
import { lacksFxRate, usdValue } from "../../shared/money-sql";
import { tableRef } from "../../shared/table-ref";
import type { DimensionSpec, MeasureSpec } from "./connection-aggregate.type";

/** A numeric field of the aggregate: its SQL over one row (null to leave the row out of it). */
export interface MeasureDef extends MeasureSpec {
  sql: SQL;
}

/** A `groupBy` dimension: its text key, and the company id when the dimension is a company. */
export interface DimensionDef extends DimensionSpec {
  key: SQL;
  companyId?: SQL;
}

export interface ConnectionAggregateSpec {
  name: string;
  measures: MeasureDef[];
  dimensions: DimensionDef[];
  /** Per reason, the condition that leaves a row out of some statistics. */
  excluded: Record<string, SQL>;
  /** The row's money goes through the published rate of its `fx_rate_id` (joined as `agg_fx`). */
  fx?: { currency: AnyPgColumn; fxRateId: AnyPgColumn };
  method: string;
}

/** The published rate joined for a row's money (see connection-aggregate.queries.ts). */
export const aggFx = alias(fxRates, "agg_fx");
const usd = (currency: AnyPgColumn, amount: AnyPgColumn) => usdValue(amount, currency, aggFx);
const noRate = (currency: AnyPgColumn, amount: AnyPgColumn) => lacksFxRate(amount, currency, aggFx);
const dimCompany = alias(companies, "dim_c");

const slug = (id: AnyPgColumn) => sql`(select ${dimCompany.slug} from ${tableRef(dimCompany)} where ${dimCompany.id} = ${id})`;
const company = (name: string, id: AnyPgColumn, description: string): DimensionDef => ({ name, description, key: slug(id), companyId: sql`${id}` });

/**
 * MONTH / QUARTER / YEAR of a date column. A date known only to the year has no month or quarter
 * (null): its stored first day of the year must not land it in January.
 */
function periods(day: AnyPgColumn, precision: AnyPgColumn | null, what: string): DimensionDef[] {
  const unlessYear = (expr: SQL) => (precision ? sql`case when ${precision}::text = 'YEAR' then null else ${expr} end` : expr);
  return [
    { name: "MONTH", description: `Calendar month of ${what} (\`2025-11\`).`, key: unlessYear(sql`to_char(${day}, 'YYYY-MM')`) },
    { name: "QUARTER", description: `Calendar quarter of ${what} (\`2025-Q4\`).`, key: unlessYear(sql`to_char(${day}, 'YYYY-"Q"Q')`) },
    { name: "YEAR", description: `Calendar year of ${what} (\`2025\`).`, key: sql`to_char(${day}, 'YYYY')` },
  ];
}

const d = deals;
export const dealAggregateSpec: ConnectionAggregateSpec = {
  name: "Deal",
  fx: { currency: d.currency, fxRateId: d.fxRateId },
  measures: [
    { name: "totalValueUsd", description: "Contract value over the initial term, in USD (cumulative and extension values are never included).", sql: usd(d.currency, d.totalValue) },
    { name: "annualizedRevenueUsd", description: "Annualized revenue as stated (USD; see each deal's basis).", sql: sql`${d.annualizedRevenueUsd}` },
    { name: "termMonths", description: "Initial term in months.", sql: sql`${d.termMonths}` },
    { name: "itLoadMw", description: "Critical IT load (MW).", sql: sql`${d.itLoadMw}` },
    { name: "grossMw", description: "Gross power (MW).", sql: sql`${d.grossMw}` },
    { name: "prepaymentPct", description: "Share prepaid (percent).", sql: sql`${d.prepaymentPct}` },
  ],
  dimensions: [
    company("PROVIDER", d.providerId, "The miner providing the capacity."),
    company("CUSTOMER", d.customerId, "The customer (null when not one company in the database)."),
    { name: "KIND", description: "The deal kind.", key: sql`${d.kind}::text` },
    ...periods(d.announcedOn, d.announcedPrecision, "the announcement"),
  ],
  excluded: { NO_FX_RATE: noRate(d.currency, d.totalValue) },
  method: "Money in USD at each row's published rate (rows in a currency without one are left out of totalValueUsd: NO_FX_RATE); avg, min and max skip nulls.",
};

const b = creditBackstops;
export const backstopAggregateSpec: ConnectionAggregateSpec = {
  name: "CreditBackstop",
  fx: { currency: b.currency, fxRateId: b.fxRateId },
  measures: [
    {
      name: "amountUsd",
      description: "Guaranteed amount in USD; reported totals (isReportedTotal) are left out so increments are never double-counted.",
      sql: sql`case when not ${b.isReportedTotal} then ${usd(b.currency, b.amount)} end`,
    },
    { name: "warrantShares", description: "Warrant shares granted with the backstop.", sql: sql`${b.warrantShares}` },
    { name: "equityStakePct", description: "The guarantor's pro-forma equity stake (percent; cumulative figures, do not add).", sql: sql`${b.equityStakePct}` },
  ],
  dimensions: [
    company("GUARANTOR", b.guarantorId, "The guarantor."),
    company("BENEFICIARY", b.beneficiaryId, "The miner that benefits (null for reported totals over several miners)."),
    ...periods(b.announcedOn, b.announcedPrecision, "the announcement"),
  ],
  excluded: { REPORTED_TOTAL: sql`${b.isReportedTotal}`, NO_FX_RATE: sql`not ${b.isReportedTotal} and ${noRate(b.currency, b.amount)}` },
  method: "amountUsd sums increments in USD and leaves out reported totals (REPORTED_TOTAL) and currencies without a published rate (NO_FX_RATE); avg, min and max skip nulls.",
};

const br = bondRaises;
export const bondAggregateSpec: ConnectionAggregateSpec = {
  name: "BondRaise",
  fx: { currency: br.currency, fxRateId: br.fxRateId },
  measures: [
    { name: "amountUsd", description: "Amount raised in USD at the published rate (e.g. EUR 6.5B × 1.1514).", sql: usd(br.currency, br.amount) },
    { name: "orderBookDemandUsd", description: "Peak order-book demand (USD).", sql: sql`${br.orderBookDemandUsd}` },
    { name: "initialTargetUsd", description: "Initially targeted size (USD).", sql: sql`${br.initialTargetUsd}` },
    { name: "tranches", description: "Number of tranches.", sql: sql`${br.tranches}` },
  ],
  dimensions: [
    company("ISSUER", br.issuerId, "The issuer."),
    { name: "CURRENCY", description: "Currency of issue.", key: sql`${br.currency}::text` },
    ...periods(br.pricedOn, br.pricedPrecision, "pricing"),
  ],
  excluded: { NO_FX_RATE: noRate(br.currency, br.amount) },
  method: "amountUsd converts each sale at its linked published rate, rounded to cents; sales in a currency without one are left out of it (NO_FX_RATE).",
};

const r = revenueReports;
export const revenueAggregateSpec: ConnectionAggregateSpec = {
  name: "RevenueReport",
  fx: { currency: r.currency, fxRateId: r.fxRateId },
  measures: [
    { name: "totalRevenueUsd", description: "Total revenue (USD).", sql: usd(r.currency, r.totalRevenue) },
    { name: "miningRevenueUsd", description: "Mining revenue (USD).", sql: usd(r.currency, r.miningRevenue) },
    { name: "aiHpcRevenueUsd", description: "AI/HPC revenue (USD).", sql: usd(r.currency, r.aiHpcRevenue) },
    { name: "otherRevenueUsd", description: "Other revenue (USD).", sql: usd(r.currency, r.otherRevenue) },
  ],
  dimensions: [
    company("COMPANY", r.companyId, "The reporting company."),
    { name: "PERIOD", description: "Period length (QUARTER or YEAR): group by it before summing, a year overlaps its quarters.", key: sql`${r.period}::text` },
    ...periods(r.periodEnd, null, "the period end"),
  ],
  excluded: { NO_FX_RATE: noRate(r.currency, r.totalRevenue) },
  method: "Revenue in USD at each report's published rate (none on file: NO_FX_RATE); a fiscal year overlaps its quarters, so group by PERIOD before adding.",
};

const m = stockMoves;
export const moveAggregateSpec: ConnectionAggregateSpec = {
  name: "StockMove",
  measures: [
    { name: "changePct", description: "Change in percent (unresolved moves have none).", sql: sql`${m.changePct}` },
    { name: "priceUsd", description: "Share price reported with the move (USD).", sql: sql`${m.priceUsd}` },
  ],
  dimensions: [
    company("COMPANY", m.companyId, "The company (null for sector indexes)."),
    { name: "WINDOW", description: "The window the move is measured over.", key: sql`${m.window}::text` },
    ...periods(m.on, null, "the trading day"),
  ],
  excluded: { UNRESOLVED: sql`${m.changePct} is null` },
  method: "Statistics of changePct skip unresolved moves (UNRESOLVED); mixing windows (DAY, YTD) is rarely meaningful: group by WINDOW.",
};

export const CONNECTION_AGGREGATE_SPECS = [dealAggregateSpec, backstopAggregateSpec, bondAggregateSpec, revenueAggregateSpec, moveAggregateSpec];
