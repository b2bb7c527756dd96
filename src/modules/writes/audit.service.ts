import DataLoader from "dataloader";
import { and, asc, count, eq, gt, gte, inArray, sql, type SQL } from "drizzle-orm";
import type { Db } from "../../db/client";
import { auditEntries, facts, sources, type AuditEntryRow } from "../../db/tables";
import { rowsOf } from "../aggregates/rows";
import { BadUserInputError } from "../../shared/errors";
import { toGlobalId, type NodeType } from "../../shared/global-id";
import type { ConnectionShape } from "../../shared/connection";
import type { AuditAction, AuditEntryModel } from "./write.type";

export function toAuditEntry(row: AuditEntryRow): AuditEntryModel {
  const before = row.before as Record<string, unknown> | null;
  return {
    id: String(row.id),
    dbId: row.id,
    at: new Date(row.at).toISOString(),
    action: row.action as AuditAction,
    typename: row.typename,
    recordId: toGlobalId(row.typename as NodeType, row.recordKey),
    previousKey: row.previousId != null && before?.key ? String(before.key) : null,
    version: row.version,
    actor: row.actor,
    keyId: row.keyId,
    before,
    after: row.after as Record<string, unknown> | null,
    sourceIds: row.sourceIds,
    reason: row.reason,
  };
}

const MAX = 100;
const cursorOf = (id: number) => Buffer.from(`audit:${id}`).toString("base64url");
function afterId(after: string | null | undefined): number {
  if (after == null) return 0;
  const m = /^audit:(\d+)$/.exec(Buffer.from(after, "base64url").toString("utf8"));
  if (!m) throw new BadUserInputError("`after` is not a cursor of this list.", "after");
  return Number(m[1]);
}

/** `changes(since:, first:, after:)`: accepted writes, oldest first (ordered by entry id). */
export function listChanges(db: Db, args: { since?: Date | null; first?: number | null; after?: string | null }): ConnectionShape<AuditEntryModel> {
  const first = args.first ?? 20;
  if (!Number.isInteger(first) || first < 0 || first > MAX) throw new BadUserInputError(`\`first\` must be between 0 and ${MAX}.`, "first");
  const since = args.since ? new Date(args.since).toISOString() : null;
  const base: SQL | undefined = since ? gte(auditEntries.at, since) : undefined;
  const start = afterId(args.after);
  let page: Promise<{ rows: AuditEntryRow[]; more: boolean }> | null = null;
  const fetch = () =>
    (page ??= db
      .select()
      .from(auditEntries)
      .where(and(base, gt(auditEntries.id, start)))
      .orderBy(asc(auditEntries.id))
      .limit(first + 1)
      .then((rows) => ({ rows: rows.slice(0, first), more: rows.length > first })));
  const edges = async () => (await fetch()).rows.map((r) => ({ cursor: cursorOf(r.id), node: toAuditEntry(r) }));
  return {
    edges,
    nodes: async () => (await edges()).map((e) => e.node),
    pageInfo: async () => {
      const { rows, more } = await fetch();
      return { hasNextPage: more, hasPreviousPage: start > 0, startCursor: rows.length ? cursorOf(rows[0].id) : null, endCursor: rows.length ? cursorOf(rows[rows.length - 1].id) : null };
    },
    totalCount: async () => Number((await db.select({ n: count() }).from(auditEntries).where(base))[0]?.n ?? 0),
  };
}

/** Every revision of a fact's chain (back to the first, forward to the latest). */
async function chainIds(db: Db, factId: number): Promise<number[]> {
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`with recursive up(id, prev) as (
          select id, supersedes_id from facts where id = ${factId}
          union select f.id, f.supersedes_id from facts f join up on f.id = up.prev),
        down(id) as (
          select id from up where prev is null or not exists (select 1 from up u2 where u2.id = up.prev)
          union select f.id from facts f join down on f.supersedes_id = down.id)
        select id from up union select id from down`,
  );
  return rows.map((r) => Number(r.id));
}

/** `history` of a record: its audit entries (of every revision of a fact), oldest first. */
export async function historyOf(db: Db, typename: NodeType, dbId: number, isFact: boolean): Promise<AuditEntryModel[]> {
  const ids = isFact ? await chainIds(db, dbId) : [dbId];
  const rows = await db
    .select()
    .from(auditEntries)
    .where(and(eq(auditEntries.typename, typename), inArray(auditEntries.recordId, ids)))
    .orderBy(asc(auditEntries.id))
    .limit(1_000);
  return rows.map(toAuditEntry);
}

export interface RecordState {
  version: number;
  recordedAt: string;
  retractedAt: string | null;
  retractedOn: string | null;
  retractionReason: string | null;
}

/** Per request: the write state of facts and of sources, one query per batch. */
export const writeLoaders = (db: Db) => ({
  /** `${typename}|${id}|${knownAt}` → the row before its first in-place edit after knownAt (null: none since). */
  beforeEditsAfter: new DataLoader<string, Record<string, unknown> | null>(async (keys) => {
    const groups = new Map<string, number[]>();
    for (const k of keys) {
      const [typename, id, knownAt] = k.split("|");
      const g = `${typename}|${knownAt}`;
      groups.set(g, [...(groups.get(g) ?? []), Number(id)]);
    }
    const found = new Map<string, Record<string, unknown>>();
    await Promise.all(
      [...groups.entries()].map(async ([g, ids]) => {
        const [typename, knownAt] = g.split("|");
        const rows = await rowsOf<{ record_id: number; before: Record<string, unknown> | string | null }>(
          db,
          sql`select distinct on (record_id) record_id, before from audit_entries
               where typename = ${typename} and record_id = any(${`{${ids.join(",")}}`}::bigint[]) and at > ${knownAt} and action in ('UPDATE', 'RETRACT')
               order by record_id, id`,
        );
        for (const r of rows) if (r.before) found.set(`${typename}|${Number(r.record_id)}|${knownAt}`, typeof r.before === "string" ? JSON.parse(r.before) : r.before);
      }),
    );
    return keys.map((k) => found.get(k) ?? null);
  }),
  factStateById: new DataLoader<number, RecordState | null>(async (ids) => {
    const rows = await db
      .select({ id: facts.id, version: facts.version, recordedAt: facts.createdAt, retractedAt: facts.retractedAt, retractedOn: facts.retractedOn, retractionReason: facts.retractionReason })
      .from(facts)
      .where(inArray(facts.id, ids as number[]));
    const byId = new Map(rows.map((r) => [r.id, { ...r, recordedAt: new Date(r.recordedAt).toISOString() }]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
  sourceStateById: new DataLoader<number, RecordState | null>(async (ids) => {
    const rows = await db
      .select({ id: sources.id, version: sources.version, recordedAt: sources.createdAt, retractedAt: sources.retractedAt, retractionReason: sources.retractionReason })
      .from(sources)
      .where(inArray(sources.id, ids as number[]));
    const byId = new Map(rows.map((r) => [r.id, { ...r, retractedOn: null, recordedAt: new Date(r.recordedAt).toISOString() }]));
    return ids.map((id) => byId.get(id) ?? null);
  }),
});
