CREATE TYPE "public"."annualized_basis" AS ENUM('STATED', 'COMPANY_TARGET');--> statement-breakpoint
CREATE TYPE "public"."capacity_basis" AS ENUM('CURRENT', 'PLANNED');--> statement-breakpoint
CREATE TYPE "public"."capacity_scope" AS ENUM('COMPANY', 'SECTOR');--> statement-breakpoint
CREATE TYPE "public"."company_kind" AS ENUM('MINER', 'HYPERSCALER', 'AI_CLOUD', 'AI_LAB', 'CHIPMAKER', 'FINANCIER', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."date_precision" AS ENUM('DAY', 'MONTH', 'YEAR');--> statement-breakpoint
CREATE TYPE "public"."deal_kind" AS ENUM('CLOUD_SERVICES', 'COLOCATION_LEASE', 'POWERED_SHELL_LEASE', 'JV_HOSTING', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."fact_type" AS ENUM('COMPANY', 'SITE', 'CAPACITY_REPORT', 'DEAL', 'CREDIT_BACKSTOP', 'BOND_RAISE', 'INVESTMENT_PLAN', 'REVENUE_REPORT', 'STOCK_MOVE', 'MARKET_INDICATOR');--> statement-breakpoint
CREATE TYPE "public"."move_window" AS ENUM('PREMARKET', 'INTRADAY', 'DAY', 'CLOSE', 'YTD');--> statement-breakpoint
CREATE TYPE "public"."revenue_period" AS ENUM('QUARTER', 'YEAR');--> statement-breakpoint
CREATE TYPE "public"."source_kind" AS ENUM('SEED_ARTICLE', 'SYNDICATION', 'FILING', 'PRESS_RELEASE', 'NEWS', 'ANALYST_NOTE', 'DATA_VENDOR', 'REFERENCE_RATE', 'OTHER');--> statement-breakpoint
CREATE TABLE "fact_sources" (
	"fact_id" bigint NOT NULL,
	"source_id" integer NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"quote" text,
	CONSTRAINT "fact_sources_fact_id_source_id_pk" PRIMARY KEY("fact_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "facts" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "facts_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"type" "fact_type" NOT NULL,
	"key" text NOT NULL,
	"note" text,
	"verified" boolean DEFAULT true NOT NULL,
	"approximate" boolean DEFAULT false NOT NULL,
	"supersedes_id" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "fx_rates" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "fx_rates_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"base" text NOT NULL,
	"quote" text NOT NULL,
	"rate" numeric(18, 8) NOT NULL,
	"rate_on" date NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "fx_rates_rate_positive" CHECK ("fx_rates"."rate" > 0),
	CONSTRAINT "fx_rates_base_ck" CHECK ("fx_rates"."base" ~ '^[A-Z]{3}$'),
	CONSTRAINT "fx_rates_quote_ck" CHECK ("fx_rates"."quote" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"key" text NOT NULL,
	"title" text NOT NULL,
	"publisher" text,
	"url" text,
	"published_on" date,
	"kind" "source_kind" NOT NULL,
	"is_seed" boolean DEFAULT false NOT NULL,
	"copy_of_id" integer,
	"body" text,
	"note" text
);
--> statement-breakpoint
CREATE TABLE "bond_raises" (
	"id" bigint PRIMARY KEY NOT NULL,
	"issuer_id" bigint NOT NULL,
	"market" text,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"fx_rate_id" integer,
	"amount" numeric(20, 2) NOT NULL,
	"tranches" integer,
	"maturities" text,
	"order_book_demand_usd" numeric(20, 2),
	"order_book_note" text,
	"initial_target_usd" numeric(20, 2),
	"priced_on" date,
	"priced_precision" date_precision,
	"priced_note" text,
	"settled_on" date,
	"public_on" date,
	CONSTRAINT "bond_raises_currency_ck" CHECK ("bond_raises"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "bond_raises_amount_ck" CHECK ("bond_raises"."amount" IS NULL OR "bond_raises"."amount" >= 0),
	CONSTRAINT "bond_raises_demand_ck" CHECK ("bond_raises"."order_book_demand_usd" IS NULL OR "bond_raises"."order_book_demand_usd" >= 0),
	CONSTRAINT "bond_raises_target_ck" CHECK ("bond_raises"."initial_target_usd" IS NULL OR "bond_raises"."initial_target_usd" >= 0),
	CONSTRAINT "bond_raises_tranches_ck" CHECK ("bond_raises"."tranches" IS NULL OR "bond_raises"."tranches" > 0)
);
--> statement-breakpoint
CREATE TABLE "capacity_reports" (
	"id" bigint PRIMARY KEY NOT NULL,
	"scope" "capacity_scope" NOT NULL,
	"basis" "capacity_basis" DEFAULT 'CURRENT' NOT NULL,
	"company_id" bigint,
	"country" text,
	"region_note" text,
	"capacity_mw" numeric(12, 3),
	"qualifier" text,
	"metric" text,
	"reported_on" date,
	"reported_precision" date_precision,
	"public_on" date,
	CONSTRAINT "capacity_reports_mw_ck" CHECK ("capacity_reports"."capacity_mw" IS NULL OR "capacity_reports"."capacity_mw" >= 0),
	CONSTRAINT "capacity_reports_scope_ck" CHECK (("capacity_reports"."scope" = 'COMPANY') = ("capacity_reports"."company_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "companies" (
	"id" bigint PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"ticker" text,
	"exchange" text,
	"kind" "company_kind" NOT NULL,
	"role" text,
	"hq_city" text,
	"country" text,
	"reported_ai_revenue_usd" numeric(20, 2),
	"reported_ai_revenue_basis" text,
	"reported_ai_revenue_on" date,
	CONSTRAINT "companies_country_ck" CHECK ("companies"."country" IS NULL OR "companies"."country" ~ '^[A-Z]{2}$'),
	CONSTRAINT "companies_ai_rev_ck" CHECK ("companies"."reported_ai_revenue_usd" IS NULL OR "companies"."reported_ai_revenue_usd" >= 0)
);
--> statement-breakpoint
CREATE TABLE "credit_backstops" (
	"id" bigint PRIMARY KEY NOT NULL,
	"guarantor_id" bigint NOT NULL,
	"beneficiary_id" bigint,
	"beneficiary_text" text,
	"obligor_id" bigint,
	"deal_id" bigint,
	"increment_of_id" bigint,
	"is_reported_total" boolean DEFAULT false NOT NULL,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"fx_rate_id" integer,
	"amount" numeric(20, 2),
	"amount_type" text,
	"cumulative_amount_for_beneficiary" numeric(20, 2),
	"coverage" text,
	"warrant_shares" bigint,
	"equity_stake_pct" numeric(9, 4),
	"equity_stake_note" text,
	"announced_on" date,
	"announced_precision" date_precision,
	"public_on" date,
	CONSTRAINT "credit_backstops_currency_ck" CHECK ("credit_backstops"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "credit_backstops_amount_ck" CHECK ("credit_backstops"."amount" IS NULL OR "credit_backstops"."amount" >= 0),
	CONSTRAINT "credit_backstops_cumulative_ck" CHECK ("credit_backstops"."cumulative_amount_for_beneficiary" IS NULL OR "credit_backstops"."cumulative_amount_for_beneficiary" >= 0),
	CONSTRAINT "credit_backstops_warrants_ck" CHECK ("credit_backstops"."warrant_shares" IS NULL OR "credit_backstops"."warrant_shares" >= 0),
	CONSTRAINT "credit_backstops_stake_ck" CHECK ("credit_backstops"."equity_stake_pct" IS NULL OR "credit_backstops"."equity_stake_pct" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "deals" (
	"id" bigint PRIMARY KEY NOT NULL,
	"provider_id" bigint NOT NULL,
	"customer_id" bigint,
	"counterparty_text" text,
	"end_customer_id" bigint,
	"end_customer_text" text,
	"site_id" bigint,
	"kind" "deal_kind" NOT NULL,
	"type_text" text,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"fx_rate_id" integer,
	"total_value" numeric(20, 2),
	"cumulative_value" numeric(20, 2),
	"cumulative_note" text,
	"extension_value" numeric(20, 2),
	"extension_note" text,
	"term_months" integer,
	"term_note" text,
	"it_load_mw" numeric(12, 3),
	"it_load_note" text,
	"gross_mw" numeric(12, 3),
	"gpu_model" text,
	"prepayment_pct" numeric(9, 4),
	"annualized_revenue_usd" numeric(20, 2),
	"annualized_revenue_basis" "annualized_basis",
	"annualized_revenue_note" text,
	"annual_noi_usd" numeric(20, 2),
	"annual_noi_note" text,
	"ownership_pct" numeric(9, 4),
	"ownership_note" text,
	"delivery_timing" text,
	"related_capex" text,
	"contract_on" date,
	"announced_on" date,
	"announced_precision" date_precision,
	"public_on" date,
	CONSTRAINT "deals_currency_ck" CHECK ("deals"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "deals_total_value_ck" CHECK ("deals"."total_value" IS NULL OR "deals"."total_value" >= 0),
	CONSTRAINT "deals_cumulative_value_ck" CHECK ("deals"."cumulative_value" IS NULL OR "deals"."cumulative_value" >= 0),
	CONSTRAINT "deals_extension_value_ck" CHECK ("deals"."extension_value" IS NULL OR "deals"."extension_value" >= 0),
	CONSTRAINT "deals_annualized_ck" CHECK ("deals"."annualized_revenue_usd" IS NULL OR "deals"."annualized_revenue_usd" >= 0),
	CONSTRAINT "deals_noi_ck" CHECK ("deals"."annual_noi_usd" IS NULL OR "deals"."annual_noi_usd" >= 0),
	CONSTRAINT "deals_term_ck" CHECK ("deals"."term_months" IS NULL OR "deals"."term_months" > 0),
	CONSTRAINT "deals_it_load_ck" CHECK ("deals"."it_load_mw" IS NULL OR "deals"."it_load_mw" >= 0),
	CONSTRAINT "deals_gross_mw_ck" CHECK ("deals"."gross_mw" IS NULL OR "deals"."gross_mw" >= 0),
	CONSTRAINT "deals_prepayment_ck" CHECK ("deals"."prepayment_pct" IS NULL OR "deals"."prepayment_pct" BETWEEN 0 AND 100),
	CONSTRAINT "deals_ownership_ck" CHECK ("deals"."ownership_pct" IS NULL OR "deals"."ownership_pct" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE TABLE "investment_plans" (
	"id" bigint PRIMARY KEY NOT NULL,
	"company_id" bigint,
	"company_ids" bigint[] DEFAULT '{}' NOT NULL,
	"planner_text" text,
	"amount_usd" numeric(20, 2),
	"amount_type" text,
	"description" text,
	"capacity_mw" numeric(12, 3),
	"capacity_note" text,
	"region" text,
	"jobs" integer,
	"jobs_note" text,
	"construction_start" text,
	"announced_on" date,
	"announced_precision" date_precision,
	"public_on" date,
	CONSTRAINT "investment_plans_amount_ck" CHECK ("investment_plans"."amount_usd" IS NULL OR "investment_plans"."amount_usd" >= 0),
	CONSTRAINT "investment_plans_capacity_ck" CHECK ("investment_plans"."capacity_mw" IS NULL OR "investment_plans"."capacity_mw" >= 0),
	CONSTRAINT "investment_plans_jobs_ck" CHECK ("investment_plans"."jobs" IS NULL OR "investment_plans"."jobs" >= 0)
);
--> statement-breakpoint
CREATE TABLE "market_indicators" (
	"id" bigint PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"provider" text NOT NULL,
	"value" numeric(24, 6),
	"value_low" numeric(24, 6),
	"value_high" numeric(24, 6),
	"unit" text NOT NULL,
	"qualifier" text,
	"as_of" date,
	"as_of_precision" date_precision,
	"as_of_note" text,
	"public_on" date,
	CONSTRAINT "market_indicators_range_ck" CHECK ("market_indicators"."value_low" IS NULL OR "market_indicators"."value_high" IS NULL OR "market_indicators"."value_low" <= "market_indicators"."value_high")
);
--> statement-breakpoint
CREATE TABLE "revenue_reports" (
	"id" bigint PRIMARY KEY NOT NULL,
	"company_id" bigint NOT NULL,
	"period" "revenue_period" NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"fiscal_label" text,
	"currency" char(3) DEFAULT 'USD' NOT NULL,
	"fx_rate_id" integer,
	"total_revenue" numeric(20, 2),
	"mining_revenue" numeric(20, 2),
	"ai_hpc_revenue" numeric(20, 2),
	"other_revenue" numeric(20, 2),
	"public_on" date,
	CONSTRAINT "revenue_reports_currency_ck" CHECK ("revenue_reports"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "revenue_reports_period_ck" CHECK ("revenue_reports"."period_end" >= "revenue_reports"."period_start"),
	CONSTRAINT "revenue_reports_total_ck" CHECK ("revenue_reports"."total_revenue" IS NULL OR "revenue_reports"."total_revenue" >= 0),
	CONSTRAINT "revenue_reports_mining_ck" CHECK ("revenue_reports"."mining_revenue" IS NULL OR "revenue_reports"."mining_revenue" >= 0),
	CONSTRAINT "revenue_reports_ai_ck" CHECK ("revenue_reports"."ai_hpc_revenue" IS NULL OR "revenue_reports"."ai_hpc_revenue" >= 0),
	CONSTRAINT "revenue_reports_other_ck" CHECK ("revenue_reports"."other_revenue" IS NULL OR "revenue_reports"."other_revenue" >= 0)
);
--> statement-breakpoint
CREATE TABLE "sites" (
	"id" bigint PRIMARY KEY NOT NULL,
	"company_id" bigint NOT NULL,
	"name" text NOT NULL,
	"city" text,
	"region" text,
	"country" text NOT NULL,
	"power_capacity_mw" numeric(12, 3),
	"capacity_type" text,
	"use" text,
	"reported_on" date,
	"reported_precision" date_precision,
	"public_on" date,
	CONSTRAINT "sites_capacity_ck" CHECK ("sites"."power_capacity_mw" IS NULL OR "sites"."power_capacity_mw" >= 0),
	CONSTRAINT "sites_country_ck" CHECK ("sites"."country" ~ '^[A-Z]{2}$')
);
--> statement-breakpoint
CREATE TABLE "stock_moves" (
	"id" bigint PRIMARY KEY NOT NULL,
	"company_id" bigint,
	"symbol" text NOT NULL,
	"is_index" boolean DEFAULT false NOT NULL,
	"on" date NOT NULL,
	"window" "move_window" NOT NULL,
	"move_type" text NOT NULL,
	"change_pct" numeric(10, 4),
	"unresolved" boolean DEFAULT false NOT NULL,
	"price_usd" numeric(14, 4),
	"context" text,
	"public_on" date,
	CONSTRAINT "stock_moves_price_ck" CHECK ("stock_moves"."price_usd" IS NULL OR "stock_moves"."price_usd" >= 0)
);
--> statement-breakpoint
ALTER TABLE "fact_sources" ADD CONSTRAINT "fact_sources_fact_id_facts_id_fk" FOREIGN KEY ("fact_id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fact_sources" ADD CONSTRAINT "fact_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "facts" ADD CONSTRAINT "facts_supersedes_id_facts_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."facts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "fx_rates" ADD CONSTRAINT "fx_rates_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sources" ADD CONSTRAINT "sources_copy_of_id_sources_id_fk" FOREIGN KEY ("copy_of_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bond_raises" ADD CONSTRAINT "bond_raises_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bond_raises" ADD CONSTRAINT "bond_raises_issuer_id_companies_id_fk" FOREIGN KEY ("issuer_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bond_raises" ADD CONSTRAINT "bond_raises_fx_rate_id_fx_rates_id_fk" FOREIGN KEY ("fx_rate_id") REFERENCES "public"."fx_rates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_reports" ADD CONSTRAINT "capacity_reports_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "capacity_reports" ADD CONSTRAINT "capacity_reports_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "companies" ADD CONSTRAINT "companies_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_backstops" ADD CONSTRAINT "credit_backstops_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_backstops" ADD CONSTRAINT "credit_backstops_guarantor_id_companies_id_fk" FOREIGN KEY ("guarantor_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_backstops" ADD CONSTRAINT "credit_backstops_beneficiary_id_companies_id_fk" FOREIGN KEY ("beneficiary_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_backstops" ADD CONSTRAINT "credit_backstops_obligor_id_companies_id_fk" FOREIGN KEY ("obligor_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_backstops" ADD CONSTRAINT "credit_backstops_deal_id_deals_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deals"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_backstops" ADD CONSTRAINT "credit_backstops_increment_of_id_credit_backstops_id_fk" FOREIGN KEY ("increment_of_id") REFERENCES "public"."credit_backstops"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "credit_backstops" ADD CONSTRAINT "credit_backstops_fx_rate_id_fx_rates_id_fk" FOREIGN KEY ("fx_rate_id") REFERENCES "public"."fx_rates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_provider_id_companies_id_fk" FOREIGN KEY ("provider_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_customer_id_companies_id_fk" FOREIGN KEY ("customer_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_end_customer_id_companies_id_fk" FOREIGN KEY ("end_customer_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_site_id_sites_id_fk" FOREIGN KEY ("site_id") REFERENCES "public"."sites"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deals" ADD CONSTRAINT "deals_fx_rate_id_fx_rates_id_fk" FOREIGN KEY ("fx_rate_id") REFERENCES "public"."fx_rates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_plans" ADD CONSTRAINT "investment_plans_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "investment_plans" ADD CONSTRAINT "investment_plans_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "market_indicators" ADD CONSTRAINT "market_indicators_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revenue_reports" ADD CONSTRAINT "revenue_reports_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revenue_reports" ADD CONSTRAINT "revenue_reports_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revenue_reports" ADD CONSTRAINT "revenue_reports_fx_rate_id_fx_rates_id_fk" FOREIGN KEY ("fx_rate_id") REFERENCES "public"."fx_rates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sites" ADD CONSTRAINT "sites_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_id_facts_id_fk" FOREIGN KEY ("id") REFERENCES "public"."facts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "stock_moves" ADD CONSTRAINT "stock_moves_company_id_companies_id_fk" FOREIGN KEY ("company_id") REFERENCES "public"."companies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "fact_sources_source_idx" ON "fact_sources" USING btree ("source_id");--> statement-breakpoint
CREATE UNIQUE INDEX "facts_type_key_uq" ON "facts" USING btree ("type","key");--> statement-breakpoint
CREATE INDEX "facts_supersedes_idx" ON "facts" USING btree ("supersedes_id");--> statement-breakpoint
CREATE UNIQUE INDEX "fx_rates_pair_day_uq" ON "fx_rates" USING btree ("base","quote","rate_on");--> statement-breakpoint
CREATE UNIQUE INDEX "sources_key_uq" ON "sources" USING btree ("key");--> statement-breakpoint
CREATE INDEX "sources_published_on_idx" ON "sources" USING btree ("published_on","id");--> statement-breakpoint
CREATE INDEX "sources_publisher_idx" ON "sources" USING btree ("publisher");--> statement-breakpoint
CREATE INDEX "bond_raises_issuer_idx" ON "bond_raises" USING btree ("issuer_id","public_on");--> statement-breakpoint
CREATE INDEX "bond_raises_priced_idx" ON "bond_raises" USING btree ("priced_on","id");--> statement-breakpoint
CREATE INDEX "bond_raises_public_on_idx" ON "bond_raises" USING btree ("public_on","id");--> statement-breakpoint
CREATE INDEX "bond_raises_amount_idx" ON "bond_raises" USING btree ("amount","id");--> statement-breakpoint
CREATE INDEX "capacity_reports_company_idx" ON "capacity_reports" USING btree ("company_id","public_on");--> statement-breakpoint
CREATE INDEX "capacity_reports_scope_idx" ON "capacity_reports" USING btree ("scope","country","public_on");--> statement-breakpoint
CREATE INDEX "capacity_reports_public_on_idx" ON "capacity_reports" USING btree ("public_on","id");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_slug_uq" ON "companies" USING btree ("slug");--> statement-breakpoint
CREATE UNIQUE INDEX "companies_ticker_uq" ON "companies" USING btree ("ticker");--> statement-breakpoint
CREATE INDEX "companies_kind_idx" ON "companies" USING btree ("kind","id");--> statement-breakpoint
CREATE INDEX "companies_name_idx" ON "companies" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "companies_country_idx" ON "companies" USING btree ("country","id");--> statement-breakpoint
CREATE INDEX "credit_backstops_guarantor_idx" ON "credit_backstops" USING btree ("guarantor_id","public_on");--> statement-breakpoint
CREATE INDEX "credit_backstops_beneficiary_idx" ON "credit_backstops" USING btree ("beneficiary_id","public_on");--> statement-breakpoint
CREATE INDEX "credit_backstops_obligor_idx" ON "credit_backstops" USING btree ("obligor_id");--> statement-breakpoint
CREATE INDEX "credit_backstops_deal_idx" ON "credit_backstops" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "credit_backstops_public_on_idx" ON "credit_backstops" USING btree ("public_on","id");--> statement-breakpoint
CREATE INDEX "credit_backstops_announced_idx" ON "credit_backstops" USING btree ("announced_on","id");--> statement-breakpoint
CREATE INDEX "credit_backstops_amount_idx" ON "credit_backstops" USING btree ("amount","id");--> statement-breakpoint
CREATE INDEX "deals_provider_idx" ON "deals" USING btree ("provider_id","public_on");--> statement-breakpoint
CREATE INDEX "deals_customer_idx" ON "deals" USING btree ("customer_id","public_on");--> statement-breakpoint
CREATE INDEX "deals_site_idx" ON "deals" USING btree ("site_id");--> statement-breakpoint
CREATE INDEX "deals_announced_idx" ON "deals" USING btree ("announced_on","id");--> statement-breakpoint
CREATE INDEX "deals_public_on_idx" ON "deals" USING btree ("public_on","id");--> statement-breakpoint
CREATE INDEX "deals_total_value_idx" ON "deals" USING btree ("total_value","id");--> statement-breakpoint
CREATE INDEX "deals_kind_idx" ON "deals" USING btree ("kind","id");--> statement-breakpoint
CREATE INDEX "investment_plans_company_idx" ON "investment_plans" USING btree ("company_id","public_on");--> statement-breakpoint
CREATE INDEX "investment_plans_public_on_idx" ON "investment_plans" USING btree ("public_on","id");--> statement-breakpoint
CREATE INDEX "investment_plans_announced_idx" ON "investment_plans" USING btree ("announced_on","id");--> statement-breakpoint
CREATE INDEX "investment_plans_amount_idx" ON "investment_plans" USING btree ("amount_usd","id");--> statement-breakpoint
CREATE INDEX "market_indicators_name_idx" ON "market_indicators" USING btree ("name","as_of");--> statement-breakpoint
CREATE INDEX "market_indicators_as_of_idx" ON "market_indicators" USING btree ("as_of","id");--> statement-breakpoint
CREATE INDEX "market_indicators_public_on_idx" ON "market_indicators" USING btree ("public_on","id");--> statement-breakpoint
CREATE INDEX "revenue_reports_company_idx" ON "revenue_reports" USING btree ("company_id","period_end");--> statement-breakpoint
CREATE INDEX "revenue_reports_period_idx" ON "revenue_reports" USING btree ("period_end","id");--> statement-breakpoint
CREATE INDEX "revenue_reports_public_on_idx" ON "revenue_reports" USING btree ("public_on","id");--> statement-breakpoint
CREATE INDEX "sites_company_idx" ON "sites" USING btree ("company_id","id");--> statement-breakpoint
CREATE INDEX "sites_country_region_idx" ON "sites" USING btree ("country","region","id");--> statement-breakpoint
CREATE INDEX "sites_capacity_idx" ON "sites" USING btree ("power_capacity_mw","id");--> statement-breakpoint
CREATE INDEX "sites_public_on_idx" ON "sites" USING btree ("public_on","id");--> statement-breakpoint
CREATE INDEX "stock_moves_company_idx" ON "stock_moves" USING btree ("company_id","on");--> statement-breakpoint
CREATE INDEX "stock_moves_on_idx" ON "stock_moves" USING btree ("on","window","id");--> statement-breakpoint
CREATE INDEX "stock_moves_public_on_idx" ON "stock_moves" USING btree ("public_on","id");--> statement-breakpoint
CREATE INDEX "stock_moves_change_idx" ON "stock_moves" USING btree ("change_pct","id");