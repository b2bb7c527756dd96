import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../helpers/server";

/**
 * The present view reads `superseded_on` and `present_counts`, which the database keeps on
 * every write (migration 0002; retractions fold into `superseded_on` since 0004). These tests write through plain SQL, the way any future writer
 * would, and check the API against the rule spelled out in full.
 */
let server: TestServer;
beforeAll(async () => {
  // No response cache: every read must reach the database after a write made behind its back.
  server = await startTestServer({ RESPONSE_CACHE: "false" });
});
afterAll(async () => {
  await server?.close();
});

const TABLES = ["sites", "capacity_reports", "deals", "credit_backstops", "bond_raises", "investment_plans", "revenue_reports", "stock_moves", "market_indicators"];

async function rows<T>(query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await server.db.database.db.execute(query)) as unknown as { rows?: T[] } & T[];
  return (result.rows ?? result) as T[];
}

/** Rows whose kept `superseded_on` differs from the definition, and tables whose kept count is off. */
async function drift(): Promise<string[]> {
  const out: string[] = [];
  for (const t of TABLES) {
    const table = sql.identifier(t);
    const [wrong] = await rows<{ n: number }>(sql`
      select count(*)::int as n from ${table} x
      where x.superseded_on is distinct from least(
        (select min(coalesce(r.public_on, '-infinity'::date)) from facts sf join ${table} r on r.id = sf.id where sf.supersedes_id = x.id),
        (select f.retracted_on from facts f where f.id = x.id))`);
    if (wrong.n) out.push(`${t}: ${wrong.n} rows with a stale superseded_on`);
    const [c] = await rows<{ kept: number; real: number }>(sql`
      select
        (select coalesce(sum(n), 0)::int from present_counts where table_name = ${t} and public_on <= current_date and superseded_on > current_date) as kept,
        (select count(*)::int from ${table} x where (x.public_on is null or x.public_on <= current_date)
           and not exists (select 1 from facts sf join ${table} r on r.id = sf.id where sf.supersedes_id = x.id and (r.public_on is null or r.public_on <= current_date))
           and not exists (select 1 from facts rf where rf.id = x.id and rf.retracted_on <= current_date)) as real`);
    if (c.kept !== c.real) out.push(`${t}: present_counts says ${c.kept}, the table has ${c.real}`);
  }
  return out;
}

const KEYS = `query($keys: [String!]) { deals(where: { key: { in: $keys } }) { nodes { key } } all: deals { totalCount } }`;

