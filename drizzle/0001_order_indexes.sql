DROP INDEX "sources_publisher_idx";--> statement-breakpoint
CREATE INDEX "sources_title_idx" ON "sources" USING btree ("title","id");--> statement-breakpoint
CREATE INDEX "bond_raises_demand_idx" ON "bond_raises" USING btree ("order_book_demand_usd","id");--> statement-breakpoint
CREATE INDEX "capacity_reports_reported_on_idx" ON "capacity_reports" USING btree ("reported_on","id");--> statement-breakpoint
CREATE INDEX "capacity_reports_mw_idx" ON "capacity_reports" USING btree ("capacity_mw","id");--> statement-breakpoint
CREATE INDEX "deals_term_idx" ON "deals" USING btree ("term_months","id");--> statement-breakpoint
CREATE INDEX "deals_it_load_idx" ON "deals" USING btree ("it_load_mw","id");--> statement-breakpoint
CREATE INDEX "investment_plans_capacity_idx" ON "investment_plans" USING btree ("capacity_mw","id");--> statement-breakpoint
CREATE INDEX "market_indicators_value_idx" ON "market_indicators" USING btree ("value","id");--> statement-breakpoint
CREATE INDEX "revenue_reports_total_idx" ON "revenue_reports" USING btree ("total_revenue","id");--> statement-breakpoint
CREATE INDEX "revenue_reports_ai_idx" ON "revenue_reports" USING btree ("ai_hpc_revenue","id");--> statement-breakpoint
CREATE INDEX "sites_name_idx" ON "sites" USING btree ("name","id");--> statement-breakpoint
CREATE INDEX "sites_reported_on_idx" ON "sites" USING btree ("reported_on","id");--> statement-breakpoint
CREATE INDEX "sites_region_idx" ON "sites" USING btree ("region","id");--> statement-breakpoint
CREATE INDEX "stock_moves_symbol_idx" ON "stock_moves" USING btree ("symbol","id");--> statement-breakpoint
CREATE INDEX "sources_publisher_idx" ON "sources" USING btree ("publisher","id");