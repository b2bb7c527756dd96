import { expect } from "vitest";

/** What every sector test selects of an explained aggregate (run through `pageAll`). */
export const AGG = `fragment Agg on Aggregate { value reason unit count method notYetPublicCount inputs { label value fact { key } } excluded { reason detail fact { key } } sources { key } }`;

/**
 * Asks for every input and exclusion in one page (of 100 unless said): each `inputs { … }` / `excluded(…) { … }`
 * selection becomes `inputs(first: 100, …) { totalCount nodes { … } }`. `flattenConnections` turns
 * the answers back into lists after checking each page is the whole list.
 */
export function pageAll(query: string, size = 100): string {
  const re = /\b(inputs|excluded)(\(([^)]*)\))?\s*\{/g;
  let out = "";
  let at = 0;
  for (let m = re.exec(query); m; m = re.exec(query)) {
    let depth = 1;
    let i = re.lastIndex;
    while (depth > 0) depth += query[i] === "{" ? 1 : query[i] === "}" ? -1 : 0, i++;
    const inner = pageAll(query.slice(re.lastIndex, i - 1), size);
    const args = [`first: ${size}`, m[3]].filter(Boolean).join(", ");
    out += `${query.slice(at, m.index)}${m[1]}(${args}) { totalCount nodes { ${inner} } }`;
    at = i;
    re.lastIndex = i;
  }
  return out + query.slice(at);
}

export type Input = { value: number; fact: { key: string } };

/**
 * Replaces every connection in a sector answer (`{ nodes, totalCount }` under `inputs`, `excluded`
 * or an alias of them) by its nodes, after checking the page holds the whole list: the assertions
 * then read lists, as a journalist reading every page would.
 */
export function flattenConnections<T>(value: T): T {
  if (Array.isArray(value)) return value.map(flattenConnections) as T;
  if (!value || typeof value !== "object") return value;
  const o = value as Record<string, unknown>;
  if (Array.isArray(o.nodes) && "totalCount" in o) {
    expect(o.nodes.length).toBe(o.totalCount);
    return (o.nodes as unknown[]).map(flattenConnections) as T;
  }
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, flattenConnections(v)])) as T;
}

/** What a journalist does: add up the inputs (to the cent). */
export const reAdd = (inputs: Input[]) => Math.round(inputs.reduce((sum, i) => sum + i.value, 0) * 100) / 100;
export const keys = (list: Array<{ fact: { key: string } }>) => list.map((x) => x.fact.key);
export const reasons = (excluded: Array<{ reason: string; fact: { key: string } }>) => Object.fromEntries(excluded.map((x) => [x.fact.key, x.reason]));

/** Every aggregate: the inputs add up to the value (null when none), one input per counted record, sources when anything counts. */
export function expectSelfConsistent(agg: { value: number | null; reason?: string | null; count: number; inputs: Input[]; sources: unknown[]; method: string }) {
  if (agg.inputs.length) expect(reAdd(agg.inputs)).toBeCloseTo(agg.value!, 2);
  else {
    expect(agg.value).toBeNull();
    expect(agg.reason).toBeTruthy();
  }
  expect(agg.count).toBe(agg.inputs.length);
  expect(agg.method.length).toBeGreaterThan(40);
  if (agg.inputs.length) expect(agg.sources.length).toBeGreaterThan(0);
}
