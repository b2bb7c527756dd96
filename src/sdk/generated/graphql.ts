/* eslint-disable */
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A country code as defined by ISO 3166-1 alpha-2 */
  CountryCode: { input: string; output: string; }
  /** A field whose value is a Currency: https://en.wikipedia.org/wiki/ISO_4217. */
  Currency: { input: string; output: string; }
  /** A calendar day written `YYYY-MM-DD` (ISO 8601), with no time zone. Example: `2025-11-03`. */
  Date: { input: string; output: string; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A date as precisely as the source reports it: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`. A month or a year is never padded to a made-up day. */
  PartialDate: { input: string; output: string; }
  /** A field whose value conforms to the standard URL format as specified in RFC3986: https://www.ietf.org/rfc/rfc3986.txt. */
  URL: { input: string; output: string; }
};

/** What an annualized revenue figure is. */
export type AnnualizedRevenueBasis =
  /** A company target across several customers; not this contract's own figure. */
  | 'COMPANY_TARGET'
  /** Annualized revenue of this contract as stated by the company or press. */
  | 'STATED';

/** What a write did. */
export type AuditAction =
  /** A new record. */
  | 'CREATE'
  /** The record was withdrawn, with a reason; it stays visible to `asOf`/`knownAt` from before. */
  | 'RETRACT'
  /** A new revision that supersedes the record's previous one (facts). */
  | 'REVISE'
  /** A company or source edited in place (the audit entry keeps the values before). */
  | 'UPDATE';

/** A dimension to group BondRaises by in `aggregate(groupBy:)`. */
export type BondRaiseGroupBy =
  /** Currency of issue. */
  | 'CURRENCY'
  /** The issuer. */
  | 'ISSUER'
  /** Calendar month of pricing (`2025-11`). */
  | 'MONTH'
  /** Calendar quarter of pricing (`2025-Q4`). */
  | 'QUARTER'
  /** Calendar year of pricing (`2025`). */
  | 'YEAR';

/** Values of a BondRaise: every field on create (required ones say so), only those that change on revise (null clears). */
export type BondRaiseInput = {
  /** Amount raised in `currency`. Required on create. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** ISO 4217 code of the amounts (default USD). Non-USD amounts have no USD value until an FX rate is linked. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The initial target in USD. */
  initialTargetUsd?: InputMaybe<Scalars['Float']['input']>;
  /** The issuer (Company ID). Required on create. */
  issuerId?: InputMaybe<Scalars['ID']['input']>;
  /** The bond market (e.g. USD, EUR). */
  market?: InputMaybe<Scalars['String']['input']>;
  /** Maturities in words. */
  maturities?: InputMaybe<Scalars['String']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Order-book demand in USD. */
  orderBookDemandUsd?: InputMaybe<Scalars['Float']['input']>;
  /** The order book in words. */
  orderBookNote?: InputMaybe<Scalars['String']['input']>;
  /** The pricing date in words. */
  pricedNote?: InputMaybe<Scalars['String']['input']>;
  /** Day (or first day of the month/year) the bonds were priced. */
  pricedOn?: InputMaybe<Scalars['Date']['input']>;
  /** How precisely `pricedOn` is known (default DAY). */
  pricedPrecision?: InputMaybe<DatePrecision>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** Settlement day. */
  settledOn?: InputMaybe<Scalars['Date']['input']>;
  /** Number of tranches. */
  tranches?: InputMaybe<Scalars['Int']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key for bond raises. */
export type BondRaiseOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: BondRaiseOrderField;
};

/** Sortable bond raise fields. */
export type BondRaiseOrderField =
  /** Amount in the currency of issue, as reported (not converted to USD). */
  | 'AMOUNT'
  /** Natural key. */
  | 'KEY'
  /** Peak order-book demand in USD; unreported demand is null. */
  | 'ORDER_BOOK_DEMAND'
  /** Pricing day (month-precision dates sort as their first day). */
  | 'PRICED_ON';

/** Filter for bond raises. Fields combine with AND; use `or`/`not` for more. */
export type BondRaiseWhere = {
  /** By amount, in the currency of issue (not converted). */
  amount?: InputMaybe<FloatFilter>;
  /** All of these must hold. */
  and?: InputMaybe<Array<BondRaiseWhere>>;
  /** By ISO 4217 currency of issue (e.g. `{ eq: "EUR" }`). */
  currency?: InputMaybe<StringFilter>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** By the issuer, e.g. `{ ticker: { eq: "META" } }`. */
  issuer?: InputMaybe<CompanyWhere>;
  /** By natural key (e.g. `BOND-META-2025-10`). */
  key?: InputMaybe<StringFilter>;
  /** This must not hold. */
  not?: InputMaybe<BondRaiseWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<BondRaiseWhere>>;
  /** By pricing day (month-precision dates compare as their first day). */
  pricedOn?: InputMaybe<DateFilter>;
  /** By the day the bond raise became public. */
  publicOn?: InputMaybe<DateFilter>;
};

/** Conditions on a true/false value. */
export type BooleanFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Boolean']['input']>;
  /** true: the value is unknown (null); false: it is known. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
};

/** Whether a capacity figure is in hand or planned. */
export type CapacityBasis =
  /** Capacity controlled or secured at the report date. */
  | 'CURRENT'
  /** Capacity planned or in the pipeline, not yet in hand. */
  | 'PLANNED';

/** Conditions on a capacity basis. */
export type CapacityBasisFilter = {
  /** Equal to. */
  eq?: InputMaybe<CapacityBasis>;
  /** One of these bases. */
  in?: InputMaybe<Array<CapacityBasis>>;
  /** None of these bases. */
  notIn?: InputMaybe<Array<CapacityBasis>>;
};

/** Values of a CapacityReport: every field on create (required ones say so), only those that change on revise (null clears). */
export type CapacityReportInput = {
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** CURRENT (in hand, default) or PLANNED. */
  basis?: InputMaybe<CapacityBasis>;
  /** Capacity in MW. */
  capacityMw?: InputMaybe<Scalars['Float']['input']>;
  /** The company, for scope COMPANY (Company ID); none for SECTOR. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Country of the figure (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** What is measured (e.g. power capacity). */
  metric?: InputMaybe<Scalars['String']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** Qualifier (e.g. `approximately`). */
  qualifier?: InputMaybe<Scalars['String']['input']>;
  /** The region in the source's words. */
  regionNote?: InputMaybe<Scalars['String']['input']>;
  /** Day (or first day of the month/year) the figure is as of. */
  reportedOn?: InputMaybe<Scalars['Date']['input']>;
  /** How precisely `reportedOn` is known (default DAY). */
  reportedPrecision?: InputMaybe<DatePrecision>;
  /** COMPANY (one company's figure) or SECTOR. Required on create. */
  scope?: InputMaybe<CapacityScope>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key for capacity reports. */
export type CapacityReportOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: CapacityReportOrderField;
};

/** Sortable capacity-report fields. */
export type CapacityReportOrderField =
  /** Capacity in MW. */
  | 'CAPACITY_MW'
  /** Natural key. */
  | 'KEY'
  /** Report date (month- or year-precision dates sort as their first day). */
  | 'REPORTED_ON';

/** Filter for capacity reports. Fields combine with AND; use `or`/`not` for more. */
export type CapacityReportWhere = {
  /** All of these must hold. */
  and?: InputMaybe<Array<CapacityReportWhere>>;
  /** By basis (current or planned). */
  basis?: InputMaybe<CapacityBasisFilter>;
  /** By capacity in MW. */
  capacityMw?: InputMaybe<FloatFilter>;
  /** By the company reported on (sector figures never match). */
  company?: InputMaybe<CompanyWhere>;
  /** By country code (null when the source does not confine the capacity to one country). */
  country?: InputMaybe<StringFilter>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** false (default): only the latest revision public by `asOf` of each report. true: earlier, superseded revisions too. Only meaningful at the top level of `where`; setting it true inside `and`/`or`/`not` is an error. */
  includeSuperseded?: InputMaybe<Scalars['Boolean']['input']>;
  /** By natural key (e.g. `CAP-IREN`). */
  key?: InputMaybe<StringFilter>;
  /** This must not hold. */
  not?: InputMaybe<CapacityReportWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<CapacityReportWhere>>;
  /** By the day the report became public. */
  publicOn?: InputMaybe<DateFilter>;
  /** By report day (month-precision dates compare as their first day). */
  reportedOn?: InputMaybe<DateFilter>;
  /** By scope (one company or a sector). */
  scope?: InputMaybe<CapacityScopeFilter>;
  /** By verification status. */
  verified?: InputMaybe<BooleanFilter>;
};

/** Whose power capacity a report measures. */
export type CapacityScope =
  /** One company's capacity (`company` is set). */
  | 'COMPANY'
  /** A whole sector's capacity, e.g. Bernstein's figure for bitcoin miners (`company` is null). */
  | 'SECTOR';

/** Conditions on a capacity scope. */
export type CapacityScopeFilter = {
  /** Equal to. */
  eq?: InputMaybe<CapacityScope>;
  /** One of these scopes. */
  in?: InputMaybe<Array<CapacityScope>>;
  /** None of these scopes. */
  notIn?: InputMaybe<Array<CapacityScope>>;
};

/** Values of a Company: every field on create (required ones say so), only those that change on revise (null clears). */
export type CompanyInput = {
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Headquarters country (ISO 3166-1 alpha-2). */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Exchange (e.g. NASDAQ). */
  exchange?: InputMaybe<Scalars['String']['input']>;
  /** Headquarters city. */
  hqCity?: InputMaybe<Scalars['String']['input']>;
  /** What the company is. Required on create. */
  kind?: InputMaybe<CompanyKind>;
  /** Name. Required on create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** What the reported AI revenue covers. */
  reportedAiRevenueBasis?: InputMaybe<Scalars['String']['input']>;
  /** Day the AI revenue was reported. */
  reportedAiRevenueOn?: InputMaybe<Scalars['Date']['input']>;
  /** Reported AI revenue in USD. */
  reportedAiRevenueUsd?: InputMaybe<Scalars['Float']['input']>;
  /** Its role in the story, in words. */
  role?: InputMaybe<Scalars['String']['input']>;
  /** URL-friendly unique name (lower-case letters, digits, dashes). Required on create. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** Ticker (unique). */
  ticker?: InputMaybe<Scalars['String']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The company's part in the miner-to-AI story. */
export type CompanyKind =
  /** An AI cloud or GPU provider leasing miner capacity (Fluidstack, CoreWeave, Core42). */
  | 'AI_CLOUD'
  /** An AI model developer (end customer of a lease). */
  | 'AI_LAB'
  /** A chip designer that leases capacity (AMD). */
  | 'CHIPMAKER'
  /** A bank, fund or other financier. */
  | 'FINANCIER'
  /** A large cloud and AI platform (Microsoft, Amazon, Alphabet, Meta, Oracle). */
  | 'HYPERSCALER'
  /** A bitcoin miner (including those pivoting to AI/HPC hosting). */
  | 'MINER'
  /** Anything else (e.g. an Ethereum-treasury company that once mined bitcoin). */
  | 'OTHER';

/** Conditions on a company kind. */
export type CompanyKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<CompanyKind>;
  /** One of these kinds. */
  in?: InputMaybe<Array<CompanyKind>>;
  /** None of these kinds. */
  notIn?: InputMaybe<Array<CompanyKind>>;
};

/** One sort key for companies. */
export type CompanyOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: CompanyOrderField;
};

/** Sortable company fields. */
export type CompanyOrderField =
  | 'KIND'
  | 'NAME'
  | 'SLUG'
  | 'TICKER';

/** Filter for companies; also used to filter other lists by a related company. */
export type CompanyWhere = {
  /** All of these must hold. */
  and?: InputMaybe<Array<CompanyWhere>>;
  /** By headquarters country code. */
  country?: InputMaybe<StringFilter>;
  /** By exchange. */
  exchange?: InputMaybe<StringFilter>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** By kind. */
  kind?: InputMaybe<CompanyKindFilter>;
  /** By name. */
  name?: InputMaybe<StringFilter>;
  /** This must not hold. */
  not?: InputMaybe<CompanyWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<CompanyWhere>>;
  /** By slug. */
  slug?: InputMaybe<StringFilter>;
  /** By ticker (e.g. `{ eq: "IREN" }`). */
  ticker?: InputMaybe<StringFilter>;
};

/** A dimension to group CreditBackstops by in `aggregate(groupBy:)`. */
export type CreditBackstopGroupBy =
  /** The miner that benefits (null for reported totals over several miners). */
  | 'BENEFICIARY'
  /** The guarantor. */
  | 'GUARANTOR'
  /** Calendar month of the announcement (`2025-11`). */
  | 'MONTH'
  /** Calendar quarter of the announcement (`2025-Q4`). */
  | 'QUARTER'
  /** Calendar year of the announcement (`2025`). */
  | 'YEAR';

/** Values of a CreditBackstop: every field on create (required ones say so), only those that change on revise (null clears). */
export type CreditBackstopInput = {
  /** Guaranteed amount in `currency`. */
  amount?: InputMaybe<Scalars['Float']['input']>;
  /** The amount in the source's words (e.g. `up to`). */
  amountType?: InputMaybe<Scalars['String']['input']>;
  /** Day (or first day of the month/year) the backstop was announced. */
  announcedOn?: InputMaybe<Scalars['Date']['input']>;
  /** How precisely `announcedOn` is known (default DAY). */
  announcedPrecision?: InputMaybe<DatePrecision>;
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** The beneficiary, usually the miner (Company ID). */
  beneficiaryId?: InputMaybe<Scalars['ID']['input']>;
  /** The beneficiary in the source's words. */
  beneficiaryText?: InputMaybe<Scalars['String']['input']>;
  /** What the guarantee covers. */
  coverage?: InputMaybe<Scalars['String']['input']>;
  /** Cumulative guarantees for the beneficiary, when reported. */
  cumulativeAmountForBeneficiary?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217 code of the amounts (default USD). Non-USD amounts have no USD value until an FX rate is linked. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The lease the backstop guarantees (Deal ID). */
  dealId?: InputMaybe<Scalars['ID']['input']>;
  /** The stake in words. */
  equityStakeNote?: InputMaybe<Scalars['String']['input']>;
  /** Equity stake of the guarantor in percent. */
  equityStakePct?: InputMaybe<Scalars['Float']['input']>;
  /** The guarantor (Company ID). Required on create. */
  guarantorId?: InputMaybe<Scalars['ID']['input']>;
  /** The earlier backstop of the same relationship this one adds to (CreditBackstop ID). */
  incrementOfId?: InputMaybe<Scalars['ID']['input']>;
  /** true for a reported total over other records (never summed with them). */
  isReportedTotal?: InputMaybe<Scalars['Boolean']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The tenant whose obligations are guaranteed (Company ID). */
  obligorId?: InputMaybe<Scalars['ID']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  /** Warrant shares the guarantor received. */
  warrantShares?: InputMaybe<Scalars['Int']['input']>;
};

/** One sort key for credit backstops. */
export type CreditBackstopOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: CreditBackstopOrderField;
};

/** Sortable credit backstop fields. */
export type CreditBackstopOrderField =
  /** Guaranteed amount, in the backstop's currency; undisclosed amounts are null. */
  | 'AMOUNT'
  /** Announcement day (month-precision dates sort as their first day). */
  | 'ANNOUNCED_ON'
  /** Natural key. */
  | 'KEY';

/** Filter for credit backstops. Fields combine with AND; use `or`/`not` for more. */
export type CreditBackstopWhere = {
  /** By amount, in the backstop's currency. */
  amount?: InputMaybe<FloatFilter>;
  /** All of these must hold. */
  and?: InputMaybe<Array<CreditBackstopWhere>>;
  /** By announcement day (month-precision dates compare as their first day). */
  announcedOn?: InputMaybe<DateFilter>;
  /** By the beneficiary (the miner); reported totals over several miners have none. */
  beneficiary?: InputMaybe<CompanyWhere>;
  /** By the global ID of the deal the backstop supports. */
  deal?: InputMaybe<IdFilter>;
  /** By the guarantor, e.g. `{ ticker: { eq: "GOOGL" } }`. */
  guarantor?: InputMaybe<CompanyWhere>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** Reported totals over other records (`{ eq: false }` keeps only records that may be summed). */
  isReportedTotal?: InputMaybe<BooleanFilter>;
  /** By natural key (e.g. `B-WULF-LM1`). */
  key?: InputMaybe<StringFilter>;
  /** This must not hold. */
  not?: InputMaybe<CreditBackstopWhere>;
  /** By the obligor (the tenant whose obligations are guaranteed). */
  obligor?: InputMaybe<CompanyWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<CreditBackstopWhere>>;
  /** By the day the backstop became public. */
  publicOn?: InputMaybe<DateFilter>;
};

/** Conditions on a calendar day. All given conditions must hold. */
export type DateFilter = {
  /** On this day. */
  eq?: InputMaybe<Scalars['Date']['input']>;
  /** After this day. */
  gt?: InputMaybe<Scalars['Date']['input']>;
  /** On or after this day. */
  gte?: InputMaybe<Scalars['Date']['input']>;
  /** On one of these days (at most 500). */
  in?: InputMaybe<Array<Scalars['Date']['input']>>;
  /** true: the date is unknown (null); false: it is known. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Before this day. */
  lt?: InputMaybe<Scalars['Date']['input']>;
  /** On or before this day. */
  lte?: InputMaybe<Scalars['Date']['input']>;
  /** Not on this day (NULLs do not match). */
  ne?: InputMaybe<Scalars['Date']['input']>;
};

/** How precisely a source dates a fact. */
export type DatePrecision =
  /** Known to the day. */
  | 'DAY'
  /** Known to the month only (the date is the month's first day). */
  | 'MONTH'
  /** Known to the year only (the date is January 1st). */
  | 'YEAR';

/** A dimension to group Deals by in `aggregate(groupBy:)`. */
export type DealGroupBy =
  /** The customer (null when not one company in the database). */
  | 'CUSTOMER'
  /** The deal kind. */
  | 'KIND'
  /** Calendar month of the announcement (`2025-11`). */
  | 'MONTH'
  /** The miner providing the capacity. */
  | 'PROVIDER'
  /** Calendar quarter of the announcement (`2025-Q4`). */
  | 'QUARTER'
  /** Calendar year of the announcement (`2025`). */
  | 'YEAR';

/** Values of a Deal: every field on create (required ones say so), only those that change on revise (null clears). */
export type DealInput = {
  /** Day (or first day of the month/year) the deal was announced. */
  announcedOn?: InputMaybe<Scalars['Date']['input']>;
  /** How precisely `announcedOn` is known (default DAY). */
  announcedPrecision?: InputMaybe<DatePrecision>;
  /** The NOI in words. */
  annualNoiNote?: InputMaybe<Scalars['String']['input']>;
  /** Annual net operating income in USD. */
  annualNoiUsd?: InputMaybe<Scalars['Float']['input']>;
  /** Where the annualized revenue comes from. */
  annualizedRevenueBasis?: InputMaybe<AnnualizedRevenueBasis>;
  /** The annualized revenue in words. */
  annualizedRevenueNote?: InputMaybe<Scalars['String']['input']>;
  /** Annualized revenue in USD, when stated. */
  annualizedRevenueUsd?: InputMaybe<Scalars['Float']['input']>;
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Day the contract was signed. */
  contractOn?: InputMaybe<Scalars['Date']['input']>;
  /** The counterparty in the source's words when it is not a company on file. */
  counterpartyText?: InputMaybe<Scalars['String']['input']>;
  /** What the cumulative value covers. */
  cumulativeNote?: InputMaybe<Scalars['String']['input']>;
  /** Cumulative value with earlier contracts, when reported. */
  cumulativeValue?: InputMaybe<Scalars['Float']['input']>;
  /** ISO 4217 code of the amounts (default USD). Non-USD amounts have no USD value until an FX rate is linked. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The customer (Company ID), when it is a company on file. */
  customerId?: InputMaybe<Scalars['ID']['input']>;
  /** When capacity is delivered, in words. */
  deliveryTiming?: InputMaybe<Scalars['String']['input']>;
  /** The end customer behind the customer (Company ID). */
  endCustomerId?: InputMaybe<Scalars['ID']['input']>;
  /** The end customer in the source's words. */
  endCustomerText?: InputMaybe<Scalars['String']['input']>;
  /** The extension in words. */
  extensionNote?: InputMaybe<Scalars['String']['input']>;
  /** Value of an extension option. */
  extensionValue?: InputMaybe<Scalars['Float']['input']>;
  /** GPU model (e.g. GB300). */
  gpuModel?: InputMaybe<Scalars['String']['input']>;
  /** Gross power in MW. */
  grossMw?: InputMaybe<Scalars['Float']['input']>;
  /** Critical IT load in MW. */
  itLoadMw?: InputMaybe<Scalars['Float']['input']>;
  /** The IT load in the source's words. */
  itLoadNote?: InputMaybe<Scalars['String']['input']>;
  /** Kind of contract. Required on create. */
  kind?: InputMaybe<DealKind>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The ownership in words. */
  ownershipNote?: InputMaybe<Scalars['String']['input']>;
  /** Ownership share, for joint ventures. */
  ownershipPct?: InputMaybe<Scalars['Float']['input']>;
  /** Prepayment as a percentage of the total value. */
  prepaymentPct?: InputMaybe<Scalars['Float']['input']>;
  /** The miner or host providing the capacity (Company ID). Required on create. */
  providerId?: InputMaybe<Scalars['ID']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** Related capital expenditure, in words. */
  relatedCapex?: InputMaybe<Scalars['String']['input']>;
  /** The campus the deal uses (Site ID). */
  siteId?: InputMaybe<Scalars['ID']['input']>;
  /** Term in months. */
  termMonths?: InputMaybe<Scalars['Int']['input']>;
  /** The term in the source's words. */
  termNote?: InputMaybe<Scalars['String']['input']>;
  /** Total contract value in `currency`. */
  totalValue?: InputMaybe<Scalars['Float']['input']>;
  /** The contract type in the source's words. */
  typeText?: InputMaybe<Scalars['String']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** The shape of an AI/HPC contract. */
export type DealKind =
  /** The miner runs GPUs and sells compute (e.g. IREN for Microsoft). */
  | 'CLOUD_SERVICES'
  /** The miner leases powered, cooled data-centre capacity to a tenant who brings GPUs. */
  | 'COLOCATION_LEASE'
  /** Hosting through a joint venture the miner partly owns. */
  | 'JV_HOSTING'
  /** Anything else. */
  | 'OTHER'
  /** A turnkey space-and-power lease of a building or campus. */
  | 'POWERED_SHELL_LEASE';

/** Conditions on a deal kind. */
export type DealKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<DealKind>;
  /** One of these kinds. */
  in?: InputMaybe<Array<DealKind>>;
  /** None of these kinds. */
  notIn?: InputMaybe<Array<DealKind>>;
};

/** One sort key for deals. */
export type DealOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: DealOrderField;
};

/** Sortable deal fields. */
export type DealOrderField =
  | 'ANNOUNCED_ON'
  | 'IT_LOAD_MW'
  | 'KEY'
  | 'TERM_MONTHS'
  | 'TOTAL_VALUE';

/** Filter for deals. Fields combine with AND; use `or`/`not` for more. */
export type DealWhere = {
  /** All of these must hold. */
  and?: InputMaybe<Array<DealWhere>>;
  /** By announcement day (month-precision dates compare as their first day). */
  announcedOn?: InputMaybe<DateFilter>;
  /** By the customer. */
  customer?: InputMaybe<CompanyWhere>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** By critical IT load in MW. */
  itLoadMw?: InputMaybe<FloatFilter>;
  /** By natural key (e.g. `D-IREN-MSFT`). */
  key?: InputMaybe<StringFilter>;
  /** By kind of contract. */
  kind?: InputMaybe<DealKindFilter>;
  /** This must not hold. */
  not?: InputMaybe<DealWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<DealWhere>>;
  /** By the provider or the customer. */
  party?: InputMaybe<CompanyWhere>;
  /** By the provider (the miner), e.g. `{ ticker: { eq: "IREN" } }`. */
  provider?: InputMaybe<CompanyWhere>;
  /** By the day the deal became public. */
  publicOn?: InputMaybe<DateFilter>;
  /** By site ID. */
  site?: InputMaybe<IdFilter>;
  /** By initial term in months. */
  termMonths?: InputMaybe<IntFilter>;
  /** By total value, in the deal's currency. */
  totalValue?: InputMaybe<FloatFilter>;
  /** By verification status. */
  verified?: InputMaybe<BooleanFilter>;
};

/** Why a record (or a company) was left out of an aggregate. */
export type ExclusionReason =
  /** The only annualized figure is a company-wide target, not this contract's own revenue. */
  | 'COMPANY_TARGET'
  /** A later reporting period of the same company is used instead. */
  | 'EARLIER_PERIOD'
  /** The company (or planner) behind the record is not a hyperscaler (e.g. a bank's forecast). */
  | 'NOT_A_HYPERSCALER'
  /** The company behind the record is not a bitcoin miner (kind MINER). */
  | 'NOT_A_MINER'
  /** The fact became public after `asOf` (or its publication day is unknown and `asOf` was given). */
  | 'NOT_PUBLIC_BY_AS_OF'
  /** The figure is in a currency with no published rate on file: excluded, never converted at a guessed rate. */
  | 'NO_FX_RATE'
  /** The miner has no reported mining revenue public by `asOf`, so no revenue share can be computed for it. */
  | 'NO_REVENUE_DATA'
  /** A deal with neither a stated annualized revenue nor a term, so it cannot be annualized. */
  | 'NO_TERM'
  /** The figure this aggregate needs is not reported (null), e.g. an undisclosed amount or a deal with only a cumulative value. */
  | 'NO_VALUE'
  /** A stock move measured over a different window than the one asked for. */
  | 'OTHER_WINDOW'
  /** The record or its company lies outside the requested country. */
  | 'OUTSIDE_COUNTRY'
  /** The figure covers a region wider than the country (e.g. "US & Canada") or an unstated region; see `detail`. */
  | 'REGION_SPANS_BORDERS'
  /** A reported total over other records (e.g. Google's "at least $5B"): shown beside the computed figure, never added to it. */
  | 'REPORTED_TOTAL'
  /** A later revision of this fact was public by `asOf`; only the latest revision counts. */
  | 'SUPERSEDED'
  /** A stock move whose sources conflict or give only a range: no single change to count. */
  | 'UNRESOLVED';

/** What a write did to a record. */
export type FactChangeAction =
  /** A new record. */
  | 'CREATE'
  /** A record withdrawn, with a reason; it stays visible to queries about earlier dates. */
  | 'RETRACT'
  /** A new revision that supersedes an earlier record (`node` is the new revision). */
  | 'REVISE'
  /** A record changed in place (records that are not dated facts, such as sources). */
  | 'UPDATE';

/** How a fact that became public changes what is known. */
export type FactChangeKind =
  /** An increment on an earlier backstop of the same relationship (`revises`); the two add up. */
  | 'INCREMENT'
  /** A new fact. */
  | 'NEW'
  /** A revision of an earlier fact (`revises`), which stops counting from this fact's day. */
  | 'REVISION';

/** A kind of record editors write: each fact type of the fact base, and sources. */
export type FactType =
  /** `BondRaise` records. */
  | 'BOND_RAISE'
  /** `CapacityReport` records. */
  | 'CAPACITY_REPORT'
  /** `Company` records. */
  | 'COMPANY'
  /** `CreditBackstop` records. */
  | 'CREDIT_BACKSTOP'
  /** `Deal` records. */
  | 'DEAL'
  /** `InvestmentPlan` records. */
  | 'INVESTMENT_PLAN'
  /** `MarketIndicator` records. */
  | 'MARKET_INDICATOR'
  /** `RevenueReport` records. */
  | 'REVENUE_REPORT'
  /** `Site` records. */
  | 'SITE'
  /** `Source` records. */
  | 'SOURCE'
  /** `StockMove` records. */
  | 'STOCK_MOVE';

/** Conditions on a number. All given conditions must hold. */
export type FloatFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Float']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Float']['input']>;
  /** One of these values (at most 500). */
  in?: InputMaybe<Array<Scalars['Float']['input']>>;
  /** true: the value is unknown (null); false: it is known. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Float']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Float']['input']>;
  /** Not equal to (NULLs do not match). */
  ne?: InputMaybe<Scalars['Float']['input']>;
  /** None of these values (at most 500). */
  notIn?: InputMaybe<Array<Scalars['Float']['input']>>;
};

/** Conditions on a global ID. */
export type IdFilter = {
  /** Equal to this ID. */
  eq?: InputMaybe<Scalars['ID']['input']>;
  /** One of these IDs (at most 500). */
  in?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** None of these IDs (at most 500). */
  notIn?: InputMaybe<Array<Scalars['ID']['input']>>;
};

/** Conditions on a whole number. All given conditions must hold. */
export type IntFilter = {
  /** Equal to. */
  eq?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than. */
  gt?: InputMaybe<Scalars['Int']['input']>;
  /** Greater than or equal to. */
  gte?: InputMaybe<Scalars['Int']['input']>;
  /** One of these values (at most 500). */
  in?: InputMaybe<Array<Scalars['Int']['input']>>;
  /** true: the value is unknown (null); false: it is known. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Less than. */
  lt?: InputMaybe<Scalars['Int']['input']>;
  /** Less than or equal to. */
  lte?: InputMaybe<Scalars['Int']['input']>;
  /** Not equal to (NULLs do not match). */
  ne?: InputMaybe<Scalars['Int']['input']>;
  /** None of these values (at most 500). */
  notIn?: InputMaybe<Array<Scalars['Int']['input']>>;
};

/** Values of a InvestmentPlan: every field on create (required ones say so), only those that change on revise (null clears). */
export type InvestmentPlanInput = {
  /** The amount in the source's words. */
  amountType?: InputMaybe<Scalars['String']['input']>;
  /** Amount in USD (often `up to`). */
  amountUsd?: InputMaybe<Scalars['Float']['input']>;
  /** Day (or first day of the month/year) the plan was announced. */
  announcedOn?: InputMaybe<Scalars['Date']['input']>;
  /** How precisely `announcedOn` is known (default DAY). */
  announcedPrecision?: InputMaybe<DatePrecision>;
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Capacity added in MW. */
  capacityMw?: InputMaybe<Scalars['Float']['input']>;
  /** The capacity in words. */
  capacityNote?: InputMaybe<Scalars['String']['input']>;
  /** The single company behind the plan, when there is one (Company ID). */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Every company named, in the order reported (Company IDs). */
  companyIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** When construction starts, in words. */
  constructionStart?: InputMaybe<Scalars['String']['input']>;
  /** What the plan is. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** Jobs announced. */
  jobs?: InputMaybe<Scalars['Int']['input']>;
  /** The jobs in words. */
  jobsNote?: InputMaybe<Scalars['String']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** The planner in the source's words when it is not one company. */
  plannerText?: InputMaybe<Scalars['String']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** Region (e.g. a US state). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key for investment plans. */
export type InvestmentPlanOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: InvestmentPlanOrderField;
};

/** Sortable investment plan fields. */
export type InvestmentPlanOrderField =
  /** Planned amount in USD; undisclosed amounts are null. */
  | 'AMOUNT'
  /** Announcement day (month-precision dates sort as their first day). */
  | 'ANNOUNCED_ON'
  /** Added capacity in MW; unreported capacity is null. */
  | 'CAPACITY_MW'
  /** Natural key. */
  | 'KEY';

/** Filter for investment plans. Fields combine with AND; use `or`/`not` for more. */
export type InvestmentPlanWhere = {
  /** By planned amount in USD. */
  amountUsd?: InputMaybe<FloatFilter>;
  /** All of these must hold. */
  and?: InputMaybe<Array<InvestmentPlanWhere>>;
  /** By announcement day (month-precision dates compare as their first day). */
  announcedOn?: InputMaybe<DateFilter>;
  /** By added capacity in MW. */
  capacityMw?: InputMaybe<FloatFilter>;
  /** By a company behind the plan: the single company, or any of the companies a joint figure names. */
  company?: InputMaybe<CompanyWhere>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** By natural key (e.g. `P-AWS-GOV`). */
  key?: InputMaybe<StringFilter>;
  /** This must not hold. */
  not?: InputMaybe<InvestmentPlanWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<InvestmentPlanWhere>>;
  /** By the day the plan became public. */
  publicOn?: InputMaybe<DateFilter>;
};

/** Values of a MarketIndicator: every field on create (required ones say so), only those that change on revise (null clears). */
export type MarketIndicatorInput = {
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Day (or first day of the month/year) the value was observed. */
  asOf?: InputMaybe<Scalars['Date']['input']>;
  /** The observation date in words. */
  asOfNote?: InputMaybe<Scalars['String']['input']>;
  /** How precisely `asOf` is known (default DAY). */
  asOfPrecision?: InputMaybe<DatePrecision>;
  /** The metric's name (e.g. Puell Multiple). Required on create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Who publishes it (e.g. CryptoQuant). Required on create. */
  provider?: InputMaybe<Scalars['String']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** Qualifier in words. */
  qualifier?: InputMaybe<Scalars['String']['input']>;
  /** Unit (e.g. ratio, %, BTC). Required on create. */
  unit?: InputMaybe<Scalars['String']['input']>;
  /** The value. */
  value?: InputMaybe<Scalars['Float']['input']>;
  /** High end of a reported range. */
  valueHigh?: InputMaybe<Scalars['Float']['input']>;
  /** Low end of a reported range. */
  valueLow?: InputMaybe<Scalars['Float']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key for market indicators. */
export type MarketIndicatorOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: MarketIndicatorOrderField;
};

/** Sortable market-indicator fields. */
export type MarketIndicatorOrderField =
  /** Natural key. */
  | 'KEY'
  /** Metric name. */
  | 'NAME'
  /** Observation day (month-precision dates sort as their first day). */
  | 'OBSERVED_ON'
  /** Value (units differ between indicators: combine with a `unit` or `name` filter). */
  | 'VALUE';

/** Filter for market indicators. Fields combine with AND; use `or`/`not` for more. */
export type MarketIndicatorWhere = {
  /** All of these must hold. */
  and?: InputMaybe<Array<MarketIndicatorWhere>>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** By natural key (e.g. `I-PUELL-0.69`). */
  key?: InputMaybe<StringFilter>;
  /** By metric name (`contains` ignores case). */
  name?: InputMaybe<StringFilter>;
  /** This must not hold. */
  not?: InputMaybe<MarketIndicatorWhere>;
  /** By observation day (month-precision dates compare as their first day). */
  observedOn?: InputMaybe<DateFilter>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<MarketIndicatorWhere>>;
  /** By provider. */
  provider?: InputMaybe<StringFilter>;
  /** By the day the figure became public. */
  publicOn?: InputMaybe<DateFilter>;
  /** By unit (e.g. `GW`, `BTC`). */
  unit?: InputMaybe<StringFilter>;
  /** By value, in the indicator's unit. */
  value?: InputMaybe<FloatFilter>;
  /** By verification status (`{ eq: false }` lists the unconfirmed figures). */
  verified?: InputMaybe<BooleanFilter>;
};

/** The span of trading a share-price change is measured over. */
export type MoveWindow =
  /** At the close, against the previous close. */
  | 'CLOSE'
  /** Over the day, as reported (not confirmed to be the closing change). */
  | 'DAY'
  /** At some point during the session (a snapshot, a peak or a low), not the close. */
  | 'INTRADAY'
  /** Before the regular session opens. */
  | 'PREMARKET'
  /** Since the start of the calendar year. */
  | 'YTD';

/** Conditions on a move window. */
export type MoveWindowFilter = {
  /** Equal to. */
  eq?: InputMaybe<MoveWindow>;
  /** One of these windows. */
  in?: InputMaybe<Array<MoveWindow>>;
  /** None of these windows. */
  notIn?: InputMaybe<Array<MoveWindow>>;
};

/** A source not yet on file: URL, title, publisher and publication day. */
export type NewSourceInput = {
  /** Kind of document (default NEWS). */
  kind?: InputMaybe<SourceKind>;
  /** Caveats about this source. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Publication day. Required on create. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Publisher. Required on create. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Title as published. Required on create. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the document was read (http or https). Required on create. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** Sort direction. Unknown (null) values sort last ascending and first descending. */
export type OrderDirection =
  /** Smallest, earliest or A first; unknown values last. */
  | 'ASC'
  /** Largest, latest or Z first; unknown values first. */
  | 'DESC';

/** The length of a reporting period. */
export type RevenuePeriod =
  /** A fiscal quarter. */
  | 'QUARTER'
  /** A fiscal year. */
  | 'YEAR';

/** Conditions on a revenue period. */
export type RevenuePeriodFilter = {
  /** Equal to. */
  eq?: InputMaybe<RevenuePeriod>;
  /** One of these periods. */
  in?: InputMaybe<Array<RevenuePeriod>>;
  /** None of these periods. */
  notIn?: InputMaybe<Array<RevenuePeriod>>;
};

/** A dimension to group RevenueReports by in `aggregate(groupBy:)`. */
export type RevenueReportGroupBy =
  /** The reporting company. */
  | 'COMPANY'
  /** Calendar month of the period end (`2025-11`). */
  | 'MONTH'
  /** Period length (QUARTER or YEAR): group by it before summing, a year overlaps its quarters. */
  | 'PERIOD'
  /** Calendar quarter of the period end (`2025-Q4`). */
  | 'QUARTER'
  /** Calendar year of the period end (`2025`). */
  | 'YEAR';

/** Values of a RevenueReport: every field on create (required ones say so), only those that change on revise (null clears). */
export type RevenueReportInput = {
  /** AI/HPC revenue. */
  aiHpcRevenue?: InputMaybe<Scalars['Float']['input']>;
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** The reporting company (Company ID). Required on create. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** ISO 4217 code of the amounts (default USD). Non-USD amounts have no USD value until an FX rate is linked. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The period as the company names it (e.g. FY26 Q1). */
  fiscalLabel?: InputMaybe<Scalars['String']['input']>;
  /** Bitcoin-mining revenue. */
  miningRevenue?: InputMaybe<Scalars['Float']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Other revenue. */
  otherRevenue?: InputMaybe<Scalars['Float']['input']>;
  /** QUARTER or YEAR. Required on create. */
  period?: InputMaybe<RevenuePeriod>;
  /** Last day of the period. Required on create. */
  periodEnd?: InputMaybe<Scalars['Date']['input']>;
  /** First day of the period. Required on create. */
  periodStart?: InputMaybe<Scalars['Date']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** Total revenue in `currency`. */
  totalRevenue?: InputMaybe<Scalars['Float']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key for revenue reports. */
export type RevenueReportOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: RevenueReportOrderField;
};

/** Sortable revenue-report fields. */
export type RevenueReportOrderField =
  /** AI/HPC revenue, in the report's currency. */
  | 'AI_HPC_REVENUE'
  /** Natural key. */
  | 'KEY'
  /** Last day of the period. */
  | 'PERIOD_END'
  /** Total revenue, in the report's currency. */
  | 'TOTAL_REVENUE';

/** Filter for revenue reports. Fields combine with AND; use `or`/`not` for more. Amounts are in the report's currency. */
export type RevenueReportWhere = {
  /** By AI/HPC revenue. */
  aiHpcRevenue?: InputMaybe<FloatFilter>;
  /** All of these must hold. */
  and?: InputMaybe<Array<RevenueReportWhere>>;
  /** By the reporting company. */
  company?: InputMaybe<CompanyWhere>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** By natural key (e.g. `R-CORZ-Q4-2025`). */
  key?: InputMaybe<StringFilter>;
  /** By bitcoin-mining revenue. */
  miningRevenue?: InputMaybe<FloatFilter>;
  /** This must not hold. */
  not?: InputMaybe<RevenueReportWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<RevenueReportWhere>>;
  /** By period length (quarter or year). */
  period?: InputMaybe<RevenuePeriodFilter>;
  /** By last day of the period. */
  periodEnd?: InputMaybe<DateFilter>;
  /** By first day of the period. */
  periodStart?: InputMaybe<DateFilter>;
  /** By the day the report became public. */
  publicOn?: InputMaybe<DateFilter>;
  /** By total revenue (`isNull: true` finds unreported totals). */
  totalRevenue?: InputMaybe<FloatFilter>;
  /** By verification status. */
  verified?: InputMaybe<BooleanFilter>;
};

/** A line of business revenue is split into. */
export type RevenueSegment =
  /** AI / high-performance computing: cloud services, colocation and HPC leases. */
  | 'AI_HPC'
  /** Bitcoin mining, as the company reports it (self-mining; hosted mining is OTHER where reported apart). */
  | 'MINING'
  /** Everything else the company reports separately (hosted mining, power sales, ...). */
  | 'OTHER';

/** A headline figure of `sector`, to follow over time in `sectorSeries`. */
export type SectorMetric =
  /** aiContractedItLoad.itLoad (MW). */
  | 'AI_CONTRACTED_IT_LOAD'
  /** bondIssuance.total (USD). */
  | 'BOND_ISSUANCE'
  /** contractedAiValue.annualized (USD/year). */
  | 'CONTRACTED_AI_ANNUALIZED'
  /** contractedAiRevenueShare (ratio), forward-looking; coverage = miners with mining revenue / miners. */
  | 'CONTRACTED_AI_REVENUE_SHARE'
  /** contractedAiValue.total (USD). */
  | 'CONTRACTED_AI_VALUE'
  /** creditBackstops.total (USD). */
  | 'CREDIT_BACKSTOPS'
  /** hyperscalerInvestment.amount (USD). */
  | 'HYPERSCALER_INVESTMENT'
  /** minerCapacity.computed (MW), company-based; coverage = computed / reported. */
  | 'MINER_CAPACITY_COMPUTED'
  /** minerCapacity.reported (MW): the latest sector-wide figure. */
  | 'MINER_CAPACITY_REPORTED'
  /** minerCapacity.fromSites (MW), site-based; coverage = fromSites / reported. */
  | 'MINER_CAPACITY_SITES'
  /** reportedAiRevenueShare (ratio), what was earned; coverage = miners counted / miners. */
  | 'REPORTED_AI_REVENUE_SHARE';

/** The step of a series: a point at the end of each calendar month or quarter. */
export type SeriesInterval =
  /** A point on the last day of each calendar month. */
  | 'MONTH'
  /** A point on the last day of each calendar quarter (31 Mar, 30 Jun, 30 Sep, 31 Dec). */
  | 'QUARTER';

/** Values of a Site: every field on create (required ones say so), only those that change on revise (null clears). */
export type SiteInput = {
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** What the capacity figure is (e.g. interconnection). */
  capacityType?: InputMaybe<Scalars['String']['input']>;
  /** City. */
  city?: InputMaybe<Scalars['String']['input']>;
  /** The owner or operator (Company ID). Required on create. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Country (ISO 3166-1 alpha-2). Required on create. */
  country?: InputMaybe<Scalars['String']['input']>;
  /** Campus name. Required on create. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Grid power capacity in MW. */
  powerCapacityMw?: InputMaybe<Scalars['Float']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** Region (e.g. a US state code). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Day (or first day of the month/year) the capacity is as of. */
  reportedOn?: InputMaybe<Scalars['Date']['input']>;
  /** How precisely `reportedOn` is known (default DAY). */
  reportedPrecision?: InputMaybe<DatePrecision>;
  /** What the site is used for (mining, AI/HPC, ...). */
  use?: InputMaybe<Scalars['String']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
};

/** One sort key for sites. */
export type SiteOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: SiteOrderField;
};

/** Sortable site fields. */
export type SiteOrderField =
  | 'NAME'
  | 'POWER_CAPACITY_MW'
  | 'REGION'
  | 'REPORTED_ON';

/** Filter for sites. */
export type SiteWhere = {
  /** All of these must hold. */
  and?: InputMaybe<Array<SiteWhere>>;
  /** By owning company. */
  company?: InputMaybe<CompanyWhere>;
  /** By country code. */
  country?: InputMaybe<StringFilter>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** By natural key. */
  key?: InputMaybe<StringFilter>;
  /** By name. */
  name?: InputMaybe<StringFilter>;
  /** This must not hold. */
  not?: InputMaybe<SiteWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<SiteWhere>>;
  /** By power capacity in MW. */
  powerCapacityMw?: InputMaybe<FloatFilter>;
  /** By the day the site became public. */
  publicOn?: InputMaybe<DateFilter>;
  /** By state or province code. */
  region?: InputMaybe<StringFilter>;
};

/** Values of a Source: every field on create (required ones say so), only those that change on revise (null clears). */
export type SourceInput = {
  /** Kind of document (default NEWS). */
  kind?: InputMaybe<SourceKind>;
  /** Caveats about this source. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Publication day. Required on create. */
  publishedOn?: InputMaybe<Scalars['Date']['input']>;
  /** Publisher. Required on create. */
  publisher?: InputMaybe<Scalars['String']['input']>;
  /** Title as published. Required on create. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** Where the document was read (http or https). Required on create. */
  url?: InputMaybe<Scalars['String']['input']>;
};

/** What kind of document a source is. */
export type SourceKind =
  /** A bank or broker research note, as reported. */
  | 'ANALYST_NOTE'
  /** A market-data provider's publication. */
  | 'DATA_VENDOR'
  /** A regulatory filing or exhibit (8-K, 10-K, 10-Q, ...). */
  | 'FILING'
  /** News coverage or commentary. */
  | 'NEWS'
  /** Anything else. */
  | 'OTHER'
  /** A company press release. */
  | 'PRESS_RELEASE'
  /** A published reference exchange rate. */
  | 'REFERENCE_RATE'
  /** One of the two articles Gigawatt's dataset grew from (full text in `body`). */
  | 'SEED_ARTICLE'
  /** A syndicated or rewritten copy of a seed article (see `copyOf`). */
  | 'SYNDICATION';

/** Conditions on a source kind. */
export type SourceKindFilter = {
  /** Equal to. */
  eq?: InputMaybe<SourceKind>;
  /** One of these kinds. */
  in?: InputMaybe<Array<SourceKind>>;
  /** None of these kinds. */
  notIn?: InputMaybe<Array<SourceKind>>;
};

/** One sort key for sources. */
export type SourceOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: SourceOrderField;
};

/** Sortable source fields. */
export type SourceOrderField =
  | 'KEY'
  | 'PUBLISHED_ON'
  | 'PUBLISHER'
  | 'TITLE';

/** A source a write cites: exactly one of `id` (on file) or `new`, with an optional quote. */
export type SourceRefInput = {
  /** A Source ID. */
  id?: InputMaybe<Scalars['ID']['input']>;
  /** A new source, recorded with the write. */
  new?: InputMaybe<NewSourceInput>;
  /** The passage that supports the fact. */
  quote?: InputMaybe<Scalars['String']['input']>;
};

/** Filter for sources. Fields combine with AND; use `or`/`not` for more. */
export type SourceWhere = {
  /** All of these must hold. */
  and?: InputMaybe<Array<SourceWhere>>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** Seed articles and their copies. */
  isSeed?: InputMaybe<BooleanFilter>;
  /** By natural key (e.g. `IREN-8K`). */
  key?: InputMaybe<StringFilter>;
  /** By kind of document. */
  kind?: InputMaybe<SourceKindFilter>;
  /** This must not hold. */
  not?: InputMaybe<SourceWhere>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<SourceWhere>>;
  /** By publication day. */
  publishedOn?: InputMaybe<DateFilter>;
  /** By publisher. */
  publisher?: InputMaybe<StringFilter>;
  /** By title. */
  title?: InputMaybe<StringFilter>;
};

/** A dimension to group StockMoves by in `aggregate(groupBy:)`. */
export type StockMoveGroupBy =
  /** The company (null for sector indexes). */
  | 'COMPANY'
  /** Calendar month of the trading day (`2025-11`). */
  | 'MONTH'
  /** Calendar quarter of the trading day (`2025-Q4`). */
  | 'QUARTER'
  /** The window the move is measured over. */
  | 'WINDOW'
  /** Calendar year of the trading day (`2025`). */
  | 'YEAR';

/** Values of a StockMove: every field on create (required ones say so), only those that change on revise (null clears). */
export type StockMoveInput = {
  /** true when a source gives the figure as approximate (default false). */
  approximate?: InputMaybe<Scalars['Boolean']['input']>;
  /** Change in percent (13.84 is +13.84%). */
  changePct?: InputMaybe<Scalars['Float']['input']>;
  /** The company (Company ID); none for a sector index. */
  companyId?: InputMaybe<Scalars['ID']['input']>;
  /** Context in words. */
  context?: InputMaybe<Scalars['String']['input']>;
  /** true for a sector index. */
  isIndex?: InputMaybe<Scalars['Boolean']['input']>;
  /** The move type in the source's words (default: the window). */
  moveType?: InputMaybe<Scalars['String']['input']>;
  /** Caveats in plain words: approximations, conflicting reports, weak sources. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** Trading day. Required on create. */
  on?: InputMaybe<Scalars['Date']['input']>;
  /** Share price in USD. */
  priceUsd?: InputMaybe<Scalars['Float']['input']>;
  /** First day the fact counts as public for `asOf`. Default: from the fact's own date and its sources' days (the seed's rule: an event is public that day; a figure as of a day, once a source reported it; a month or year, its last day unless a source reported it earlier). */
  publicOn?: InputMaybe<Scalars['Date']['input']>;
  /** Ticker or index name as reported. Required on create. */
  symbol?: InputMaybe<Scalars['String']['input']>;
  /** true when sources conflict. */
  unresolved?: InputMaybe<Scalars['Boolean']['input']>;
  /** false when the figure is not independently confirmed (default true). */
  verified?: InputMaybe<Scalars['Boolean']['input']>;
  /** The window of the move. Required on create. */
  window?: InputMaybe<MoveWindow>;
};

/** One sort key for stock moves. */
export type StockMoveOrder = {
  /** Direction. */
  direction?: InputMaybe<OrderDirection>;
  /** Field to sort by. */
  field: StockMoveOrderField;
};

/** Sortable stock-move fields. */
export type StockMoveOrderField =
  /** Change in percent (unresolved moves have none). */
  | 'CHANGE_PCT'
  /** Natural key. */
  | 'KEY'
  /** Trading day. */
  | 'ON'
  /** Ticker or index name. */
  | 'SYMBOL';

/** Filter for stock moves. Fields combine with AND; use `or`/`not` for more. */
export type StockMoveWhere = {
  /** All of these must hold. */
  and?: InputMaybe<Array<StockMoveWhere>>;
  /** By change in percent (unresolved moves have none: `isNull: true`). */
  changePct?: InputMaybe<FloatFilter>;
  /** By the company whose shares moved (sector indexes never match). */
  company?: InputMaybe<CompanyWhere>;
  /** By global ID. */
  id?: InputMaybe<IdFilter>;
  /** Sector indexes (true) or company shares (false). */
  isIndex?: InputMaybe<BooleanFilter>;
  /** By natural key (e.g. `M-1124-SECTOR`). */
  key?: InputMaybe<StringFilter>;
  /** This must not hold. */
  not?: InputMaybe<StockMoveWhere>;
  /** By trading day. */
  on?: InputMaybe<DateFilter>;
  /** At least one of these must hold. */
  or?: InputMaybe<Array<StockMoveWhere>>;
  /** By the day the move became public. */
  publicOn?: InputMaybe<DateFilter>;
  /** By ticker or index name. */
  symbol?: InputMaybe<StringFilter>;
  /** By whether the sources conflict. */
  unresolved?: InputMaybe<BooleanFilter>;
  /** By verification status. */
  verified?: InputMaybe<BooleanFilter>;
  /** By window (premarket, intraday, day, close, YTD). */
  window?: InputMaybe<MoveWindowFilter>;
};

/** Conditions on a text value. Matching is exact unless `contains` is used. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: InputMaybe<Scalars['String']['input']>;
  /** Exactly equal to. */
  eq?: InputMaybe<Scalars['String']['input']>;
  /** One of these values (at most 500). */
  in?: InputMaybe<Array<Scalars['String']['input']>>;
  /** true: the value is unknown (null); false: it is known. */
  isNull?: InputMaybe<Scalars['Boolean']['input']>;
  /** Not equal to (NULLs do not match). */
  ne?: InputMaybe<Scalars['String']['input']>;
  /** None of these values (at most 500). */
  notIn?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Why a write was refused (listed in `userErrors`; nothing was written). */
export type UserErrorCode =
  /** A value has the wrong form or range, or values contradict each other. */
  | 'INVALID'
  /** Current facts still name this record, so it cannot be retracted. */
  | 'IN_USE'
  /** An ID (the record, a company, site, deal or source it names) does not exist. */
  | 'NOT_FOUND'
  /** A required value is missing (create), or a revision would clear it. */
  | 'REQUIRED'
  /** The record (or a record it names) is retracted: it can no longer be revised. */
  | 'RETRACTED'
  /** Every write names at least one source (an existing one, or a new one with URL, title, publisher and date). */
  | 'SOURCE_REQUIRED'
  /** A unique value (key, slug, ticker) is already used by another record. */
  | 'TAKEN'
  /** The record changed since it was read: `version` is not its current version. Read it again and retry. */
  | 'VERSION_CONFLICT';

export type BiggestMovesOn20251124QueryVariables = Exact<{
  on?: Scalars['Date']['input'];
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BiggestMovesOn20251124Query = { stockMoves: { totalCount: number, nodes: Array<{ symbol: string, isIndex: boolean, on: string, window: MoveWindow, moveType: string, changePct: number | null, unresolved: boolean, verified: boolean, context: string | null, note: string | null, company: { name: string, ticker: string | null } | null, price: { amount: number, currency: string } | null, sources: Array<{ source: { title: string, url: string | null } }> }> } };

export type BondsByIssuerQueryVariables = Exact<{
  issuers?: InputMaybe<Array<Scalars['String']['input']> | Scalars['String']['input']>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
}>;


export type BondsByIssuerQuery = { bondRaises: { totalCount: number, nodes: Array<{ key: string, pricedOn: string | null, coverRatio: number | null, tranches: number | null, maturities: string | null, market: string | null, note: string | null, issuer: { name: string, ticker: string | null }, amount: { amount: number, currency: string, usd: number | null, fx: { rate: number, rateOn: string, base: string, quote: string, source: { title: string, url: string | null } } | null }, orderBookDemand: { amount: number, currency: string, usd: number | null } | null, sources: Array<{ source: { title: string, url: string | null } }> }> } };

export type CreateDealMutationVariables = Exact<{
  input: DealInput;
  sources: Array<SourceRefInput> | SourceRefInput;
  key?: InputMaybe<Scalars['String']['input']>;
}>;


export type CreateDealMutation = { createDeal: { deal: { id: string, key: string, version: number, publicOn: string | null, totalValue: { amount: number, currency: string, usd: number | null } | null } | null, change: { id: string, at: string, action: AuditAction, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type DealWithSourcesQueryVariables = Exact<{
  provider?: Scalars['String']['input'];
  customer?: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type DealWithSourcesQuery = { deals: { totalCount: number, nodes: Array<{ key: string, kind: DealKind, termMonths: number | null, prepaymentPct: number | null, gpuModel: string | null, contractOn: string | null, announcedOn: string | null, verified: boolean, note: string | null, provider: { name: string, ticker: string | null }, customer: { name: string, ticker: string | null } | null, totalValue: { amount: number, currency: string, usd: number | null } | null, annualizedRevenue: { amount: number, currency: string } | null, itLoad: { mw: number } | null, site: { name: string, region: string | null } | null, sources: Array<{ quote: string | null, source: { title: string, publisher: string | null, publishedOn: string | null, url: string | null, kind: SourceKind } }> }> } };

export type GetCompanyQueryVariables = Exact<{
  slug: Scalars['String']['input'];
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type GetCompanyQuery = { company: { id: string, slug: string, name: string, ticker: string | null, exchange: string | null, kind: CompanyKind, country: string | null, hqCity: string | null, role: string | null, sites: Array<{ key: string, name: string, region: string | null, country: string, use: string | null, powerCapacity: { mw: number, gw: number } | null }>, dealsAsProvider: Array<{ key: string, kind: DealKind, termMonths: number | null, announcedOn: string | null, customer: { name: string, ticker: string | null } | null, totalValue: { amount: number, currency: string, usd: number | null } | null, itLoad: { mw: number } | null }>, dealsAsCustomer: Array<{ key: string, kind: DealKind, announcedOn: string | null, provider: { name: string, ticker: string | null }, totalValue: { amount: number, currency: string, usd: number | null } | null }>, backstopsReceived: Array<{ key: string, isReportedTotal: boolean, announcedOn: string | null, guarantor: { name: string, ticker: string | null }, amount: { amount: number, currency: string, usd: number | null } | null }>, backstopsGiven: Array<{ key: string, beneficiaryText: string | null, isReportedTotal: boolean, announcedOn: string | null, beneficiary: { name: string, ticker: string | null } | null, amount: { amount: number, currency: string, usd: number | null } | null }>, capacityReports: Array<{ key: string, basis: CapacityBasis, metric: string | null, reportedOn: string | null, capacity: { mw: number, gw: number } | null }>, reportedContractedAiRevenue: { basis: string | null, reportedOn: string | null, amount: { amount: number, currency: string, usd: number | null } } | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> } | null };

export type GetNodeQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GetNodeQuery = { node:
    | { __typename: 'BondRaise', key: string, publicOn: string | null, verified: boolean, note: string | null, pricedOn: string | null, id: string, sources: Array<{ source: { key: string, title: string, url: string | null } }>, bondAmount: { amount: number, currency: string, usd: number | null }, issuer: { name: string } }
    | { __typename: 'CapacityReport', key: string, publicOn: string | null, verified: boolean, note: string | null, scope: CapacityScope, reportedOn: string | null, id: string, sources: Array<{ source: { key: string, title: string, url: string | null } }>, capacity: { mw: number } | null }
    | { __typename: 'Company', key: string, publicOn: string | null, verified: boolean, note: string | null, slug: string, name: string, ticker: string | null, id: string, companyKind: CompanyKind, sources: Array<{ source: { key: string, title: string, url: string | null } }> }
    | { __typename: 'CreditBackstop', key: string, publicOn: string | null, verified: boolean, note: string | null, id: string, sources: Array<{ source: { key: string, title: string, url: string | null } }>, backstopAmount: { amount: number, currency: string, usd: number | null } | null, guarantor: { name: string }, beneficiary: { name: string } | null }
    | { __typename: 'Deal', key: string, publicOn: string | null, verified: boolean, note: string | null, announcedOn: string | null, id: string, dealKind: DealKind, sources: Array<{ source: { key: string, title: string, url: string | null } }>, totalValue: { amount: number, currency: string, usd: number | null } | null, provider: { name: string }, customer: { name: string } | null }
    | { __typename: 'InvestmentPlan', key: string, publicOn: string | null, verified: boolean, note: string | null, plannerText: string | null, id: string, sources: Array<{ source: { key: string, title: string, url: string | null } }>, planAmount: { amount: number, currency: string, usd: number | null } | null }
    | { __typename: 'MarketIndicator', key: string, publicOn: string | null, verified: boolean, note: string | null, value: number | null, unit: string, id: string, indicatorName: string, sources: Array<{ source: { key: string, title: string, url: string | null } }> }
    | { __typename: 'RevenueReport', key: string, publicOn: string | null, verified: boolean, note: string | null, period: RevenuePeriod, periodEnd: string, id: string, sources: Array<{ source: { key: string, title: string, url: string | null } }>, total: { amount: number, currency: string } | null }
    | { __typename: 'Site', key: string, publicOn: string | null, verified: boolean, note: string | null, region: string | null, id: string, siteName: string, sources: Array<{ source: { key: string, title: string, url: string | null } }>, powerCapacity: { mw: number } | null }
    | { __typename: 'Source', title: string, url: string | null, publishedOn: string | null, id: string }
    | { __typename: 'StockMove', key: string, publicOn: string | null, verified: boolean, note: string | null, symbol: string, on: string, changePct: number | null, id: string, sources: Array<{ source: { key: string, title: string, url: string | null } }> }
   | null };

export type GoogleBackstopsOverTimeQueryVariables = Exact<{
  guarantor?: Scalars['String']['input'];
  earlier?: InputMaybe<Scalars['Date']['input']>;
  later?: InputMaybe<Scalars['Date']['input']>;
}>;


export type GoogleBackstopsOverTimeQuery = { earlier: { totalCount: number, nodes: Array<{ key: string, announcedOn: string | null, beneficiaryText: string | null, amountType: string | null, isReportedTotal: boolean, equityStakePct: number | null, warrantShares: number | null, beneficiary: { name: string, ticker: string | null } | null, obligor: { name: string } | null, amount: { amount: number, currency: string, usd: number | null } | null, sources: Array<{ source: { title: string, url: string | null } }> }> }, later: { totalCount: number, nodes: Array<{ key: string, announcedOn: string | null, beneficiaryText: string | null, amountType: string | null, isReportedTotal: boolean, equityStakePct: number | null, warrantShares: number | null, beneficiary: { name: string, ticker: string | null } | null, obligor: { name: string } | null, amount: { amount: number, currency: string, usd: number | null } | null, sources: Array<{ source: { title: string, url: string | null } }> }> } };

export type ListBondRaisesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<BondRaiseWhere>;
  orderBy?: InputMaybe<Array<BondRaiseOrder> | BondRaiseOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListBondRaisesQuery = { bondRaises: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, pricedOn: string | null, settledOn: string | null, coverRatio: number | null, tranches: number | null, maturities: string | null, market: string | null, approximate: boolean, verified: boolean, note: string | null, issuer: { name: string, ticker: string | null }, amount: { amount: number, currency: string, usd: number | null, fx: { rate: number, rateOn: string, base: string, quote: string } | null }, initialTarget: { amount: number, currency: string, usd: number | null } | null, orderBookDemand: { amount: number, currency: string, usd: number | null } | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> }> } };

export type ListCapacityReportsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<CapacityReportWhere>;
  orderBy?: InputMaybe<Array<CapacityReportOrder> | CapacityReportOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListCapacityReportsQuery = { capacityReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, scope: CapacityScope, country: string | null, basis: CapacityBasis, metric: string | null, qualifier: string | null, reportedOn: string | null, verified: boolean, note: string | null, company: { name: string, ticker: string | null } | null, capacity: { mw: number, gw: number } | null, supersedes: { key: string, capacity: { mw: number } | null } | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> }> } };

export type ListChangesQueryVariables = Exact<{
  since?: InputMaybe<Scalars['DateTime']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
}>;


export type ListChangesQuery = { changes: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, action: AuditAction, typename: string, recordId: string, version: number, actor: string, reason: string | null, before: Record<string, unknown> | null, after: Record<string, unknown> | null, sources: Array<{ id: string, title: string }> }> } };

export type ListCompaniesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<CompanyWhere>;
  orderBy?: InputMaybe<Array<CompanyOrder> | CompanyOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListCompaniesQuery = { companies: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, slug: string, name: string, ticker: string | null, exchange: string | null, kind: CompanyKind, country: string | null, hqCity: string | null, role: string | null }> } };

export type ListCreditBackstopsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<CreditBackstopWhere>;
  orderBy?: InputMaybe<Array<CreditBackstopOrder> | CreditBackstopOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListCreditBackstopsQuery = { creditBackstops: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, beneficiaryText: string | null, amountType: string | null, isReportedTotal: boolean, equityStakePct: number | null, warrantShares: number | null, coverage: string | null, announcedOn: string | null, verified: boolean, note: string | null, guarantor: { name: string, ticker: string | null }, beneficiary: { name: string, ticker: string | null } | null, obligor: { name: string } | null, deal: { key: string } | null, amount: { amount: number, currency: string, usd: number | null } | null, incrementOf: { key: string } | null, cumulativeAmountForBeneficiary: { amount: number, currency: string, usd: number | null } | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> }> } };

export type ListDealsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<DealWhere>;
  orderBy?: InputMaybe<Array<DealOrder> | DealOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListDealsQuery = { deals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, kind: DealKind, counterpartyText: string | null, termMonths: number | null, gpuModel: string | null, prepaymentPct: number | null, contractOn: string | null, announcedOn: string | null, publicOn: string | null, approximate: boolean, verified: boolean, note: string | null, provider: { slug: string, name: string, ticker: string | null }, customer: { slug: string, name: string, ticker: string | null } | null, totalValue: { amount: number, currency: string, usd: number | null } | null, annualizedRevenue: { amount: number, currency: string, usd: number | null } | null, itLoad: { mw: number, gw: number } | null, site: { name: string, region: string | null, country: string } | null, sources: Array<{ quote: string | null, source: { key: string, title: string, publisher: string | null, publishedOn: string | null, url: string | null } }> }> } };

export type ListIndicatorsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<MarketIndicatorWhere>;
  orderBy?: InputMaybe<Array<MarketIndicatorOrder> | MarketIndicatorOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListIndicatorsQuery = { indicators: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, name: string, provider: string, value: number | null, valueLow: number | null, valueHigh: number | null, unit: string, qualifier: string | null, observedOn: string | null, approximate: boolean, verified: boolean, note: string | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> }> } };

export type ListInvestmentPlansQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<InvestmentPlanWhere>;
  orderBy?: InputMaybe<Array<InvestmentPlanOrder> | InvestmentPlanOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListInvestmentPlansQuery = { investmentPlans: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, plannerText: string | null, description: string | null, amountType: string | null, region: string | null, jobs: number | null, constructionStart: string | null, announcedOn: string | null, verified: boolean, note: string | null, company: { name: string, ticker: string | null } | null, companies: Array<{ ticker: string | null }>, amount: { amount: number, currency: string, usd: number | null } | null, capacity: { mw: number, gw: number } | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> }> } };

export type ListRevenueReportsQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<RevenueReportWhere>;
  orderBy?: InputMaybe<Array<RevenueReportOrder> | RevenueReportOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListRevenueReportsQuery = { revenueReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, period: RevenuePeriod, fiscalLabel: string | null, periodStart: string, periodEnd: string, aiShareOfRevenuePct: number | null, verified: boolean, note: string | null, company: { name: string, ticker: string | null }, total: { amount: number, currency: string, usd: number | null } | null, mining: { amount: number, currency: string, usd: number | null } | null, aiHpc: { amount: number, currency: string, usd: number | null } | null, other: { amount: number, currency: string, usd: number | null } | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> }> } };

export type ListSitesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<SiteWhere>;
  orderBy?: InputMaybe<Array<SiteOrder> | SiteOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListSitesQuery = { sites: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, name: string, region: string | null, city: string | null, country: string, capacityType: string | null, use: string | null, reportedOn: string | null, verified: boolean, note: string | null, company: { name: string, ticker: string | null }, powerCapacity: { mw: number, gw: number } | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> }> } };

export type ListSourcesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<SourceWhere>;
  orderBy?: InputMaybe<Array<SourceOrder> | SourceOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListSourcesQuery = { sources: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, kind: SourceKind, title: string, publisher: string | null, publishedOn: string | null, url: string | null, isSeed: boolean, note: string | null }> } };

export type ListStockMovesQueryVariables = Exact<{
  first?: InputMaybe<Scalars['Int']['input']>;
  after?: InputMaybe<Scalars['String']['input']>;
  where?: InputMaybe<StockMoveWhere>;
  orderBy?: InputMaybe<Array<StockMoveOrder> | StockMoveOrder>;
  asOf?: InputMaybe<Scalars['Date']['input']>;
}>;


export type ListStockMovesQuery = { stockMoves: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string, symbol: string, isIndex: boolean, on: string, window: MoveWindow, moveType: string, changePct: number | null, unresolved: boolean, verified: boolean, context: string | null, note: string | null, company: { name: string, ticker: string | null } | null, price: { amount: number, currency: string } | null, sources: Array<{ source: { key: string, title: string, url: string | null } }> }> } };

export type RetractDealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  reason: Scalars['String']['input'];
  sources: Array<SourceRefInput> | SourceRefInput;
}>;


export type RetractDealMutation = { retractDeal: { deal: { id: string, key: string, version: number, retraction: { at: string, on: string | null, reason: string } | null } | null, change: { id: string, at: string, action: AuditAction, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type ReviseDealMutationVariables = Exact<{
  id: Scalars['ID']['input'];
  version: Scalars['Int']['input'];
  input: DealInput;
  sources: Array<SourceRefInput> | SourceRefInput;
}>;


export type ReviseDealMutation = { reviseDeal: { deal: { id: string, key: string, version: number, publicOn: string | null, totalValue: { amount: number, currency: string, usd: number | null } | null } | null, change: { id: string, at: string, action: AuditAction, version: number } | null, userErrors: Array<{ field: Array<string>, message: string, code: UserErrorCode }> } };

export type SectorSeriesQueryVariables = Exact<{
  metric: SectorMetric;
  country?: InputMaybe<Scalars['CountryCode']['input']>;
  from: Scalars['Date']['input'];
  to: Scalars['Date']['input'];
  interval?: InputMaybe<SeriesInterval>;
}>;


export type SectorSeriesQuery = { sectorSeries: { metric: SectorMetric, country: string, interval: SeriesInterval, unit: string, points: Array<{ on: string, value: number | null, coverage: number | null, reason: string | null, inputs: { totalCount: number, nodes: Array<{ label: string, value: number, fact:
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
            | { key: string }
           }> }, sources: Array<{ title: string, url: string | null }> }> } };

export type SectorSummaryQueryVariables = Exact<{
  country?: InputMaybe<Scalars['CountryCode']['input']>;
}>;


export type SectorSummaryQuery = { before: { asOf: string, country: string, minerCapacity: { coverage: number | null, sitesCoverage: number | null, spanningBordersMw: number | null, borderRule: string, method: string, reported: { label: string, value: number | null, unit: string, qualifier: string | null, publicOn: string | null } | null, computed: { value: number | null, reason: string | null, unit: string, count: number }, fromSites: { value: number | null, reason: string | null, unit: string, count: number } }, aiContractedItLoad: { itLoad: { value: number | null, unit: string, count: number }, shareOfReportedCapacity: { value: number | null }, shareOfComputedCapacity: { value: number | null } }, contractedAiValue: { total: { value: number | null, unit: string, count: number }, annualized: { value: number | null, unit: string } }, contractedAiRevenueShare: { percent: number | null, forwardLooking: boolean, method: string, aiRevenue: { value: number | null }, miningRevenue: { value: number | null } }, reportedAiRevenueShare: { percent: number | null, coverage: number | null, method: string, aiHpcRevenue: { value: number | null }, totalRevenue: { value: number | null } }, creditBackstops: { total: { value: number | null, unit: string, count: number }, byGuarantor: Array<{ amount: number, count: number, guarantor: { name: string, ticker: string | null } }> }, bondIssuance: { total: { value: number | null, unit: string, count: number }, orderBookDemand: { value: number | null }, coverRatio: { value: number | null } }, hyperscalerInvestment: { amount: { value: number | null, unit: string, count: number }, capacity: { value: number | null, unit: string } } } | null, after: { asOf: string, country: string, minerCapacity: { coverage: number | null, sitesCoverage: number | null, spanningBordersMw: number | null, borderRule: string, method: string, reported: { label: string, value: number | null, unit: string, qualifier: string | null, publicOn: string | null } | null, computed: { value: number | null, reason: string | null, unit: string, count: number }, fromSites: { value: number | null, reason: string | null, unit: string, count: number } }, aiContractedItLoad: { itLoad: { value: number | null, unit: string, count: number }, shareOfReportedCapacity: { value: number | null }, shareOfComputedCapacity: { value: number | null } }, contractedAiValue: { total: { value: number | null, unit: string, count: number }, annualized: { value: number | null, unit: string } }, contractedAiRevenueShare: { percent: number | null, forwardLooking: boolean, method: string, aiRevenue: { value: number | null }, miningRevenue: { value: number | null } }, reportedAiRevenueShare: { percent: number | null, coverage: number | null, method: string, aiHpcRevenue: { value: number | null }, totalRevenue: { value: number | null } }, creditBackstops: { total: { value: number | null, unit: string, count: number }, byGuarantor: Array<{ amount: number, count: number, guarantor: { name: string, ticker: string | null } }> }, bondIssuance: { total: { value: number | null, unit: string, count: number }, orderBookDemand: { value: number | null }, coverRatio: { value: number | null } }, hyperscalerInvestment: { amount: { value: number | null, unit: string, count: number }, capacity: { value: number | null, unit: string } } } | null };

export type SectorFiguresFragment = { asOf: string, country: string, minerCapacity: { coverage: number | null, sitesCoverage: number | null, spanningBordersMw: number | null, borderRule: string, method: string, reported: { label: string, value: number | null, unit: string, qualifier: string | null, publicOn: string | null } | null, computed: { value: number | null, reason: string | null, unit: string, count: number }, fromSites: { value: number | null, reason: string | null, unit: string, count: number } }, aiContractedItLoad: { itLoad: { value: number | null, unit: string, count: number }, shareOfReportedCapacity: { value: number | null }, shareOfComputedCapacity: { value: number | null } }, contractedAiValue: { total: { value: number | null, unit: string, count: number }, annualized: { value: number | null, unit: string } }, contractedAiRevenueShare: { percent: number | null, forwardLooking: boolean, method: string, aiRevenue: { value: number | null }, miningRevenue: { value: number | null } }, reportedAiRevenueShare: { percent: number | null, coverage: number | null, method: string, aiHpcRevenue: { value: number | null }, totalRevenue: { value: number | null } }, creditBackstops: { total: { value: number | null, unit: string, count: number }, byGuarantor: Array<{ amount: number, count: number, guarantor: { name: string, ticker: string | null } }> }, bondIssuance: { total: { value: number | null, unit: string, count: number }, orderBookDemand: { value: number | null }, coverRatio: { value: number | null } }, hyperscalerInvestment: { amount: { value: number | null, unit: string, count: number }, capacity: { value: number | null, unit: string } } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const SectorFiguresFragmentDoc = new TypedDocumentString(`
    fragment SectorFigures on Sector {
  asOf
  country
  minerCapacity {
    reported {
      label
      value
      unit
      qualifier
      publicOn
    }
    computed {
      value
      reason
      unit
      count
    }
    fromSites {
      value
      reason
      unit
      count
    }
    coverage
    sitesCoverage
    spanningBordersMw
    borderRule
    method
  }
  aiContractedItLoad {
    itLoad {
      value
      unit
      count
    }
    shareOfReportedCapacity {
      value
    }
    shareOfComputedCapacity {
      value
    }
  }
  contractedAiValue {
    total {
      value
      unit
      count
    }
    annualized {
      value
      unit
    }
  }
  contractedAiRevenueShare {
    percent
    forwardLooking
    aiRevenue {
      value
    }
    miningRevenue {
      value
    }
    method
  }
  reportedAiRevenueShare {
    percent
    coverage
    aiHpcRevenue {
      value
    }
    totalRevenue {
      value
    }
    method
  }
  creditBackstops {
    total {
      value
      unit
      count
    }
    byGuarantor {
      guarantor {
        name
        ticker
      }
      amount
      count
    }
  }
  bondIssuance {
    total {
      value
      unit
      count
    }
    orderBookDemand {
      value
    }
    coverRatio {
      value
    }
  }
  hyperscalerInvestment {
    amount {
      value
      unit
      count
    }
    capacity {
      value
      unit
    }
  }
}
    `, {"fragmentName":"SectorFigures"}) as unknown as TypedDocumentString<SectorFiguresFragment, unknown>;
export const BiggestMovesOn20251124Document = new TypedDocumentString(`
    query biggestMovesOn20251124($on: Date! = "2025-11-24", $first: Int = 50) {
  stockMoves(
    first: $first
    where: {on: {eq: $on}}
    orderBy: [{field: CHANGE_PCT, direction: DESC}]
  ) {
    totalCount
    nodes {
      symbol
      company {
        name
        ticker
      }
      isIndex
      on
      window
      moveType
      changePct
      price {
        amount
        currency
      }
      unresolved
      verified
      context
      note
      sources {
        source {
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BiggestMovesOn20251124Query, BiggestMovesOn20251124QueryVariables>;
export const BondsByIssuerDocument = new TypedDocumentString(`
    query bondsByIssuer($issuers: [String!], $asOf: Date, $first: Int = 100) {
  bondRaises(
    first: $first
    asOf: $asOf
    where: {issuer: {ticker: {in: $issuers}}}
    orderBy: [{field: AMOUNT, direction: DESC}, {field: PRICED_ON, direction: DESC}]
  ) {
    totalCount
    nodes {
      key
      issuer {
        name
        ticker
      }
      pricedOn
      amount {
        amount
        currency
        usd
        fx {
          rate
          rateOn
          base
          quote
          source {
            title
            url
          }
        }
      }
      orderBookDemand {
        amount
        currency
        usd
      }
      coverRatio
      tranches
      maturities
      market
      note
      sources {
        source {
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BondsByIssuerQuery, BondsByIssuerQueryVariables>;
export const CreateDealDocument = new TypedDocumentString(`
    mutation createDeal($input: DealInput!, $sources: [SourceRefInput!]!, $key: String) {
  createDeal(input: $input, sources: $sources, key: $key) {
    deal {
      id
      key
      version
      publicOn
      totalValue {
        amount
        currency
        usd
      }
    }
    change {
      id
      at
      action
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<CreateDealMutation, CreateDealMutationVariables>;
export const DealWithSourcesDocument = new TypedDocumentString(`
    query dealWithSources($provider: String! = "IREN", $customer: String! = "MSFT", $asOf: Date) {
  deals(
    where: {provider: {ticker: {eq: $provider}}, customer: {ticker: {eq: $customer}}}
    asOf: $asOf
  ) {
    totalCount
    nodes {
      key
      kind
      provider {
        name
        ticker
      }
      customer {
        name
        ticker
      }
      totalValue {
        amount
        currency
        usd
      }
      annualizedRevenue {
        amount
        currency
      }
      termMonths
      prepaymentPct
      itLoad {
        mw
      }
      gpuModel
      site {
        name
        region
      }
      contractOn
      announcedOn
      verified
      note
      sources {
        quote
        source {
          title
          publisher
          publishedOn
          url
          kind
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<DealWithSourcesQuery, DealWithSourcesQueryVariables>;
export const GetCompanyDocument = new TypedDocumentString(`
    query getCompany($slug: String!, $asOf: Date) {
  company(slug: $slug, asOf: $asOf) {
    id
    slug
    name
    ticker
    exchange
    kind
    country
    hqCity
    role
    sites(first: 50) {
      key
      name
      region
      country
      powerCapacity {
        mw
        gw
      }
      use
    }
    dealsAsProvider(first: 50) {
      key
      kind
      customer {
        name
        ticker
      }
      totalValue {
        amount
        currency
        usd
      }
      termMonths
      itLoad {
        mw
      }
      announcedOn
    }
    dealsAsCustomer(first: 50) {
      key
      kind
      provider {
        name
        ticker
      }
      totalValue {
        amount
        currency
        usd
      }
      announcedOn
    }
    backstopsReceived(first: 50) {
      key
      guarantor {
        name
        ticker
      }
      amount {
        amount
        currency
        usd
      }
      isReportedTotal
      announcedOn
    }
    backstopsGiven(first: 50) {
      key
      beneficiary {
        name
        ticker
      }
      beneficiaryText
      amount {
        amount
        currency
        usd
      }
      isReportedTotal
      announcedOn
    }
    capacityReports(first: 50) {
      key
      basis
      metric
      capacity {
        mw
        gw
      }
      reportedOn
    }
    reportedContractedAiRevenue {
      amount {
        amount
        currency
        usd
      }
      basis
      reportedOn
    }
    sources {
      source {
        key
        title
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GetCompanyQuery, GetCompanyQueryVariables>;
export const GetNodeDocument = new TypedDocumentString(`
    query getNode($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Fact {
      key
      publicOn
      verified
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
    ... on Company {
      slug
      name
      ticker
      companyKind: kind
    }
    ... on Site {
      siteName: name
      region
      powerCapacity {
        mw
      }
    }
    ... on Deal {
      dealKind: kind
      totalValue {
        amount
        currency
        usd
      }
      provider {
        name
      }
      customer {
        name
      }
      announcedOn
    }
    ... on CreditBackstop {
      backstopAmount: amount {
        amount
        currency
        usd
      }
      guarantor {
        name
      }
      beneficiary {
        name
      }
    }
    ... on BondRaise {
      bondAmount: amount {
        amount
        currency
        usd
      }
      issuer {
        name
      }
      pricedOn
    }
    ... on InvestmentPlan {
      planAmount: amount {
        amount
        currency
        usd
      }
      plannerText
    }
    ... on RevenueReport {
      period
      periodEnd
      total {
        amount
        currency
      }
    }
    ... on StockMove {
      symbol
      on
      changePct
    }
    ... on MarketIndicator {
      indicatorName: name
      value
      unit
    }
    ... on CapacityReport {
      scope
      capacity {
        mw
      }
      reportedOn
    }
    ... on Source {
      title
      url
      publishedOn
    }
  }
}
    `) as unknown as TypedDocumentString<GetNodeQuery, GetNodeQueryVariables>;
export const GoogleBackstopsOverTimeDocument = new TypedDocumentString(`
    query googleBackstopsOverTime($guarantor: String! = "GOOGL", $earlier: Date = "2025-09-30", $later: Date = "2026-02-28") {
  earlier: creditBackstops(
    asOf: $earlier
    where: {guarantor: {ticker: {eq: $guarantor}}}
    orderBy: [{field: ANNOUNCED_ON, direction: ASC}]
  ) {
    totalCount
    nodes {
      key
      announcedOn
      beneficiary {
        name
        ticker
      }
      beneficiaryText
      obligor {
        name
      }
      amount {
        amount
        currency
        usd
      }
      amountType
      isReportedTotal
      equityStakePct
      warrantShares
      sources {
        source {
          title
          url
        }
      }
    }
  }
  later: creditBackstops(
    asOf: $later
    where: {guarantor: {ticker: {eq: $guarantor}}}
    orderBy: [{field: ANNOUNCED_ON, direction: ASC}]
  ) {
    totalCount
    nodes {
      key
      announcedOn
      beneficiary {
        name
        ticker
      }
      beneficiaryText
      obligor {
        name
      }
      amount {
        amount
        currency
        usd
      }
      amountType
      isReportedTotal
      equityStakePct
      warrantShares
      sources {
        source {
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<GoogleBackstopsOverTimeQuery, GoogleBackstopsOverTimeQueryVariables>;
export const ListBondRaisesDocument = new TypedDocumentString(`
    query listBondRaises($first: Int, $after: String, $where: BondRaiseWhere, $orderBy: [BondRaiseOrder!], $asOf: Date) {
  bondRaises(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      issuer {
        name
        ticker
      }
      pricedOn
      settledOn
      amount {
        amount
        currency
        usd
        fx {
          rate
          rateOn
          base
          quote
        }
      }
      initialTarget {
        amount
        currency
        usd
      }
      orderBookDemand {
        amount
        currency
        usd
      }
      coverRatio
      tranches
      maturities
      market
      approximate
      verified
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListBondRaisesQuery, ListBondRaisesQueryVariables>;
export const ListCapacityReportsDocument = new TypedDocumentString(`
    query listCapacityReports($first: Int, $after: String, $where: CapacityReportWhere, $orderBy: [CapacityReportOrder!], $asOf: Date) {
  capacityReports(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      scope
      company {
        name
        ticker
      }
      country
      basis
      metric
      qualifier
      capacity {
        mw
        gw
      }
      reportedOn
      supersedes {
        key
        capacity {
          mw
        }
      }
      verified
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListCapacityReportsQuery, ListCapacityReportsQueryVariables>;
export const ListChangesDocument = new TypedDocumentString(`
    query listChanges($since: DateTime, $first: Int = 100, $after: String) {
  changes(since: $since, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      action
      typename
      recordId
      version
      actor
      reason
      before
      after
      sources {
        id
        title
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListChangesQuery, ListChangesQueryVariables>;
export const ListCompaniesDocument = new TypedDocumentString(`
    query listCompanies($first: Int, $after: String, $where: CompanyWhere, $orderBy: [CompanyOrder!], $asOf: Date) {
  companies(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      slug
      name
      ticker
      exchange
      kind
      country
      hqCity
      role
    }
  }
}
    `) as unknown as TypedDocumentString<ListCompaniesQuery, ListCompaniesQueryVariables>;
export const ListCreditBackstopsDocument = new TypedDocumentString(`
    query listCreditBackstops($first: Int, $after: String, $where: CreditBackstopWhere, $orderBy: [CreditBackstopOrder!], $asOf: Date) {
  creditBackstops(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      guarantor {
        name
        ticker
      }
      beneficiary {
        name
        ticker
      }
      beneficiaryText
      obligor {
        name
      }
      deal {
        key
      }
      amount {
        amount
        currency
        usd
      }
      amountType
      isReportedTotal
      incrementOf {
        key
      }
      cumulativeAmountForBeneficiary {
        amount
        currency
        usd
      }
      equityStakePct
      warrantShares
      coverage
      announcedOn
      verified
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListCreditBackstopsQuery, ListCreditBackstopsQueryVariables>;
export const ListDealsDocument = new TypedDocumentString(`
    query listDeals($first: Int, $after: String, $where: DealWhere, $orderBy: [DealOrder!], $asOf: Date) {
  deals(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      kind
      provider {
        slug
        name
        ticker
      }
      customer {
        slug
        name
        ticker
      }
      counterpartyText
      totalValue {
        amount
        currency
        usd
      }
      annualizedRevenue {
        amount
        currency
        usd
      }
      termMonths
      itLoad {
        mw
        gw
      }
      gpuModel
      prepaymentPct
      site {
        name
        region
        country
      }
      contractOn
      announcedOn
      publicOn
      approximate
      verified
      note
      sources {
        quote
        source {
          key
          title
          publisher
          publishedOn
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListDealsQuery, ListDealsQueryVariables>;
export const ListIndicatorsDocument = new TypedDocumentString(`
    query listIndicators($first: Int, $after: String, $where: MarketIndicatorWhere, $orderBy: [MarketIndicatorOrder!], $asOf: Date) {
  indicators(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      name
      provider
      value
      valueLow
      valueHigh
      unit
      qualifier
      observedOn
      approximate
      verified
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListIndicatorsQuery, ListIndicatorsQueryVariables>;
export const ListInvestmentPlansDocument = new TypedDocumentString(`
    query listInvestmentPlans($first: Int, $after: String, $where: InvestmentPlanWhere, $orderBy: [InvestmentPlanOrder!], $asOf: Date) {
  investmentPlans(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      company {
        name
        ticker
      }
      companies {
        ticker
      }
      plannerText
      description
      amount {
        amount
        currency
        usd
      }
      amountType
      capacity {
        mw
        gw
      }
      region
      jobs
      constructionStart
      announcedOn
      verified
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListInvestmentPlansQuery, ListInvestmentPlansQueryVariables>;
export const ListRevenueReportsDocument = new TypedDocumentString(`
    query listRevenueReports($first: Int, $after: String, $where: RevenueReportWhere, $orderBy: [RevenueReportOrder!], $asOf: Date) {
  revenueReports(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      company {
        name
        ticker
      }
      period
      fiscalLabel
      periodStart
      periodEnd
      total {
        amount
        currency
        usd
      }
      mining {
        amount
        currency
        usd
      }
      aiHpc {
        amount
        currency
        usd
      }
      other {
        amount
        currency
        usd
      }
      aiShareOfRevenuePct
      verified
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListRevenueReportsQuery, ListRevenueReportsQueryVariables>;
export const ListSitesDocument = new TypedDocumentString(`
    query listSites($first: Int, $after: String, $where: SiteWhere, $orderBy: [SiteOrder!], $asOf: Date) {
  sites(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      name
      company {
        name
        ticker
      }
      region
      city
      country
      powerCapacity {
        mw
        gw
      }
      capacityType
      use
      reportedOn
      verified
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListSitesQuery, ListSitesQueryVariables>;
export const ListSourcesDocument = new TypedDocumentString(`
    query listSources($first: Int, $after: String, $where: SourceWhere, $orderBy: [SourceOrder!], $asOf: Date) {
  sources(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      kind
      title
      publisher
      publishedOn
      url
      isSeed
      note
    }
  }
}
    `) as unknown as TypedDocumentString<ListSourcesQuery, ListSourcesQueryVariables>;
export const ListStockMovesDocument = new TypedDocumentString(`
    query listStockMoves($first: Int, $after: String, $where: StockMoveWhere, $orderBy: [StockMoveOrder!], $asOf: Date) {
  stockMoves(
    first: $first
    after: $after
    where: $where
    orderBy: $orderBy
    asOf: $asOf
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      key
      symbol
      company {
        name
        ticker
      }
      isIndex
      on
      window
      moveType
      changePct
      price {
        amount
        currency
      }
      unresolved
      verified
      context
      note
      sources {
        source {
          key
          title
          url
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ListStockMovesQuery, ListStockMovesQueryVariables>;
export const RetractDealDocument = new TypedDocumentString(`
    mutation retractDeal($id: ID!, $version: Int!, $reason: String!, $sources: [SourceRefInput!]!) {
  retractDeal(id: $id, version: $version, reason: $reason, sources: $sources) {
    deal {
      id
      key
      version
      retraction {
        at
        on
        reason
      }
    }
    change {
      id
      at
      action
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<RetractDealMutation, RetractDealMutationVariables>;
export const ReviseDealDocument = new TypedDocumentString(`
    mutation reviseDeal($id: ID!, $version: Int!, $input: DealInput!, $sources: [SourceRefInput!]!) {
  reviseDeal(id: $id, version: $version, input: $input, sources: $sources) {
    deal {
      id
      key
      version
      publicOn
      totalValue {
        amount
        currency
        usd
      }
    }
    change {
      id
      at
      action
      version
    }
    userErrors {
      field
      message
      code
    }
  }
}
    `) as unknown as TypedDocumentString<ReviseDealMutation, ReviseDealMutationVariables>;
export const SectorSeriesDocument = new TypedDocumentString(`
    query sectorSeries($metric: SectorMetric!, $country: CountryCode = "US", $from: Date!, $to: Date!, $interval: SeriesInterval = MONTH) {
  sectorSeries(
    metric: $metric
    country: $country
    from: $from
    to: $to
    interval: $interval
  ) {
    metric
    country
    interval
    unit
    points {
      on
      value
      coverage
      reason
      inputs(first: 20) {
        totalCount
        nodes {
          label
          value
          fact {
            key
          }
        }
      }
      sources {
        title
        url
      }
    }
  }
}
    `) as unknown as TypedDocumentString<SectorSeriesQuery, SectorSeriesQueryVariables>;
export const SectorSummaryDocument = new TypedDocumentString(`
    query sectorSummary($country: CountryCode = "US") {
  before: sector(country: $country, asOf: "2025-11-02") {
    ...SectorFigures
  }
  after: sector(country: $country, asOf: "2026-02-28") {
    ...SectorFigures
  }
}
    fragment SectorFigures on Sector {
  asOf
  country
  minerCapacity {
    reported {
      label
      value
      unit
      qualifier
      publicOn
    }
    computed {
      value
      reason
      unit
      count
    }
    fromSites {
      value
      reason
      unit
      count
    }
    coverage
    sitesCoverage
    spanningBordersMw
    borderRule
    method
  }
  aiContractedItLoad {
    itLoad {
      value
      unit
      count
    }
    shareOfReportedCapacity {
      value
    }
    shareOfComputedCapacity {
      value
    }
  }
  contractedAiValue {
    total {
      value
      unit
      count
    }
    annualized {
      value
      unit
    }
  }
  contractedAiRevenueShare {
    percent
    forwardLooking
    aiRevenue {
      value
    }
    miningRevenue {
      value
    }
    method
  }
  reportedAiRevenueShare {
    percent
    coverage
    aiHpcRevenue {
      value
    }
    totalRevenue {
      value
    }
    method
  }
  creditBackstops {
    total {
      value
      unit
      count
    }
    byGuarantor {
      guarantor {
        name
        ticker
      }
      amount
      count
    }
  }
  bondIssuance {
    total {
      value
      unit
      count
    }
    orderBookDemand {
      value
    }
    coverRatio {
      value
    }
  }
  hyperscalerInvestment {
    amount {
      value
      unit
      count
    }
    capacity {
      value
      unit
    }
  }
}`) as unknown as TypedDocumentString<SectorSummaryQuery, SectorSummaryQueryVariables>;