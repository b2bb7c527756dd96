import type { Frame } from "./sector.sql";

/**
 * The `method` sentences: each states the formula and every rule the SQL applies, so a reader can
 * redo the figure from `inputs` and check each exclusion against the rule that caused it.
 */

const asOfRule = (f: Frame) =>
  f.strict ? `public by ${f.day} (latest revision public by then)` : `public today, ${f.day} (latest revision)`;

const miners = (f: Frame) => `miners of ${f.country} (kind MINER, headquartered in ${f.country} or with a site there public by ${f.day})`;

export const capacityMethod = (f: Frame) =>
  `Sum of capacityMw of the company capacity reports (basis CURRENT) of ${miners(f)}, ${asOfRule(f)}, counted only when the ` +
  `report's own country is ${f.country}: figures for a wider or unstated region (REGION_SPANS_BORDERS) or with no single figure (NO_VALUE) are left out.`;

export const minerCapacityMethod = (f: Frame) =>
  `reported = the latest sector-wide CURRENT capacity report for ${f.country} ${asOfRule(f)}, with its qualifier and caveats; ` +
  `computed = the sum of company reports in ${f.country} (see computed.method); coverage = computed / reported.`;

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
  `value = Σ annualized contracted AI revenue / (Σ annualized contracted AI revenue + Σ annual mining revenue), summed over the ` +
  `${miners(f)} with mining revenue ${asOfRule(f)}; per miner the same ratio of its own figures (see aiRevenue and miningRevenue).`;

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
