/**
 * Three replicas of the built server (`node dist/src/index.js`) started at the same moment on
 * one fresh PostgreSQL database and one Redis: migrations run once (advisory lock), the seed
 * is loaded once, each /readyz is 200, and a write or a reload on the database invalidates the
 * shared response cache on all three. Needs TEST_DATABASE_URL (a PostgreSQL server URL) and
 * REDIS_URL; `npm run build` first.
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type Database } from "../../src/db/client";
import { notifyDataChanged } from "../../src/cache/invalidation";
import { createKey } from "../../src/modules/keys/key.service";
import { root, startServerProcess, type ServerProcess } from "../helpers/processes";

const PG = process.env.TEST_DATABASE_URL;
const REDIS_URL = process.env.REDIS_URL;
if (!PG || !REDIS_URL) console.warn("test/replicas: skipped, needs TEST_DATABASE_URL and REDIS_URL (.ci/run sets both).");

const journal = JSON.parse(fs.readFileSync(path.join(root, "drizzle/meta/_journal.json"), "utf8")) as { entries: unknown[] };
const Q = `query replicaCompany { company(slug: "iren") { name } }`;

async function ask(r: ServerProcess): Promise<{ name: string; sql: number }> {
  const res = await fetch(`${r.url}/graphql`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: Q }) });
  const body = (await res.json()) as { data: { company: { name: string } } };
  return { name: body.data.company.name, sql: Number(res.headers.get("x-sql-statements")) };
}

/** Polls until every replica answers `name` (invalidation travels by LISTEN/NOTIFY and Redis pub/sub). */
async function allAnswer(replicas: ServerProcess[], name: string): Promise<string[]> {
  let seen: string[] = [];
  for (let i = 0; i < 100; i++) {
    seen = (await Promise.all(replicas.map(ask))).map((a) => a.name);
    if (seen.every((n) => n === name)) return seen;
    await new Promise((r) => setTimeout(r, 100));
  }
  return seen;
}

function run(file: string, env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [path.join(root, file)], { cwd: root, env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) =>
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
    );
  });
}

