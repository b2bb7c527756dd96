import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";

/** One fixed operation the bench drives; `build` returns null (with a reason) when the API lacks it. */
export interface Workload {
  id: string;
  title: string;
  /** Counts toward "hot queries" for the cached run. */
  hot: boolean;
  build(schema: GraphQLSchema, params: WorkloadParams): { query: string; variables?: Record<string, unknown> } | { skip: string };
}

export interface WorkloadParams {
  /** A ticker that exists in the bench data. */
  ticker: string;
}

const NESTED = `query NestedDeals($first: Int!) {
  deals(first: $first) {
    nodes {
      id key kind announcedOn
      totalValue { amount currency }
      provider { name ticker }
      customer { name }
      site { name country }
      sources { quote source { title url } }
    }
  }
}`;

export const NESTED_QUERY = NESTED;

/** The sector's headline figures, values only: what a dashboard shows. */
const sectorQuery = (inputs: string) => `query SectorHeadline { sector(country: "US") { asOf
  minerCapacity { reported { value } computed { value ${inputs} } coverage }
  aiContractedItLoad { itLoad { value ${inputs} } }
  contractedAiValue { total { value ${inputs} } annualized { value ${inputs} } }
  contractedAiRevenueShare { value }
  creditBackstops { total { value ${inputs} } }
  bondIssuance { total { value ${inputs} } }
  hyperscalerInvestment { amount { value ${inputs} } capacity { value } } } }`;

export const SECTOR_HEADLINE = sectorQuery("");

/** The headline with the first 20 inputs of each figure: paged when `inputs` takes `first`, the whole list otherwise. */
function sectorWithInputs(schema: GraphQLSchema): string {
  const explained = schema.getType("Explained");
  const inputs = explained && isInterfaceType(explained) ? explained.getFields().inputs : undefined;
  const paged = inputs?.args.some((a) => a.name === "first");
  return sectorQuery(paged ? "inputs(first: 20) { totalCount nodes { label value } }" : "inputs { label value }").replace("SectorHeadline", "SectorWithInputs");
}

/** The ten fields of a stock move both moves workloads select. */
const MOVE_FIELDS = "id key symbol on window changePct isIndex unresolved publicOn verified";

function hasGroupBy(schema: GraphQLSchema, dimension: string): boolean {
  const dim = schema.getType("DealGroupBy");
  return !!dim && isEnumType(dim) && !!dim.getValue(dimension);
}

