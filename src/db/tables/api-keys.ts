import { sql } from "drizzle-orm";
import { check, integer, pgTable, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

/**
 * API keys: only a SHA-256 of the token is stored (the token is shown once, at creation). The
 * role decides what the key may do; `prefix` (the token's first characters) lets an operator
 * recognise a key in `npm run keys -- list` without the token.
 */
export const apiKeys = pgTable(
  "api_keys",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    name: text("name").notNull(),
    role: text("role").notNull(),
    prefix: text("prefix").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    revokedAt: timestamp("revoked_at", { withTimezone: true, mode: "string" }),
  },
  (t) => [uniqueIndex("api_keys_token_hash_idx").on(t.tokenHash), check("api_keys_role_check", sql`${t.role} in ('reader', 'editor', 'admin')`)],
);

export type ApiKeyRow = typeof apiKeys.$inferSelect;
