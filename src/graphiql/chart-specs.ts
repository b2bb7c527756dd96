/** What each chart asks /graphql and how its answer becomes points (see ./charts.ts). */

export interface ChartLinkRef {
  title: string;
  url: string | null;
}

export interface ChartPoint {
  on: string;
  /** Which line or set of points it belongs to (e.g. a stock move's window); one when absent. */
  series?: string;
  value: number | null;
  label: string;
  /** The facts behind the point: a link to each in GraphiQL, with its sources. */
  inputs: Array<{ text: string; href: string | null; sources: ChartLinkRef[] }>;
  sources: ChartLinkRef[];
}

export interface ChartSpec {
  kind: string;
  yLabel: string;
  /** Draw a line through the points (a series) or points only (events). */
  line: boolean;
  query: string;
  /** The y scale of a series: series on different scales get their own axis (YTD beside a day). */
  scaleOf?(series: string): string;
  variables(params: URLSearchParams): Record<string, unknown>;
  read(data: unknown, variables: Record<string, unknown>): { title: string; unit: string; points: ChartPoint[] };
}

type Json = any; // eslint-disable-line @typescript-eslint/no-explicit-any

const NODE_QUERY = `# One fact with its sources (opened from a chart point).
query chartPointFact($id: ID!) {
  node(id: $id) {
    __typename
    id
    ... on Fact { key publicOn verified note sources { quote source { title publisher url publishedOn } } }
  }
}
`;

/** GraphiQL, opened on one fact by its global ID. */
export function factHref(id: string): string {
  return `/graphiql?query=${encodeURIComponent(NODE_QUERY)}&variables=${encodeURIComponent(JSON.stringify({ id }))}`;
}

/** A full day for the x axis: month-precision dates (`2026-02`) sit on their first day. */
export function dayOf(date: string): string {
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01`;
  if (/^\d{4}$/.test(date)) return `${date}-01-01`;
  return date;
}

const sourcesOf = (fact: Json): ChartLinkRef[] => (fact?.sources ?? []).map((s: Json) => ({ title: s.source?.title ?? "source", url: s.source?.url ?? null }));
const factInput = (fact: Json) => ({ text: fact.key, href: factHref(fact.id), sources: sourcesOf(fact) });
const SOURCES = "sources { quote source { title url } }";

const stockMoves: ChartSpec = {
  kind: "stock-moves",
  yLabel: "Share-price change",
  line: false,
  query: `query chartStockMoves($ticker: String!) {
  stockMoves(first: 100, where: { company: { ticker: { eq: $ticker } } }, orderBy: [{ field: ON, direction: ASC }, { field: KEY, direction: ASC }]) {
    totalCount
    nodes { id key symbol company { name } on window moveType changePct verified ${SOURCES} }
  }
}`,
  // A year-to-date move is not a day's move: its own axis, so neither is read against the other.
  scaleOf: (series) => (series === "YTD" ? "% year to date" : "% in the session"),
  variables: (p) => ({ ticker: (p.get("ticker") ?? "IREN").toUpperCase() }),
  read: (data: Json, v) => {
    const nodes: Json[] = data.stockMoves.nodes;
    const name = nodes[0]?.company?.name ?? v.ticker;
    return {
      title: `${name} (${v.ticker}): reported share-price moves`,
      unit: "%",
      points: nodes.map((n) => ({
        on: dayOf(n.on),
        series: n.window,
        value: n.changePct,
        label: [n.window, n.moveType.toUpperCase() === n.window ? null : n.moveType, n.verified ? null : "not verified", n.changePct === null ? "no single figure: see the sources" : null].filter(Boolean).join(" — "),
        inputs: [factInput(n)],
        sources: sourcesOf(n),
      })),
    };
  },
};

const backstops: ChartSpec = {
  kind: "backstops",
  yLabel: "Guaranteed amount",
  line: false,
  query: `query chartBackstops($guarantor: String!) {
  creditBackstops(first: 100, where: { guarantor: { ticker: { eq: $guarantor } } }, orderBy: [{ field: ANNOUNCED_ON, direction: ASC }, { field: KEY, direction: ASC }]) {
    totalCount
    nodes { id key announcedOn guarantor { name } beneficiary { name } beneficiaryText amount { amount currency usd } amountType isReportedTotal incrementOf { key } cumulativeAmountForBeneficiary { usd } ${SOURCES} }
  }
}`,
  variables: (p) => ({ guarantor: (p.get("guarantor") ?? "GOOGL").toUpperCase() }),
  read: (data: Json, v) => {
    const nodes: Json[] = data.creditBackstops.nodes;
    const name = nodes[0]?.guarantor?.name ?? v.guarantor;
    return {
      title: `${name}: credit backstops for miners' AI tenants, by announcement`,
      unit: "USD billion",
      points: nodes.map((n) => ({
        on: dayOf(n.announcedOn),
        value: typeof n.amount?.usd === "number" ? n.amount.usd / 1e9 : null,
        label: [n.beneficiary?.name ?? n.beneficiaryText, n.amountType, n.isReportedTotal ? "a reported total, not an extra guarantee" : null,
          n.incrementOf ? `an increase on ${n.incrementOf.key}${typeof n.cumulativeAmountForBeneficiary?.usd === "number" ? `, ${n.cumulativeAmountForBeneficiary.usd / 1e9} USD billion in all` : ""}` : null, n.amount?.usd == null ? "amount undisclosed" : null].filter(Boolean).join(" — "),
        inputs: [factInput(n)],
        sources: sourcesOf(n),
      })),
    };
  },
};

const sector: ChartSpec = {
  kind: "sector",
  yLabel: "Sector figure",
  line: true,
  query: `query chartSectorSeries($metric: SectorMetric!, $country: CountryCode!, $from: Date!, $to: Date!, $interval: SeriesInterval!) {
  sectorSeries(metric: $metric, country: $country, from: $from, to: $to, interval: $interval) {
    metric country interval unit
    points {
      on value coverage reason
      sources { title url }
      inputs(first: 50) { nodes { label value unit fact { id key ${SOURCES} } } }
    }
  }
}`,
  variables: (p) => ({
    metric: p.get("metric") ?? "MINER_CAPACITY_REPORTED",
    country: p.get("country") ?? "US",
    from: p.get("from") ?? "2025-09-01",
    to: p.get("to") ?? "2026-02-28",
    interval: p.get("interval") ?? "MONTH",
  }),
  read: (data: Json) => {
    const s = data.sectorSeries;
    return {
      title: `${s.metric} in ${s.country}, by ${String(s.interval).toLowerCase()}`,
      unit: s.unit,
      points: s.points.map((p: Json) => ({
        on: p.on,
        value: p.value,
        label: [p.coverage === null || p.coverage === undefined ? null : `coverage ${p.coverage}`, p.reason].filter(Boolean).join(" — "),
        inputs: (p.inputs?.nodes ?? []).map((i: Json) => ({ text: `${i.label}: ${i.value} ${i.unit}`, href: factHref(i.fact.id), sources: sourcesOf(i.fact) })),
        sources: (p.sources ?? []).map((src: Json) => ({ title: src.title, url: src.url })),
      })),
    };
  },
};

export const CHARTS: Record<string, ChartSpec> = { "stock-moves": stockMoves, backstops, sector };