/** Leaves (scalars, enums) of a type, and its non-entity objects down to `depth`. */
export function autoSelection(type: GraphQLObjectType, depth: number, opts: { objectLists: boolean }): string {
  const parts: string[] = [];
  for (const field of Object.values(type.getFields())) {
    if (field.args.some((a) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const named = getNamedType(field.type);
    if (isScalarType(named) || isEnumType(named)) {
      parts.push(field.name);
      continue;
    }
    if (depth <= 1 || !isObjectType(named)) continue;
    // Entities (Node) are relations to other facts: the summary stops at their ids.
    if (named.getInterfaces().some((i) => i.name === "Node")) continue;
    if (isListType(getNullableType(field.type)) && !opts.objectLists) continue;
    const inner = autoSelection(named, depth - 1, opts);
    if (inner) parts.push(`${field.name} { ${inner} }`);
  }
  return parts.join(" ");
}

function queryField(schema: GraphQLSchema, name: string): GraphQLField<unknown, unknown> | undefined {
  return schema.getQueryType()?.getFields()[name];
}

/**
 * The fixed workload. `sector` and the grouped connection aggregate are built from the
 * schema (whatever fields they have by then), so they join the bench as soon as they exist.
 */
export const WORKLOADS: Workload[] = [
  {
    id: "point",
    title: "point lookup: company(ticker:)",
    hot: true,
    build: (schema, p) =>
      queryField(schema, "company")
        ? { query: `query Point($ticker: String!) { company(ticker: $ticker) { id name ticker kind country exchange } }`, variables: { ticker: p.ticker } }
        : { skip: "no Query.company" },
  },
  {
    id: "nested",
    title: "nested list: 100 deals + provider, customer, site, sources",
    hot: true,
    build: () => ({ query: NESTED_QUERY, variables: { first: 100 } }),
  },
  {
    id: "moves-root",
    title: "50 stock moves of one company, newest first: root list + where",
    hot: false,
    build: (schema, p) =>
      queryField(schema, "stockMoves")
        ? {
            query: `query MovesRoot($ticker: String!) { stockMoves(first: 50, where: { company: { ticker: { eq: $ticker } } }, orderBy: [{ field: ON, direction: DESC }]) { nodes { ${MOVE_FIELDS} } } }`,
            variables: { ticker: p.ticker },
          }
        : { skip: "no Query.stockMoves" },
  },
  {
    id: "moves-company",
    title: "50 stock moves of one company, newest first: company { stockMoves }",
    hot: false,
    build: (_schema, p) => ({ query: `query MovesOfCompany($ticker: String!) { company(ticker: $ticker) { name stockMoves(first: 50) { ${MOVE_FIELDS} } } }`, variables: { ticker: p.ticker } }),
  },
  {
    id: "total-count",
    title: "unfiltered stockMoves { totalCount } (1M rows at SCALE=1)",
    hot: false,
    build: () => ({ query: `query MovesCount { stockMoves { totalCount } }` }),
  },
  {
    id: "aggregate-kind",
    title: "count + sum of deals grouped by kind: deals { aggregate(groupBy: [KIND]) }",
    hot: false,
    build: (schema) =>
      hasGroupBy(schema, "KIND")
        ? { query: `query DealsByKind { deals { aggregate(groupBy: [KIND]) { count groups { keys { value } count sum { totalValueUsd } } } } }` }
        : { skip: "no deals { aggregate(groupBy: [KIND]) }" },
  },
  {
    id: "sector",
    title: "sector summary",
    hot: true,
    build: (schema) => {
      const f = queryField(schema, "sector");
      if (!f) return { skip: "no Query.sector in the schema yet" };
      const t = getNamedType(f.type);
      if (!isObjectType(t)) return { skip: "Query.sector is not an object" };
      return { query: `query Sector { sector { ${autoSelection(t, 3, { objectLists: false })} } }` };
    },
  },
  {
    id: "sector-headline",
    title: "sector headline figures (values only)",
    hot: true,
    build: (schema) => (queryField(schema, "sector") ? { query: SECTOR_HEADLINE } : { skip: "no Query.sector" }),
  },
  {
    id: "sector-inputs",
    title: "sector headline figures with the first 20 inputs of each",
    hot: true,
    build: (schema) => (queryField(schema, "sector") ? { query: sectorWithInputs(schema) } : { skip: "no Query.sector" }),
  },
  {
    id: "aggregate",
    title: "connection aggregate by quarter: deals { aggregate(groupBy: [QUARTER]) }",
    hot: true,
    build: (schema) => {
      const conn = getNamedType(queryField(schema, "deals")?.type ?? schema.getQueryType()!);
      const agg = isObjectType(conn) || isInterfaceType(conn) ? conn.getFields().aggregate : undefined;
      if (!agg) return { skip: "no DealConnection.aggregate in the schema yet" };
      const groupBy = agg.args.find((a) => a.name === "groupBy");
      const dim = groupBy && getNamedType(groupBy.type);
      if (!dim || !isEnumType(dim) || !dim.getValue("QUARTER")) return { skip: "aggregate has no groupBy: [QUARTER]" };
      const t = getNamedType(agg.type);
      if (!isObjectType(t)) return { skip: "aggregate is not an object" };
      return { query: `query DealsByQuarter { deals { aggregate(groupBy: [QUARTER]) { ${autoSelection(t, 4, { objectLists: true })} } } }` };
    },
  },
];

/** The N+1 probe: the same nested selection at 10 and at 100 rows. */
export function nestedProbe(first: number): { query: string; variables: Record<string, unknown> } {
  return { query: NESTED, variables: { first } };
}
