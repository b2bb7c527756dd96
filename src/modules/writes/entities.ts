import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import {
  bondRaises,
  capacityReports,
  companies,
  creditBackstops,
  deals,
  investmentPlans,
  marketIndicators,
  revenueReports,
  sites,
  sources,
  stockMoves,
} from "../../db/tables";
import type { FactType } from "../../db/fact-select";
import type { NodeType } from "../../shared/global-id";
import { CompanyKind } from "../companies/company.type";
import { AnnualizedRevenueBasis, DealKind } from "../deals/deal.type";
import { CapacityBasis, CapacityScope } from "../market/capacity.type";
import { MoveWindow } from "../market/move.type";
import { RevenuePeriod } from "../market/revenue.type";
import { SourceKind } from "../sources/source.type";
import type { FieldProblem, FieldSpec } from "./fields";

/**
 * Everything the one write service needs to know about a writable type. The service is generic;
 * an entity is its table, its fields, the date that makes it public and its cross-field rules.
 */
export interface EntityDescriptor {
  typename: NodeType;
  /** The payload's field for the record (`deal`, `creditBackstop`, ...). */
  field: string;
  /** null for sources, which are not facts. */
  factType: FactType | null;
  table: PgTable & { id: AnyPgColumn };
  keyPrefix: string;
  fields: FieldSpec[];
  /** The fact's own date for `public_on` (the seed's rule): an event is public that day, a measured figure once reported. */
  ownDate?: { on: string; precision?: string; kind: "event" | "measured" };
  /** Rules across fields (the table's CHECK constraints, said in words before the database would refuse). */
  check?: (row: Record<string, unknown>) => FieldProblem[];
  /** Revised in place (companies, sources: other rows point at them) rather than by a superseding record. */
  inPlace?: boolean;
  /** Columns that must be unique among rows (companies: slug, ticker). */
  unique?: string[];
  /** The country columns a write can change the sector of (besides the companies it names). */
  countryField?: string;
}

const t = (name: string, description: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, kind: "text", description, ...extra });
const f = (name: string, kind: FieldSpec["kind"], description: string, extra: Partial<FieldSpec> = {}): FieldSpec => ({ name, kind, description, ...extra });
const company = (name: string, description: string, required = false): FieldSpec => ({ name, kind: "ref", ref: "Company", description, required });
const money = (name: string, description: string) => f(name, "money", description);
const problem = (field: string, message: string): FieldProblem => ({ field: `input.${field}`, message, code: "INVALID" });

const currency = f("currency", "currency", "ISO 4217 code of the amounts (default USD). Non-USD amounts have no USD value until an FX rate is linked.");

export const DEAL: EntityDescriptor = {
  typename: "Deal",
  field: "deal",
  factType: "DEAL",
  table: deals,
  keyPrefix: "D",
  ownDate: { on: "announcedOn", precision: "announcedPrecision", kind: "event" },
  fields: [
    company("providerId", "The miner or host providing the capacity (Company ID).", true),
    company("customerId", "The customer (Company ID), when it is a company on file."),
    t("counterpartyText", "The counterparty in the source's words when it is not a company on file."),
    company("endCustomerId", "The end customer behind the customer (Company ID)."),
    t("endCustomerText", "The end customer in the source's words."),
    f("siteId", "ref", "The campus the deal uses (Site ID).", { ref: "Site" }),
    f("kind", "enum", "Kind of contract.", { enumType: DealKind, required: true }),
    t("typeText", "The contract type in the source's words."),
    currency,
    money("totalValue", "Total contract value in `currency`."),
    money("cumulativeValue", "Cumulative value with earlier contracts, when reported."),
    t("cumulativeNote", "What the cumulative value covers."),
    money("extensionValue", "Value of an extension option."),
    t("extensionNote", "The extension in words."),
    f("termMonths", "int", "Term in months."),
    t("termNote", "The term in the source's words."),
    f("itLoadMw", "mw", "Critical IT load in MW."),
    t("itLoadNote", "The IT load in the source's words."),
    f("grossMw", "mw", "Gross power in MW."),
    t("gpuModel", "GPU model (e.g. GB300)."),
    f("prepaymentPct", "pct", "Prepayment as a percentage of the total value."),
    money("annualizedRevenueUsd", "Annualized revenue in USD, when stated."),
    f("annualizedRevenueBasis", "enum", "Where the annualized revenue comes from.", { enumType: AnnualizedRevenueBasis }),
    t("annualizedRevenueNote", "The annualized revenue in words."),
    money("annualNoiUsd", "Annual net operating income in USD."),
    t("annualNoiNote", "The NOI in words."),
    f("ownershipPct", "pct", "Ownership share, for joint ventures."),
    t("ownershipNote", "The ownership in words."),
    t("deliveryTiming", "When capacity is delivered, in words."),
    t("relatedCapex", "Related capital expenditure, in words."),
    f("contractOn", "date", "Day the contract was signed."),
    f("announcedOn", "date", "Day (or first day of the month/year) the deal was announced."),
    f("announcedPrecision", "precision", "How precisely `announcedOn` is known (default DAY)."),
  ],
};

