import { sql, type SQL } from "drizzle-orm";
import { tableRef } from "./table-ref";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";

/** The `fx_rates` table or an alias of it (drizzle's `alias(fxRates, "fx")`): typed columns, so a rename breaks compilation. */
export type FxTable = PgTable & { id: AnyPgColumn; base: AnyPgColumn; quote: AnyPgColumn; rate: AnyPgColumn };

/**
 * The published rate linked from a money row: only a base→USD rate in the row's own currency
 * (a rate linked by mistake for another currency never converts anything).
 */
export function fxRateJoin(fx: FxTable, fxRateId: AnyPgColumn, currency: AnyPgColumn): SQL {
  return sql`left join ${tableRef(fx)} on ${fx.id} = ${fxRateId} and ${fx.base} = ${currency} and ${fx.quote} = 'USD'`;
}

/**
 * USD value of a money amount, like `Money.usd`: as is for USD; at the joined published rate
 * otherwise, rounded to cents; null when the currency has no rate on file (never a guessed rate).
 */
export function usdValue(amount: AnyPgColumn | SQL, currency: AnyPgColumn, fx: FxTable): SQL {
  return sql`(case when ${currency} = 'USD' then ${amount} when ${fx.rate} is not null then round(${amount} * ${fx.rate}, 2) end)`;
}

/** True when an amount is stated in a currency with no published rate joined (NO_FX_RATE). */
export function lacksFxRate(amount: AnyPgColumn | SQL, currency: AnyPgColumn, fx: FxTable): SQL {
  return sql`(${currency} <> 'USD' and ${fx.rate} is null and ${amount} is not null)`;
}
