import { sql } from "drizzle-orm";
import {
  bigint,
  boolean,
  check,
  date,
  index,
  integer,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  type AnyPgColumn,
} from "drizzle-orm/pg-core";
import { factTypeEnum, sourceKindEnum } from "./enums";

/** An article, press release, filing, data-vendor note or reference-rate table. */
export const sources = pgTable(
  "sources",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    key: text("key").notNull(),
    title: text("title").notNull(),
    publisher: text("publisher"),
    url: text("url"),
    publishedOn: date("published_on", { mode: "string" }),
    kind: sourceKindEnum("kind").notNull(),
    isSeed: boolean("is_seed").notNull().default(false),
    copyOfId: integer("copy_of_id").references((): AnyPgColumn => sources.id),
    body: text("body"),
    note: text("note"),
    /** When the database first held the row (seed rows: when first loaded); knownAt compares it. */
    createdAt: timestamp("created_at", { withTimezone: true, mode: "string" }).notNull().defaultNow(),
    /** Optimistic concurrency: bumped by every edit; an edit names the version it read. */
    version: integer("version").notNull().default(1),
    /** The API key that created or last edited the row (null: the seed or an operator's tool). */
    recordedBy: integer("recorded_by"),
    /** When an editor withdrew the source (database time), and why. */
    retractedAt: timestamp("retracted_at", { withTimezone: true, mode: "string" }),
    retractionReason: text("retraction_reason"),
  },
  (t) => [
    uniqueIndex("sources_key_uq").on(t.key),
    index("sources_published_on_idx").on(t.publishedOn, t.id),
    index("sources_publisher_idx").on(t.publisher, t.id),
    index("sources_title_idx").on(t.title, t.id),
  ],
);

/**
 * The common identity of every fact. Each entity table's primary key is also a foreign key
 * here, so provenance (sources, notes, verification, revisions) is stored once, uniformly.
 */
export const facts = pgTable(
  "facts",
  {
    id: bigint("id", { mode: "number" }).primaryKey().generatedAlwaysAsIdentity(),
    type: factTypeEnum("type").notNull(),
    key: text("key").notNull(),
    note: text("note"),
    verified: boolean("verified").notNull().default(true),
    approximate: boolean("approximate").notNull().default(false),
    /** The fact this one revises; of a chain, only the latest public by `asOf` counts. */
    supersedesId: bigint("supersedes_id", { mode: "number" }).references((): AnyPgColumn => facts.id),
    /** When the database first held the fact (seed facts: when first loaded); knownAt compares it. */
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    /**
     * Optimistic concurrency, per record: 1 when created; a revision carries its predecessor's
     * version + 1; a retraction or an in-place edit (companies) bumps it.
     */
    version: integer("version").notNull().default(1),
    /** The API key that recorded the fact (null: the seed or an operator's tool). */
    recordedBy: integer("recorded_by"),
    /** When the fact was retracted, in the database's time (knownAt compares it). */
    retractedAt: timestamp("retracted_at", { withTimezone: true, mode: "string" }),
    /** The day from which the retraction counts for `asOf` (and the present view: `superseded_on`). */
    retractedOn: date("retracted_on", { mode: "string" }),
    retractionReason: text("retraction_reason"),
  },
  (t) => [
    uniqueIndex("facts_type_key_uq").on(t.type, t.key),
    index("facts_created_at_idx").on(t.createdAt),
    index("facts_supersedes_idx").on(t.supersedesId),
  ],
);

/** Which sources back a fact, with the quote that does. */
export const factSources = pgTable(
  "fact_sources",
  {
    factId: bigint("fact_id", { mode: "number" })
      .notNull()
      .references(() => facts.id, { onDelete: "cascade" }),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
    position: integer("position").notNull().default(0),
    quote: text("quote"),
  },
  (t) => [
    primaryKey({ columns: [t.factId, t.sourceId] }),
    index("fact_sources_source_idx").on(t.sourceId),
  ],
);

/** Published reference exchange rates: how many units of `quote` one unit of `base` buys. */
export const fxRates = pgTable(
  "fx_rates",
  {
    id: integer("id").primaryKey().generatedAlwaysAsIdentity(),
    base: text("base").notNull(),
    quote: text("quote").notNull(),
    rate: numeric("rate", { precision: 18, scale: 8, mode: "number" }).notNull(),
    rateOn: date("rate_on", { mode: "string" }).notNull(),
    sourceId: integer("source_id")
      .notNull()
      .references(() => sources.id),
  },
  (t) => [
    uniqueIndex("fx_rates_pair_day_uq").on(t.base, t.quote, t.rateOn),
    check("fx_rates_rate_positive", sql`${t.rate} > 0`),
    check("fx_rates_base_ck", sql`${t.base} ~ '^[A-Z]{3}$'`),
    check("fx_rates_quote_ck", sql`${t.quote} ~ '^[A-Z]{3}$'`),
  ],
);

/**
 * Rows of each entity table per (public_on, superseded_on), kept by statement triggers (migration
 * 0002): null public_on is stored as '-infinity', null superseded_on as 'infinity'. The unfiltered
 * present-view count of a list is a sum over this table, not a scan of the entity table.
 */
export const presentCounts = pgTable(
  "present_counts",
  {
    tableName: text("table_name").notNull(),
    publicOn: date("public_on", { mode: "string" }).notNull(),
    supersededOn: date("superseded_on", { mode: "string" }).notNull(),
    n: bigint("n", { mode: "number" }).notNull(),
  },
  (t) => [primaryKey({ name: "present_counts_pk", columns: [t.tableName, t.publicOn, t.supersededOn] })],
);
