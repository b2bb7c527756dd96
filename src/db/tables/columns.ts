import { sql, type SQL } from "drizzle-orm";
import { bigint, char, date, numeric, type AnyPgColumn } from "drizzle-orm/pg-core";
import { datePrecisionEnum } from "./enums";
import { facts } from "./core";

/** Primary key shared with `facts.id` (table-per-type: the fact row is written first). */
export const factId = () =>
  bigint("id", { mode: "number" })
    .primaryKey()
    .references(() => facts.id, { onDelete: "cascade" });

/**
 * The first day from which a fact counts as public for `asOf`: the reported day, or the last
 * day of the month/year when only that is known, or the earliest dated source that reports it.
 * Null when no date is known: such a fact counts only in the present view.
 */
export const publicOn = () => date("public_on", { mode: "string" });

/**
 * When the row stopped being the latest revision, maintained by the database (migration 0002:
 * triggers on this table and on `facts`): the earliest `public_on` of the same-table facts that
 * supersede it, `-infinity` when one of them has no date (it counts in the present view at once),
 * null while nothing supersedes it. The present view is then `superseded_on is null or
 * superseded_on > today`, a test on the row itself instead of an anti-join per row.
 */
export const supersededOn = () => date("superseded_on", { mode: "string" });

export const precision = (name: string) => datePrecisionEnum(name);

export const money = (name: string) => numeric(name, { precision: 20, scale: 2, mode: "number" });
export const megawatts = (name: string) => numeric(name, { precision: 12, scale: 3, mode: "number" });
export const percent = (name: string) => numeric(name, { precision: 9, scale: 4, mode: "number" });
export const currency = () => char("currency", { length: 3 }).notNull().default("USD");
export const dateCol = (name: string) => date(name, { mode: "string" });

export const nonNegative = (col: AnyPgColumn): SQL => sql`${col} IS NULL OR ${col} >= 0`;
export const currencyCode = (col: AnyPgColumn): SQL => sql`${col} ~ '^[A-Z]{3}$'`;
