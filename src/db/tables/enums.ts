import { pgEnum } from "drizzle-orm/pg-core";

/** Every kind of fact Gigawatt stores; the `facts` table is their common identity. */
export const factTypeEnum = pgEnum("fact_type", [
  "COMPANY",
  "SITE",
  "CAPACITY_REPORT",
  "DEAL",
  "CREDIT_BACKSTOP",
  "BOND_RAISE",
  "INVESTMENT_PLAN",
  "REVENUE_REPORT",
  "STOCK_MOVE",
  "MARKET_INDICATOR",
]);

export const datePrecisionEnum = pgEnum("date_precision", ["DAY", "MONTH", "YEAR"]);

export const sourceKindEnum = pgEnum("source_kind", [
  "SEED_ARTICLE",
  "SYNDICATION",
  "FILING",
  "PRESS_RELEASE",
  "NEWS",
  "ANALYST_NOTE",
  "DATA_VENDOR",
  "REFERENCE_RATE",
  "OTHER",
]);

export const companyKindEnum = pgEnum("company_kind", [
  "MINER",
  "HYPERSCALER",
  "AI_CLOUD",
  "AI_LAB",
  "CHIPMAKER",
  "FINANCIER",
  "OTHER",
]);

export const capacityScopeEnum = pgEnum("capacity_scope", ["COMPANY", "SECTOR"]);

export const capacityBasisEnum = pgEnum("capacity_basis", ["CURRENT", "PLANNED"]);

export const dealKindEnum = pgEnum("deal_kind", [
  "CLOUD_SERVICES",
  "COLOCATION_LEASE",
  "POWERED_SHELL_LEASE",
  "JV_HOSTING",
  "OTHER",
]);

export const annualizedBasisEnum = pgEnum("annualized_basis", ["STATED", "COMPANY_TARGET"]);

export const revenuePeriodEnum = pgEnum("revenue_period", ["QUARTER", "YEAR"]);

export const moveWindowEnum = pgEnum("move_window", [
  "PREMARKET",
  "INTRADAY",
  "DAY",
  "CLOSE",
  "YTD",
]);