export const CREDIT_BACKSTOP: EntityDescriptor = {
  typename: "CreditBackstop",
  field: "creditBackstop",
  factType: "CREDIT_BACKSTOP",
  table: creditBackstops,
  keyPrefix: "B",
  ownDate: { on: "announcedOn", precision: "announcedPrecision", kind: "event" },
  fields: [
    company("guarantorId", "The guarantor (Company ID).", true),
    company("beneficiaryId", "The beneficiary, usually the miner (Company ID)."),
    t("beneficiaryText", "The beneficiary in the source's words."),
    company("obligorId", "The tenant whose obligations are guaranteed (Company ID)."),
    f("dealId", "ref", "The lease the backstop guarantees (Deal ID).", { ref: "Deal" }),
    f("incrementOfId", "ref", "The earlier backstop of the same relationship this one adds to (CreditBackstop ID).", { ref: "CreditBackstop" }),
    f("isReportedTotal", "bool", "true for a reported total over other records (never summed with them)."),
    currency,
    money("amount", "Guaranteed amount in `currency`."),
    t("amountType", "The amount in the source's words (e.g. `up to`)."),
    money("cumulativeAmountForBeneficiary", "Cumulative guarantees for the beneficiary, when reported."),
    t("coverage", "What the guarantee covers."),
    f("warrantShares", "count", "Warrant shares the guarantor received."),
    f("equityStakePct", "pct", "Equity stake of the guarantor in percent."),
    t("equityStakeNote", "The stake in words."),
    f("announcedOn", "date", "Day (or first day of the month/year) the backstop was announced."),
    f("announcedPrecision", "precision", "How precisely `announcedOn` is known (default DAY)."),
  ],
};

export const BOND_RAISE: EntityDescriptor = {
  typename: "BondRaise",
  field: "bondRaise",
  factType: "BOND_RAISE",
  table: bondRaises,
  keyPrefix: "BR",
  ownDate: { on: "pricedOn", precision: "pricedPrecision", kind: "event" },
  fields: [
    company("issuerId", "The issuer (Company ID).", true),
    t("market", "The bond market (e.g. USD, EUR)."),
    currency,
    money("amount", "Amount raised in `currency`.", ),
    f("tranches", "int", "Number of tranches."),
    t("maturities", "Maturities in words."),
    money("orderBookDemandUsd", "Order-book demand in USD."),
    t("orderBookNote", "The order book in words."),
    money("initialTargetUsd", "The initial target in USD."),
    f("pricedOn", "date", "Day (or first day of the month/year) the bonds were priced."),
    f("pricedPrecision", "precision", "How precisely `pricedOn` is known (default DAY)."),
    t("pricedNote", "The pricing date in words."),
    f("settledOn", "date", "Settlement day."),
  ].map((x) => (x.name === "amount" ? { ...x, required: true } : x)),
};

