import { expect } from "vitest";

/** What every sector test selects of an explained aggregate. */
export const AGG = `fragment Agg on Aggregate { value unit count method notYetPublicCount inputs { label value fact { key } } excluded { reason detail fact { key } } sources { key } }`;

export type Input = { value: number; fact: { key: string } };

/** What a journalist does: add up the inputs (to the cent). */
export const reAdd = (inputs: Input[]) => Math.round(inputs.reduce((sum, i) => sum + i.value, 0) * 100) / 100;
export const keys = (list: Array<{ fact: { key: string } }>) => list.map((x) => x.fact.key);
export const reasons = (excluded: Array<{ reason: string; fact: { key: string } }>) => Object.fromEntries(excluded.map((x) => [x.fact.key, x.reason]));

/** Every aggregate: the inputs add up to the value, one input per counted record, sources when anything counts. */
export function expectSelfConsistent(agg: { value: number; count: number; inputs: Input[]; sources: unknown[]; method: string }) {
  expect(reAdd(agg.inputs)).toBeCloseTo(agg.value, 2);
  expect(agg.count).toBe(agg.inputs.length);
  expect(agg.method.length).toBeGreaterThan(40);
  if (agg.inputs.length) expect(agg.sources.length).toBeGreaterThan(0);
}
