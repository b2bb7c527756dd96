/** The GraphQL the MCP tools run (through the same Apollo pipeline as /graphql). */

const SOURCE = "title url publishedOn publisher";
const CITED = `sources { quote source { ${SOURCE} } }`;
const AGGREGATE = `value unit count method
  inputs(first: 100) { nodes { label value unit fact { __typename id key publicOn ${CITED} } } }
  excluded(first: 100) { nodes { reason detail fact { __typename id key } } }
  sources { ${SOURCE} }`;
const REPORTED = `label value unit qualifier caveats publicOn fact { __typename id key ${CITED} }`;

/** Sector figures by the names of the API's SectorMetric contract, and where each lives in `sector`. */
export const SECTOR_METRICS = {
  MINER_CAPACITY_REPORTED: `minerCapacity { method reported { ${REPORTED} } }`,
  MINER_CAPACITY_COMPUTED: `minerCapacity { method coverage computed { ${AGGREGATE} } reported { ${REPORTED} } }`,
  AI_CONTRACTED_IT_LOAD: `aiContractedItLoad { method itLoad { ${AGGREGATE} } shareOfReportedCapacity { value method } }`,
  CONTRACTED_AI_VALUE: `contractedAiValue { total { ${AGGREGATE} } }`,
  CONTRACTED_AI_ANNUALIZED: `contractedAiValue { annualized { ${AGGREGATE} } }`,
  CONTRACTED_AI_REVENUE_SHARE: `contractedAiRevenueShare { value percent unit method aiRevenue { ${AGGREGATE} } miningRevenue { ${AGGREGATE} } }`,
  CREDIT_BACKSTOPS: `creditBackstops { total { ${AGGREGATE} } reported { ${REPORTED} } }`,
  BOND_ISSUANCE: `bondIssuance { total { ${AGGREGATE} } coverRatio { value method } }`,
  HYPERSCALER_INVESTMENT: `hyperscalerInvestment { amount { ${AGGREGATE} } capacity { value unit } }`,
} as const;

export type SectorMetricName = keyof typeof SECTOR_METRICS;

export function sectorQuery(metric: SectorMetricName): string {
  return `query mcp_sector_figure($country: CountryCode!, $asOf: Date) { sector(country: $country, asOf: $asOf) { asOf country ${SECTOR_METRICS[metric]} } }`;
}

/** The fact types a search covers: connection, and how a company relates to its records. */
export const FACT_TYPES = {
  DEAL: { list: "deals", company: ["party"] },
  CREDIT_BACKSTOP: { list: "creditBackstops", company: ["guarantor", "beneficiary", "obligor"] },
  BOND_RAISE: { list: "bondRaises", company: ["issuer"] },
  INVESTMENT_PLAN: { list: "investmentPlans", company: ["company"] },
  REVENUE_REPORT: { list: "revenueReports", company: ["company"] },
  CAPACITY_REPORT: { list: "capacityReports", company: ["company"] },
  STOCK_MOVE: { list: "stockMoves", company: ["company"] },
  SITE: { list: "sites", company: ["company"] },
  MARKET_INDICATOR: { list: "indicators", company: [] },
} as const;

export type FactTypeName = keyof typeof FACT_TYPES;

/** One page (100) of a fact type, newest-first by the list's default order, filtered by company in SQL. */
export function searchQuery(type: FactTypeName): string {
  const { list } = FACT_TYPES[type];
  return `query mcp_search_facts($asOf: Date, $where: ${whereType(type)}) {
  ${list}(first: 100, asOf: $asOf, where: $where) { totalCount nodes { __typename id key note publicOn verified ${CITED} } }
}`;
}

function whereType(type: FactTypeName): string {
  const names: Record<FactTypeName, string> = {
    DEAL: "DealWhere",
    CREDIT_BACKSTOP: "CreditBackstopWhere",
    BOND_RAISE: "BondRaiseWhere",
    INVESTMENT_PLAN: "InvestmentPlanWhere",
    REVENUE_REPORT: "RevenueReportWhere",
    CAPACITY_REPORT: "CapacityReportWhere",
    STOCK_MOVE: "StockMoveWhere",
    SITE: "SiteWhere",
    MARKET_INDICATOR: "MarketIndicatorWhere",
  };
  return names[type];
}

export const COMPANY_QUERY = `query mcp_company($slug: String, $ticker: String) { company(slug: $slug, ticker: $ticker) { slug name ticker } }`;

export const FACT_QUERY = `query mcp_fact($id: ID!) {
  node(id: $id) {
    __typename id
    ... on Fact { key note publicOn verified approximate sources { quote source { ${SOURCE} kind } } }
    ... on Company { slug name ticker }
    ... on Deal { kind provider { name ticker } customer { name ticker } counterpartyText totalValue { amount currency usd } termMonths itLoad { mw } announcedOn }
    ... on CreditBackstop { guarantor { name } beneficiary { name } backstopAmount: amount { amount currency usd } announcedOn }
    ... on BondRaise { issuer { name } bondAmount: amount { amount currency usd } orderBookDemand { usd } pricedOn }
    ... on InvestmentPlan { planner: company { name } planAmount: amount { amount currency usd } planCapacity: capacity { mw } announcedOn }
    ... on RevenueReport { reporter: company { name } period periodEnd total { amount currency } }
    ... on CapacityReport { scope reportingCompany: company { name } reportedCapacity: capacity { mw gw } reportedOn }
    ... on StockMove { symbol on changePct }
    ... on MarketIndicator { name value unit }
    ... on Site { siteName: name region powerCapacity { mw } }
    ... on Source { ${SOURCE} }
  }
}`;