export const INVESTMENT_PLAN: EntityDescriptor = {
  typename: "InvestmentPlan",
  field: "investmentPlan",
  factType: "INVESTMENT_PLAN",
  table: investmentPlans,
  keyPrefix: "P",
  ownDate: { on: "announcedOn", precision: "announcedPrecision", kind: "event" },
  fields: [
    company("companyId", "The single company behind the plan, when there is one (Company ID)."),
    f("companyIds", "refs", "Every company named, in the order reported (Company IDs).", { ref: "Company" }),
    t("plannerText", "The planner in the source's words when it is not one company."),
    money("amountUsd", "Amount in USD (often `up to`)."),
    t("amountType", "The amount in the source's words."),
    t("description", "What the plan is."),
    f("capacityMw", "mw", "Capacity added in MW."),
    t("capacityNote", "The capacity in words."),
    t("region", "Region (e.g. a US state)."),
    f("jobs", "count", "Jobs announced."),
    t("jobsNote", "The jobs in words."),
    t("constructionStart", "When construction starts, in words."),
    f("announcedOn", "date", "Day (or first day of the month/year) the plan was announced."),
    f("announcedPrecision", "precision", "How precisely `announcedOn` is known (default DAY)."),
  ],
  check: (r) => (r.companyId == null && (r.companyIds as unknown[] | null)?.length == null && r.plannerText == null ? [problem("companyId", "Name the company (companyId or companyIds) or the planner (plannerText).")] : []),
};

export const REVENUE_REPORT: EntityDescriptor = {
  typename: "RevenueReport",
  field: "revenueReport",
  factType: "REVENUE_REPORT",
  table: revenueReports,
  keyPrefix: "R",
  ownDate: { on: "periodEnd", kind: "measured" },
  fields: [
    company("companyId", "The reporting company (Company ID).", true),
    f("period", "enum", "QUARTER or YEAR.", { enumType: RevenuePeriod, required: true }),
    f("periodStart", "date", "First day of the period.", { required: true }),
    f("periodEnd", "date", "Last day of the period.", { required: true }),
    t("fiscalLabel", "The period as the company names it (e.g. FY26 Q1)."),
    currency,
    money("totalRevenue", "Total revenue in `currency`."),
    money("miningRevenue", "Bitcoin-mining revenue."),
    money("aiHpcRevenue", "AI/HPC revenue."),
    money("otherRevenue", "Other revenue."),
  ],
  check: (r) => (r.periodStart && r.periodEnd && String(r.periodEnd) < String(r.periodStart) ? [problem("periodEnd", "Must not be before periodStart.")] : []),
};

export const CAPACITY_REPORT: EntityDescriptor = {
  typename: "CapacityReport",
  field: "capacityReport",
  factType: "CAPACITY_REPORT",
  table: capacityReports,
  keyPrefix: "CAP",
  ownDate: { on: "reportedOn", precision: "reportedPrecision", kind: "measured" },
  countryField: "country",
  fields: [
    f("scope", "enum", "COMPANY (one company's figure) or SECTOR.", { enumType: CapacityScope, required: true }),
    f("basis", "enum", "CURRENT (in hand, default) or PLANNED.", { enumType: CapacityBasis }),
    company("companyId", "The company, for scope COMPANY (Company ID); none for SECTOR."),
    f("country", "country", "Country of the figure (ISO 3166-1 alpha-2)."),
    t("regionNote", "The region in the source's words."),
    f("capacityMw", "mw", "Capacity in MW."),
    t("qualifier", "Qualifier (e.g. `approximately`)."),
    t("metric", "What is measured (e.g. power capacity)."),
    f("reportedOn", "date", "Day (or first day of the month/year) the figure is as of."),
    f("reportedPrecision", "precision", "How precisely `reportedOn` is known (default DAY)."),
  ],
  check: (r) =>
    (r.scope === "COMPANY") !== (r.companyId != null) ? [problem("companyId", "A COMPANY-scope report names its company; a SECTOR one names none.")] : [],
};

export const STOCK_MOVE: EntityDescriptor = {
  typename: "StockMove",
  field: "stockMove",
  factType: "STOCK_MOVE",
  table: stockMoves,
  keyPrefix: "M",
  ownDate: { on: "on", kind: "event" },
  fields: [
    company("companyId", "The company (Company ID); none for a sector index."),
    t("symbol", "Ticker or index name as reported.", { required: true, upper: true }),
    f("isIndex", "bool", "true for a sector index."),
    f("on", "date", "Trading day.", { required: true }),
    f("window", "enum", "The window of the move.", { enumType: MoveWindow, required: true }),
    t("moveType", "The move type in the source's words (default: the window).") ,
    f("changePct", "number", "Change in percent (13.84 is +13.84%).", { max: 100_000 }),
    f("unresolved", "bool", "true when sources conflict."),
    f("priceUsd", "money", "Share price in USD.", { max: 1e9 }),
    t("context", "Context in words."),
  ],
};

