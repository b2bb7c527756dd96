import { sql } from "drizzle-orm";
import { bigint, check, index, integer, jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/**
 * The audit trail: one row per accepted write (create, revise, retract, in-place update), in the
 * same transaction as the write. `before`/`after` are the record as the API shows it (JSON of the
 * row), `source_ids` the sources the write named. Rows are never updated or deleted.
 */
export const auditEntries = pgTable(
  "audit_entries",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    at: timestamp("at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    /** The API key that wrote (null: an operator's tool such as the bulk import without a key). */
    keyId: integer("key_id"),
    /** Who, in words: `key:<id>` or the tool's name (e.g. `import`). */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    /** GraphQL type of the record (Deal, Company, Source, ...). */
    typename: text("typename").notNull(),
    /** Database id of the record written (the new revision for REVISE; `sources.id` for sources). */
    recordId: bigint("record_id", { mode: "number" }).notNull(),
    /** Its natural key (facts.key or sources.key): global ids are built from it. */
    recordKey: text("record_key").notNull(),
    /** REVISE: the revision it supersedes. */
    previousId: bigint("previous_id", { mode: "number" }),
    version: integer("version").notNull(),
    before: jsonb("before"),
    after: jsonb("after"),
    sourceIds: integer("source_ids").array().notNull().default(sql`'{}'`),
    reason: text("reason"),
  },
  (t) => [
    index("audit_entries_at_idx").on(t.at, t.id),
    index("audit_entries_record_idx").on(t.typename, t.recordId, t.id),
    check("audit_entries_action_ck", sql`${t.action} in ('CREATE', 'REVISE', 'RETRACT', 'UPDATE')`),
  ],
);

export type AuditEntryRow = typeof auditEntries.$inferSelect;
