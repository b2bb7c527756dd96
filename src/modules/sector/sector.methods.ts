import type { Frame } from "./sector.sql";

/**
 * The `method` sentences: each states the formula and every rule the SQL applies, so a reader can
 * redo the figure from `inputs` and check each exclusion against the rule that caused it.
 */

const asOfRule = (f: Frame) =>
  f.strict ? `public by ${f.day} (latest revision public by then)` : `public today, ${f.day} (latest revision)`;

const miners = (f: Frame) => `miners of ${f.country} (kind MINER, headquartered in ${f.country} or with a site there public by ${f.day})`;

/** The one rule for figures that span borders, applied to the reported and the computed side alike. */
export const BORDER_RULE =
  "A figure whose region includes the country but also lies beyond it, or is not stated, spans borders: it counts in full for the " +
  "country it describes, flagged (`spansBorders`, `spanningBordersMw`), on the reported side (the sector-wide figure) and on the " +
  "computed side (each miner's own figure) alike; a figure confined to another country never counts. Only the site-based figure " +
  "(`fromSites`) is strictly inside the country.";

export const capacityMethod = (f: Frame) =>
  `Sum of capacityMw of the company capacity reports (basis CURRENT) of ${miners(f)}, ${asOfRule(f)}, by the border rule: a report ` +
  `confined to ${f.country} or spanning borders counts (the latter flagged), one confined to another country does not (OUTSIDE_COUNTRY); ` +
  `reports with no single figure are left out (NO_VALUE). Null, never 0, when nothing counts.`;

export const sitesMethod = (f: Frame) =>
  `Sum of powerCapacityMw of the sites in ${f.country} of ${miners(f)}, ${asOfRule(f)} (each site's own metric is in its label: grid ` +
  `connection, campus power, critical IT); sites elsewhere (OUTSIDE_COUNTRY) or with no figure (NO_VALUE) are left out. Null when none counts.`;

export const minerCapacityMethod = (f: Frame) =>
  `reported = the latest sector-wide CURRENT capacity report for ${f.country} ${asOfRule(f)} (by the border rule), with its qualifier ` +
  `and caveats; computed = the miners' own reports (see computed.method); fromSites = their sites in ${f.country}; ` +
  `coverage = computed / reported and sitesCoverage = fromSites / reported.`;

export const itLoadMethod = (f: Frame) =>
  `Sum of critical IT load (MW) of the AI/HPC deals of ${miners(f)} whose site, when known, is in ${f.country}, ${asOfRule(f)}; ` +
  `deals with no stated IT load are left out (gross power is not IT load).`;

export const shareOfReportedMethod = "numerator = aiContractedItLoad.itLoad.value (MW); denominator = minerCapacity.reported.value (MW).";

export const shareOfComputedMethod =
  "numerator = IT load (MW) of the counted deals of miners whose capacity is counted in minerCapacity.computed; " +
  "denominator = minerCapacity.computed.value (MW).";

export const totalValueMethod = (f: Frame) =>
  `Sum of totalValue over the initial term in USD (other currencies at the linked published rate, rounded to cents; none on file: NO_FX_RATE) ` +
  `of the AI/HPC deals of ${miners(f)} sited in ${f.country} or with no site on file, ${asOfRule(f)}; cumulative and extension values ` +
  `are never added, and a joint venture's contract counts in full (the ownership is in the label).`;

export const annualizedMethod =
  "Per deal: its stated annualized revenue (basis STATED), else totalValue in USD / (termMonths / 12), rounded to cents; summed. " +
  "A company-wide target (COMPANY_TARGET), no value (NO_VALUE) or no term (NO_TERM) leaves a deal out.";

export const aiRevenueMethod = (f: Frame) =>
  `Annualized contracted AI revenue (as in contractedAiValue.annualized) of the ${miners(f)} that have mining revenue ${asOfRule(f)}; ` +
  `deals of miners without it are left out (NO_REVENUE_DATA).`;

export const miningRevenueMethod = (f: Frame) =>
  `Per miner of ${f.country}, its report ending last among those stating mining revenue ${asOfRule(f)} (a fiscal year before a ` +
  `quarter ending the same day), annualized: a year as reported, a quarter × 4; summed. Earlier reports are EARLIER_PERIOD.`;

export const revenueShareMethod = (f: Frame) =>
  `Forward-looking: contracted (not yet earned) revenue against today's mining run-rate. value = Σ annualized contracted AI revenue / ` +
  `(Σ annualized contracted AI revenue + Σ annual mining revenue), summed over the ${miners(f)} with mining revenue ${asOfRule(f)}; ` +
  `per miner the same ratio of its own figures (see aiRevenue and miningRevenue). For revenue actually earned see reportedAiRevenueShare.`;

const latestPeriod = (f: Frame) =>
  `per miner of ${f.country}, its latest period stating both total and AI/HPC revenue ${asOfRule(f)} (the period ending last; of two ` +
  `ending the same day, the quarter), put on a yearly footing (a quarter × 4, a year as is; USD at the linked published rate)`;

export const reportedAiMethod = (f: Frame) => `AI/HPC segment revenue, ${latestPeriod(f)}; summed. Earlier periods are EARLIER_PERIOD.`;

export const reportedTotalMethod = (f: Frame) =>
  `Total revenue of the same reports, ${latestPeriod(f)}; summed. Miners with no such report are NO_REVENUE_DATA.`;

export const reportedShareMethod = (f: Frame) =>
  `What was earned: value = Σ AI/HPC segment revenue / Σ total revenue, ${latestPeriod(f)}; coverage = miners counted / miners of ` +
  `${f.country}. Not the forward-looking contractedAiRevenueShare.`;

export const backstopMethod = (f: Frame) =>
  `Sum of guaranteed amounts in USD of credit backstops whose beneficiary is one of the ${miners(f)} (the backstopped lease, when ` +
  `known, sited in ${f.country}), ${asOfRule(f)}; increments on one relationship are separate records and add up; reported totals ` +
  `(REPORTED_TOTAL) are shown in \`reported\`, never added; undisclosed amounts are left out (NO_VALUE).`;

export const bondMethod = (f: Frame) =>
  `Sum of bond amounts in USD sold by hyperscalers headquartered in ${f.country}, ${asOfRule(f)}; other currencies at the linked ` +
  `published rate (shown with each input), rounded to cents, and left out when no rate is on file (NO_FX_RATE).`;

export const demandMethod = "Sum of the reported peak order-book demand (USD) of the counted bond sales; sales with no reported order book are left out.";

export const coverMethod = "orderBookDemand / the amount in USD of the same bond sales (only those with a reported order book).";

export const planAmountMethod = (f: Frame) =>
  `Sum of announced amounts (USD, as announced: "up to", "about", guidance; see each label) of investment plans by a single ` +
  `hyperscaler headquartered in ${f.country}, ${asOfRule(f)}; multi-company tallies (REPORTED_TOTAL) and forecasts by others are left out.`;

export const planCapacityMethod = "Sum of the announced power capacity (MW) of the same plans; plans with no capacity figure are left out.";

export const movesMethod = (f: Frame, on: string, windows: string[]) =>
  `Count, mean, median (percentile_cont 0.5), min and max of changePct over the stock moves on ${on} measured over ` +
  `${windows.join(" or ")} of ${miners(f)}, ${asOfRule(f)}; ${windows.includes("CLOSE") && windows.includes("DAY") ? "DAY counts CLOSE moves too (a close-to-close change is the day's move); " : ""}` +
  `unresolved moves, other windows and non-miners are left out; sector-index moves are shown beside, never counted. topMovers orders by |changePct|.`;