describe("present view kept by the database", () => {
  it("matches the revision rule on the seed data", async () => {
    expect(await drift()).toEqual([]);
    const revised = await rows<{ n: number }>(sql`select count(*)::int as n from capacity_reports where superseded_on is not null`);
    expect(revised[0].n).toBeGreaterThan(0);
  });

  it("follows inserts, re-dating and deletes of a revision", async () => {
    const [old] = await rows<{ id: number; key: string }>(sql`select d.id::int as id, f.key from deals d join facts f on f.id = d.id where d.superseded_on is null order by f.key limit 1`);
    const before = await server.data(KEYS, { keys: [old.key, "T-REVISION"] });
    expect(before.deals.nodes.map((n: { key: string }) => n.key)).toEqual([old.key]);
    const total = before.all.totalCount;

    const [fact] = await rows<{ id: number }>(sql`insert into facts (type, key, supersedes_id) values ('DEAL', 'T-REVISION', ${old.id}) returning id::int as id`);
    await rows(sql`insert into deals select (jsonb_populate_record(null::deals, to_jsonb(d) || jsonb_build_object('id', ${fact.id}::bigint, 'public_on', '2020-01-01', 'superseded_on', null))).* from deals d where d.id = ${old.id}`);
    const revised = await server.data(KEYS, { keys: [old.key, "T-REVISION"] });
    expect(revised.deals.nodes.map((n: { key: string }) => n.key)).toEqual(["T-REVISION"]);
    expect(revised.all.totalCount).toBe(total);
    expect(await drift()).toEqual([]);

    await rows(sql`update deals set public_on = '2999-01-01' where id = ${fact.id}`);
    const future = await server.data(KEYS, { keys: [old.key, "T-REVISION"] });
    expect(future.deals.nodes.map((n: { key: string }) => n.key)).toEqual([old.key]);
    expect(future.all.totalCount).toBe(total);
    expect(await drift()).toEqual([]);

    await rows(sql`update deals set public_on = null where id = ${fact.id}`);
    const undated = await server.data(KEYS, { keys: [old.key, "T-REVISION"] });
    expect(undated.deals.nodes.map((n: { key: string }) => n.key)).toEqual(["T-REVISION"]);
    expect(await drift()).toEqual([]);

    await rows(sql`delete from facts where id = ${fact.id}`);
    const after = await server.data(KEYS, { keys: [old.key, "T-REVISION"] });
    expect(after.deals.nodes.map((n: { key: string }) => n.key)).toEqual([old.key]);
    expect(after.all.totalCount).toBe(total);
    expect(await drift()).toEqual([]);
  });

  it("follows a retraction and its undoing: the row leaves the present view, not the past", async () => {
    const [old] = await rows<{ id: number; key: string }>(sql`select d.id::int as id, f.key from deals d join facts f on f.id = d.id where d.superseded_on is null and d.public_on < current_date order by f.key limit 1`);
    const q = `query($keys: [String!], $asOf: Date) { deals(asOf: $asOf, where: { key: { in: $keys } }) { nodes { key } } all: deals { totalCount } }`;
    const before = await server.data(q, { keys: [old.key] });
    const yesterday = new Date(Date.now() - 86_400_000).toISOString().slice(0, 10);
    await rows(sql`update facts set retracted_at = now(), retracted_on = current_date, retraction_reason = 'test' where id = ${old.id}`);
    const gone = await server.data(q, { keys: [old.key] });
    expect(gone.deals.nodes).toEqual([]);
    expect(gone.all.totalCount).toBe(before.all.totalCount - 1);
    expect((await server.data(q, { keys: [old.key], asOf: yesterday })).deals.nodes).toEqual([{ key: old.key }]);
    expect(await drift()).toEqual([]);
    await rows(sql`update facts set retracted_at = null, retracted_on = null, retraction_reason = null where id = ${old.id}`);
    expect(await server.data(q, { keys: [old.key] })).toEqual(before);
    expect(await drift()).toEqual([]);
  });

  it("keeps a past asOf exact: an undated revision never hides the row in the past", async () => {
    const [old] = await rows<{ id: number; key: string; public_on: string }>(
      sql`select d.id::int as id, f.key, d.public_on::text as public_on from deals d join facts f on f.id = d.id where d.superseded_on is null and d.public_on is not null order by f.key limit 1`,
    );
    const [fact] = await rows<{ id: number }>(sql`insert into facts (type, key, supersedes_id) values ('DEAL', 'T-UNDATED', ${old.id}) returning id::int as id`);
    await rows(sql`insert into deals select (jsonb_populate_record(null::deals, to_jsonb(d) || jsonb_build_object('id', ${fact.id}::bigint, 'public_on', null))).* from deals d where d.id = ${old.id}`);
    const q = `query($keys: [String!], $asOf: Date) { deals(asOf: $asOf, where: { key: { in: $keys } }) { nodes { key } } }`;
    const past = await server.data(q, { keys: [old.key, "T-UNDATED"], asOf: "2099-01-01" });
    expect(past.deals.nodes.map((n: { key: string }) => n.key)).toEqual([old.key]);
    const now = await server.data(q, { keys: [old.key, "T-UNDATED"] });
    expect(now.deals.nodes.map((n: { key: string }) => n.key)).toEqual(["T-UNDATED"]);
    await rows(sql`delete from facts where id = ${fact.id}`);
    expect(await drift()).toEqual([]);
  });
});
