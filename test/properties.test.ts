/**
 * Property tests (fast-check) through the real server: whatever filters, cursors, IDs, dates
 * and money inputs a client sends, the answer is data or a documented error code, never a 5xx
 * and never INTERNAL_SERVER_ERROR.
 */
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ERROR_CODES } from "../src/shared/errors";
import { startTestServer, type TestServer } from "./helpers/server";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ RESPONSE_CACHE: "false" });
});
afterAll(async () => {
  await server?.close();
});

const RUNS = Number(process.env.PROPERTY_RUNS ?? 15);
// A counterexample is reported as found (shrinking through the server would take minutes); on a
// busy machine the runs that fit in 90 s are made.
const OPTIONS = { numRuns: RUNS, endOnFailure: true, interruptAfterTimeLimit: 90_000, markInterruptAsFailure: false } as const;
const SLOW = 120_000;

/** Sends the operation; fails with the counterexample on a 5xx or an internal error. */
async function answersCleanly(query: string, variables: Record<string, unknown>): Promise<boolean> {
  const started = performance.now();
  const res = await server.fetch("/graphql", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query, variables }) });
  const body = (await res.json()) as { data?: unknown; errors?: Array<{ extensions?: { code?: string } }> };
  if (process.env.PROPERTY_TRACE) console.log(Math.round(performance.now() - started), "ms", JSON.stringify(variables).slice(0, 200));
  expect(res.status, JSON.stringify(body).slice(0, 500)).toBeLessThan(500);
  for (const e of body.errors ?? []) {
    expect(e.extensions?.code, JSON.stringify(e)).not.toBe("INTERNAL_SERVER_ERROR");
    expect(Object.keys(ERROR_CODES)).toContain(e.extensions?.code);
  }
  expect(body.data !== undefined || (body.errors?.length ?? 0) > 0).toBe(true);
  return true;
}

/** Strings a hostile client would try: any unicode (NUL included), SQL, huge, empty. */
const text = fc.oneof(fc.string({ unit: "grapheme", maxLength: 40 }), fc.string({ unit: "binary", maxLength: 20 }), fc.constantFrom("", "'; drop table deals; --", "%_\\", "\u0000", "x".repeat(5000)));
/** Numbers JSON can carry, in and out of Int32 and float ranges. */
const number = fc.oneof(fc.integer(), fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constantFrom(0, -1, 2 ** 31, -(2 ** 53), 1e308, -1e-308));
/** Dates: valid days, impossible days, partial dates and garbage. */
const date = fc.oneof(
  fc.date({ min: new Date("0001-01-01"), max: new Date("9999-12-31"), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.tuple(fc.integer({ min: -1, max: 99999 }), fc.integer({ min: -1, max: 99 }), fc.integer({ min: -1, max: 99 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  text,
);
/** Any JSON scalar, to send where another type is expected. */
const anyScalar = fc.oneof(text, number, fc.boolean(), fc.constant(null));

const floatFilter = fc.record({ eq: number, gt: number, lte: number, in: fc.array(number, { maxLength: 5 }), isNull: fc.boolean() }, { requiredKeys: [] });
const stringFilter = fc.record({ eq: text, in: fc.array(text, { maxLength: 5 }), contains: text, notIn: fc.array(anyScalar, { maxLength: 3 }) }, { requiredKeys: [] });
const dateFilter = fc.record({ eq: date, gte: date, lt: date, in: fc.array(date, { maxLength: 3 }) }, { requiredKeys: [] });
const idFilter = fc.record({ eq: text, in: fc.array(text, { maxLength: 5 }) }, { requiredKeys: [] });

/** DealWhere up to `depth` levels of and/or/not (deeper than MAX_FILTER_DEPTH only by asking for it). */
function dealWhere(depth: number): fc.Arbitrary<Record<string, unknown>> {
  const leaf = {
    id: idFilter,
    key: stringFilter,
    totalValue: floatFilter,
    termMonths: fc.record({ eq: number, in: fc.array(number, { maxLength: 3 }) }, { requiredKeys: [] }),
    announcedOn: dateFilter,
    provider: fc.record({ ticker: stringFilter, name: stringFilter }, { requiredKeys: [] }),
  };
  if (depth === 0) return fc.record(leaf, { requiredKeys: [] });
  const inner = dealWhere(depth - 1);
  return fc.record({ ...leaf, and: fc.array(inner, { maxLength: 2 }), or: fc.array(inner, { maxLength: 2 }), not: inner }, { requiredKeys: [] });
}

describe("never a 5xx", () => {
  it("filters: any DealWhere, nested and/or/not included", async () => {
    await fc.assert(
      fc.asyncProperty(dealWhere(3), async (where) => answersCleanly("query($w: DealWhere) { deals(where: $w, first: 3) { totalCount nodes { key } } }", { w: where })),
      OPTIONS,
    );
  }, SLOW);

  it("cursors: random strings and forged ones with any values", async () => {
    const forged = fc.tuple(fc.oneof(text, fc.constant("name:ASC,id:ASC")), fc.array(anyScalar, { maxLength: 4 })).map(([o, v]) => Buffer.from(JSON.stringify({ o, v })).toString("base64url"));
    await fc.assert(
      fc.asyncProperty(fc.oneof(text, forged), fc.boolean(), async (cursor, forward) =>
        answersCleanly(
          forward ? "query($c: String) { companies(first: 2, after: $c) { nodes { name } } }" : "query($c: String) { deals(last: 2, before: $c) { nodes { key } } }",
          { c: cursor },
        ),
      ),
      OPTIONS,
    );
  }, SLOW);

  it("IDs: node, nodes and id filters with any string", async () => {
    const id = fc.oneof(text, text.map((t) => Buffer.from(t).toString("base64")), fc.tuple(fc.constantFrom("Deal", "Company", "Nope"), anyScalar).map(([t, v]) => Buffer.from(`${t}:${v}`).toString("base64")));
    await fc.assert(
      fc.asyncProperty(id, fc.array(id, { maxLength: 5 }), async (one, many) =>
        answersCleanly("query($id: ID!, $ids: [ID!]!) { node(id: $id) { id } nodes(ids: $ids) { id } sites(where: { id: { in: $ids } }) { totalCount } }", { id: one, ids: many }),
      ),
      OPTIONS,
    );
  }, SLOW);

  it("dates: asOf and date filters with any value", async () => {
    await fc.assert(
      fc.asyncProperty(date, dateFilter, async (asOf, filter) =>
        answersCleanly("query($d: Date, $f: DateFilter) { bondRaises(asOf: $d, where: { pricedOn: $f }, first: 2) { totalCount } sector(asOf: $d) { __typename } }", { d: asOf, f: filter }),
      ),
      OPTIONS,
    );
  }, SLOW);

  it("money: amounts and currencies with any value", async () => {
    await fc.assert(
      fc.asyncProperty(floatFilter, stringFilter, async (amount, currency) =>
        answersCleanly("query($a: FloatFilter, $c: StringFilter) { bondRaises(where: { amount: $a, currency: $c }, first: 2) { nodes { amount { amount currency usd } } } }", { a: amount, c: currency }),
      ),
      OPTIONS,
    );
  }, SLOW);
});