export const MARKET_INDICATOR: EntityDescriptor = {
  typename: "MarketIndicator",
  field: "marketIndicator",
  factType: "MARKET_INDICATOR",
  table: marketIndicators,
  keyPrefix: "I",
  ownDate: { on: "asOf", precision: "asOfPrecision", kind: "measured" },
  fields: [
    t("name", "The metric's name (e.g. Puell Multiple).", { required: true }),
    t("provider", "Who publishes it (e.g. CryptoQuant).", { required: true }),
    f("value", "number", "The value."),
    f("valueLow", "number", "Low end of a reported range."),
    f("valueHigh", "number", "High end of a reported range."),
    t("unit", "Unit (e.g. ratio, %, BTC).", { required: true }),
    t("qualifier", "Qualifier in words."),
    f("asOf", "date", "Day (or first day of the month/year) the value was observed."),
    f("asOfPrecision", "precision", "How precisely `asOf` is known (default DAY)."),
    t("asOfNote", "The observation date in words."),
  ],
  check: (r) => (r.valueLow != null && r.valueHigh != null && Number(r.valueLow) > Number(r.valueHigh) ? [problem("valueHigh", "Must not be below valueLow.")] : []),
};

export const SITE: EntityDescriptor = {
  typename: "Site",
  field: "site",
  factType: "SITE",
  table: sites,
  keyPrefix: "S",
  ownDate: { on: "reportedOn", precision: "reportedPrecision", kind: "measured" },
  countryField: "country",
  fields: [
    company("companyId", "The owner or operator (Company ID).", true),
    t("name", "Campus name.", { required: true }),
    t("city", "City."),
    t("region", "Region (e.g. a US state code)."),
    f("country", "country", "Country (ISO 3166-1 alpha-2).", { required: true }),
    f("powerCapacityMw", "mw", "Grid power capacity in MW."),
    t("capacityType", "What the capacity figure is (e.g. interconnection)."),
    t("use", "What the site is used for (mining, AI/HPC, ...)."),
    f("reportedOn", "date", "Day (or first day of the month/year) the capacity is as of."),
    f("reportedPrecision", "precision", "How precisely `reportedOn` is known (default DAY)."),
  ],
};

export const COMPANY: EntityDescriptor = {
  typename: "Company",
  field: "company",
  factType: "COMPANY",
  table: companies,
  keyPrefix: "C",
  inPlace: true,
  unique: ["slug", "ticker"],
  countryField: "country",
  fields: [
    t("slug", "URL-friendly unique name (lower-case letters, digits, dashes).", { required: true }),
    t("name", "Name.", { required: true }),
    t("ticker", "Ticker (unique).", { upper: true }),
    t("exchange", "Exchange (e.g. NASDAQ)."),
    f("kind", "enum", "What the company is.", { enumType: CompanyKind, required: true }),
    t("role", "Its role in the story, in words."),
    t("hqCity", "Headquarters city."),
    f("country", "country", "Headquarters country (ISO 3166-1 alpha-2)."),
    money("reportedAiRevenueUsd", "Reported AI revenue in USD."),
    t("reportedAiRevenueBasis", "What the reported AI revenue covers."),
    f("reportedAiRevenueOn", "date", "Day the AI revenue was reported."),
  ],
  check: (r) => (r.slug != null && !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(String(r.slug)) ? [problem("slug", "Lower-case letters and digits separated by single dashes.")] : []),
};

export const SOURCE: EntityDescriptor = {
  typename: "Source",
  field: "source",
  factType: null,
  table: sources,
  keyPrefix: "SRC",
  inPlace: true,
  fields: [
    t("title", "Title as published.", { required: true }),
    t("publisher", "Publisher.", { required: true }),
    f("url", "url", "Where the document was read (http or https).", { required: true }),
    f("publishedOn", "date", "Publication day.", { required: true }),
    f("kind", "enum", "Kind of document (default NEWS).", { enumType: SourceKind }),
    t("note", "Caveats about this source."),
  ],
};

/** Every writable type, in the order the mutations are listed. */
export const ENTITIES: EntityDescriptor[] = [DEAL, CREDIT_BACKSTOP, BOND_RAISE, INVESTMENT_PLAN, REVENUE_REPORT, CAPACITY_REPORT, STOCK_MOVE, MARKET_INDICATOR, SITE, COMPANY, SOURCE];

export const ENTITY_BY_TYPENAME = new Map(ENTITIES.map((e) => [e.typename, e]));