describe.skipIf(!PG || !REDIS_URL)("three replicas on one PostgreSQL and one Redis", () => {
  const name = `gw_test_replicas_${process.pid}_${randomBytes(3).toString("hex")}`;
  let admin: Database;
  let databaseUrl: string;
  let db: Database;
  let replicas: ServerProcess[] = [];

  beforeAll(async () => {
    admin = await openDatabase({ databaseUrl: PG!, poolMax: 1 });
    await admin.db.execute(sql.raw(`create database "${name}"`));
    const target = new URL(PG!);
    target.pathname = `/${name}`;
    databaseUrl = target.toString();
    const env = { DATABASE_URL: databaseUrl, REDIS_URL: REDIS_URL!, DB_POOL_MAX: "4" };
    // All three at once, on an empty database.
    replicas = await Promise.all([startServerProcess(env), startServerProcess(env), startServerProcess(env)]);
    db = await openDatabase({ databaseUrl, poolMax: 2 });
  }, 240_000);

  afterAll(async () => {
    const codes = await Promise.all(replicas.map((r) => r.stop()));
    expect(codes).toEqual(replicas.map(() => 0));
    await db?.close();
    await admin?.db.execute(sql.raw(`drop database if exists "${name}" with (force)`));
    await admin?.close();
  }, 60_000);

  it("ran the migrations once and loaded the seed once", async () => {
    const lines = replicas.map((r) => r.logs.find((l) => /^migrations /.test(String(l.msg))));
    const applied = lines.map((l) => Number(l?.migrationsApplied));
    expect(applied.sort()).toEqual([0, 0, journal.entries.length]);
    expect(lines.map((l) => l?.migrationsTotal)).toEqual(replicas.map(() => journal.entries.length));
    const rows = (await db.db.execute(sql`select hash, count(*)::int as n from drizzle.__drizzle_migrations group by hash`)) as unknown as Array<{ n: number }>;
    expect(rows).toHaveLength(journal.entries.length);
    expect(rows.every((r) => r.n === 1)).toBe(true);
    const seeded = replicas.filter((r) => r.logs.some((l) => l.msg === "seed dataset loaded into an empty database"));
    expect(seeded).toHaveLength(1);
    // The release step finds nothing left to do.
    const cli = await run("dist/src/migrate-cli.js", { DATABASE_URL: databaseUrl });
    expect(cli.stderr).toBe("");
    expect(cli.stdout).toContain(`0 migration(s) applied; ${journal.entries.length} in all`);
  });

  it("answers /readyz 200 on every replica", async () => {
    for (const r of replicas) {
      const res = await fetch(`${r.url}/readyz`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ status: "ready", database: "postgres" });
    }
  });

  it("shares the cache, and a write or a reload invalidates it on all three", async () => {
    const original = (await ask(replicas[0]!)).name;
    // Cached once, served by all three from Redis without SQL.
    const cached = await Promise.all(replicas.map(ask));
    expect(cached).toEqual(replicas.map(() => ({ name: original, sql: 0 })));

    // A change made behind the server's back stays invisible: the answers are cached.
    await db.db.execute(sql`update companies set name = 'Edited behind the cache' where slug = 'iren'`);
    expect((await Promise.all(replicas.map(ask))).map((a) => a.name)).toEqual(replicas.map(() => original));

    // A write announces itself in its transaction (notifyDataChanged): every replica drops its answers.
    await db.db.transaction(async (tx) => {
      await tx.execute(sql`update companies set name = 'Written name' where slug = 'iren'`);
      await notifyDataChanged(tx);
    });
    expect(await allAnswer(replicas, "Written name")).toEqual(replicas.map(() => "Written name"));

    // A reload (`npm run seed`) restores the fact base and invalidates the cache everywhere.
    const reload = await run("dist/seeds/cli.js", { DATABASE_URL: databaseUrl, REDIS_URL: REDIS_URL! });
    expect(reload.code).toBe(0);
    expect(await allAnswer(replicas, original)).toEqual(replicas.map(() => original));
  });

  it("a mutation on one replica is seen by all three at once, and a reload keeps it", async () => {
    const key = await createKey(db.db, "replica editor", "editor");
    const headers = { "content-type": "application/json", authorization: `Bearer ${key.token}` };
    const post = async (r: ServerProcess, query: string, variables: Record<string, unknown> = {}) =>
      (await (await fetch(`${r.url}/graphql`, { method: "POST", headers, body: JSON.stringify({ query, variables }) })).json()) as any;
    const read = await post(replicas[1]!, `{ company(slug: "iren") { id version } sources(first: 1) { nodes { id } } }`);
    const edit = await post(
      replicas[1]!,
      `mutation($id: ID!, $v: Int!, $s: ID!) { reviseCompany(id: $id, version: $v, input: { name: "Renamed by an editor" }, sources: [{ id: $s }]) { company { name } userErrors { code } } }`,
      { id: read.data.company.id, v: read.data.company.version, s: read.data.sources.nodes[0].id },
    );
    expect(edit.data.reviseCompany).toEqual({ company: { name: "Renamed by an editor" }, userErrors: [] });
    // The writer's own replica drops its answers before replying; the others hear NOTIFY and Redis.
    expect((await ask(replicas[1]!)).name).toBe("Renamed by an editor");
    expect(await allAnswer(replicas, "Renamed by an editor")).toEqual(replicas.map(() => "Renamed by an editor"));
    const reload = await run("dist/seeds/cli.js", { DATABASE_URL: databaseUrl, REDIS_URL: REDIS_URL! });
    expect(reload.code).toBe(0);
    expect(await allAnswer(replicas, "Renamed by an editor")).toEqual(replicas.map(() => "Renamed by an editor"));
  });
});
