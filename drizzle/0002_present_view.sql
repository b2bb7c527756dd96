CREATE TABLE "present_counts" (
	"table_name" text NOT NULL,
	"public_on" date NOT NULL,
	"superseded_on" date NOT NULL,
	"n" bigint NOT NULL,
	CONSTRAINT "present_counts_pk" PRIMARY KEY("table_name","public_on","superseded_on")
);
--> statement-breakpoint
DROP INDEX "stock_moves_company_idx";--> statement-breakpoint
ALTER TABLE "bond_raises" ADD COLUMN "superseded_on" date;--> statement-breakpoint
ALTER TABLE "capacity_reports" ADD COLUMN "superseded_on" date;--> statement-breakpoint
ALTER TABLE "credit_backstops" ADD COLUMN "superseded_on" date;--> statement-breakpoint
ALTER TABLE "deals" ADD COLUMN "superseded_on" date;--> statement-breakpoint
ALTER TABLE "investment_plans" ADD COLUMN "superseded_on" date;--> statement-breakpoint
ALTER TABLE "market_indicators" ADD COLUMN "superseded_on" date;--> statement-breakpoint
ALTER TABLE "revenue_reports" ADD COLUMN "superseded_on" date;--> statement-breakpoint
ALTER TABLE "sites" ADD COLUMN "superseded_on" date;--> statement-breakpoint
ALTER TABLE "stock_moves" ADD COLUMN "superseded_on" date;--> statement-breakpoint
CREATE INDEX "stock_moves_company_idx" ON "stock_moves" USING btree ("company_id","on","id");--> statement-breakpoint
-- The present-view rule as a column: `superseded_on` is the earliest public_on of the same-table
-- facts that supersede the row ('-infinity' when one has no date), null while nothing does.
-- gigawatt_refresh_superseded recomputes it for some rows of one table; the triggers below call
-- it on every write that can change it (entity rows inserted, deleted or re-dated; facts
-- re-pointed or deleted), once per statement, so COPY and bulk inserts stay set-based.
CREATE OR REPLACE FUNCTION gigawatt_refresh_superseded(tbl regclass, ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  EXECUTE format(
    'UPDATE %1$s t SET superseded_on = s.superseded_on
       FROM (SELECT x.id,
                    (SELECT min(coalesce(r.public_on, ''-infinity''::date))
                       FROM facts sf JOIN %1$s r ON r.id = sf.id
                      WHERE sf.supersedes_id = x.id) AS superseded_on
               FROM (SELECT DISTINCT unnest($1) AS id) x) s
      WHERE t.id = s.id AND t.superseded_on IS DISTINCT FROM s.superseded_on', tbl)
  USING ids;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gigawatt_fact_table(t text) RETURNS regclass
LANGUAGE sql IMMUTABLE AS $fn$
  SELECT CASE t
    WHEN 'SITE' THEN 'sites'::regclass
    WHEN 'CAPACITY_REPORT' THEN 'capacity_reports'::regclass
    WHEN 'DEAL' THEN 'deals'::regclass
    WHEN 'CREDIT_BACKSTOP' THEN 'credit_backstops'::regclass
    WHEN 'BOND_RAISE' THEN 'bond_raises'::regclass
    WHEN 'INVESTMENT_PLAN' THEN 'investment_plans'::regclass
    WHEN 'REVENUE_REPORT' THEN 'revenue_reports'::regclass
    WHEN 'STOCK_MOVE' THEN 'stock_moves'::regclass
    WHEN 'MARKET_INDICATOR' THEN 'market_indicators'::regclass
  END
$fn$;
--> statement-breakpoint
-- Entity rows: a new row may revise another (and may itself already be revised); a new
-- public_on moves the date its target is superseded on; a deleted revision stops counting.
CREATE OR REPLACE FUNCTION gigawatt_entity_superseded_trigger() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  ids bigint[];
BEGIN
  IF TG_OP = 'INSERT' THEN
    SELECT array_agg(x.id) INTO ids FROM (
      SELECT f.supersedes_id AS id FROM new_rows n JOIN facts f ON f.id = n.id WHERE f.supersedes_id IS NOT NULL
      UNION SELECT n.id FROM new_rows n WHERE EXISTS (SELECT 1 FROM facts sf WHERE sf.supersedes_id = n.id)
    ) x;
  ELSIF TG_OP = 'UPDATE' THEN
    SELECT array_agg(DISTINCT f.supersedes_id) INTO ids
      FROM new_rows n JOIN old_rows o ON o.id = n.id JOIN facts f ON f.id = n.id
     WHERE f.supersedes_id IS NOT NULL AND n.public_on IS DISTINCT FROM o.public_on;
  ELSE
    SELECT array_agg(DISTINCT f.supersedes_id) INTO ids
      FROM old_rows o JOIN facts f ON f.id = o.id WHERE f.supersedes_id IS NOT NULL;
  END IF;
  PERFORM gigawatt_refresh_superseded(TG_RELID::regclass, ids);
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
-- facts: a revision re-pointed (supersedes_id changed) or deleted changes its old and new targets.
CREATE OR REPLACE FUNCTION gigawatt_facts_superseded_trigger() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  g record;
BEGIN
  FOR g IN
    SELECT t.type::text AS type, array_agg(t.id) AS ids
      FROM facts t
     WHERE t.id IN (
       SELECT unnest(ARRAY[o.supersedes_id, n.supersedes_id])
         FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.supersedes_id IS DISTINCT FROM n.supersedes_id
     )
     GROUP BY t.type
  LOOP
    IF gigawatt_fact_table(g.type) IS NOT NULL THEN
      PERFORM gigawatt_refresh_superseded(gigawatt_fact_table(g.type), g.ids);
    END IF;
  END LOOP;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gigawatt_facts_deleted_trigger() RETURNS trigger
LANGUAGE plpgsql AS $fn$
DECLARE
  g record;
BEGIN
  FOR g IN
    SELECT t.type::text AS type, array_agg(t.id) AS ids
      FROM facts t
     WHERE t.id IN (SELECT o.supersedes_id FROM old_rows o WHERE o.supersedes_id IS NOT NULL)
     GROUP BY t.type
  LOOP
    IF gigawatt_fact_table(g.type) IS NOT NULL THEN
      PERFORM gigawatt_refresh_superseded(gigawatt_fact_table(g.type), g.ids);
    END IF;
  END LOOP;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER facts_superseded_upd AFTER UPDATE ON facts REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_facts_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER facts_superseded_del AFTER DELETE ON facts REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_facts_deleted_trigger();
--> statement-breakpoint
CREATE TRIGGER sites_superseded_ins AFTER INSERT ON sites REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER sites_superseded_upd AFTER UPDATE ON sites REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER sites_superseded_del AFTER DELETE ON sites REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('sites'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
CREATE TRIGGER capacity_reports_superseded_ins AFTER INSERT ON capacity_reports REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER capacity_reports_superseded_upd AFTER UPDATE ON capacity_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER capacity_reports_superseded_del AFTER DELETE ON capacity_reports REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('capacity_reports'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
CREATE TRIGGER deals_superseded_ins AFTER INSERT ON deals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER deals_superseded_upd AFTER UPDATE ON deals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER deals_superseded_del AFTER DELETE ON deals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('deals'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
CREATE TRIGGER credit_backstops_superseded_ins AFTER INSERT ON credit_backstops REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER credit_backstops_superseded_upd AFTER UPDATE ON credit_backstops REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER credit_backstops_superseded_del AFTER DELETE ON credit_backstops REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('credit_backstops'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
CREATE TRIGGER bond_raises_superseded_ins AFTER INSERT ON bond_raises REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER bond_raises_superseded_upd AFTER UPDATE ON bond_raises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER bond_raises_superseded_del AFTER DELETE ON bond_raises REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('bond_raises'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
CREATE TRIGGER investment_plans_superseded_ins AFTER INSERT ON investment_plans REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER investment_plans_superseded_upd AFTER UPDATE ON investment_plans REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER investment_plans_superseded_del AFTER DELETE ON investment_plans REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('investment_plans'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
CREATE TRIGGER revenue_reports_superseded_ins AFTER INSERT ON revenue_reports REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER revenue_reports_superseded_upd AFTER UPDATE ON revenue_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER revenue_reports_superseded_del AFTER DELETE ON revenue_reports REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('revenue_reports'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
CREATE TRIGGER stock_moves_superseded_ins AFTER INSERT ON stock_moves REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER stock_moves_superseded_upd AFTER UPDATE ON stock_moves REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER stock_moves_superseded_del AFTER DELETE ON stock_moves REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('stock_moves'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
CREATE TRIGGER market_indicators_superseded_ins AFTER INSERT ON market_indicators REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER market_indicators_superseded_upd AFTER UPDATE ON market_indicators REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
CREATE TRIGGER market_indicators_superseded_del AFTER DELETE ON market_indicators REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_entity_superseded_trigger();
--> statement-breakpoint
SELECT gigawatt_refresh_superseded('market_indicators'::regclass, ARRAY(SELECT DISTINCT supersedes_id FROM facts WHERE supersedes_id IS NOT NULL));
--> statement-breakpoint
-- How many rows of each entity table have each (public_on, superseded_on), null public_on stored
-- as '-infinity' (public in the present view at once) and null superseded_on as 'infinity'
-- (never superseded): the unfiltered present-view totalCount is then a sum over a few thousand
-- rows instead of a scan of a million. Kept by the statement triggers below.
-- (present_counts itself is declared in src/db/tables/core.ts.)
-- Backfill of present_counts from a table's current rows (used once below).
CREATE OR REPLACE FUNCTION gigawatt_count_rows(tbl text, delta bigint, rows_sql text) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  EXECUTE format(
    'INSERT INTO present_counts AS pc (table_name, public_on, superseded_on, n)
       SELECT %L, coalesce(public_on, ''-infinity''::date), coalesce(superseded_on, ''infinity''::date), %s * count(*)
         FROM (%s) r GROUP BY 2, 3
     ON CONFLICT (table_name, public_on, superseded_on) DO UPDATE SET n = pc.n + excluded.n', tbl, delta, rows_sql);
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gigawatt_present_counts_trigger() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  -- Transition tables are visible here only (not in functions this one calls): static SQL.
  IF TG_OP = 'INSERT' THEN
    INSERT INTO present_counts AS pc (table_name, public_on, superseded_on, n)
      SELECT TG_TABLE_NAME, coalesce(public_on, '-infinity'::date), coalesce(superseded_on, 'infinity'::date), count(*)
        FROM new_rows GROUP BY 2, 3
    ON CONFLICT (table_name, public_on, superseded_on) DO UPDATE SET n = pc.n + excluded.n;
  ELSIF TG_OP = 'DELETE' THEN
    INSERT INTO present_counts AS pc (table_name, public_on, superseded_on, n)
      SELECT TG_TABLE_NAME, coalesce(public_on, '-infinity'::date), coalesce(superseded_on, 'infinity'::date), -count(*)
        FROM old_rows GROUP BY 2, 3
    ON CONFLICT (table_name, public_on, superseded_on) DO UPDATE SET n = pc.n + excluded.n;
  ELSE
    INSERT INTO present_counts AS pc (table_name, public_on, superseded_on, n)
      SELECT TG_TABLE_NAME, x.p, x.s, sum(x.d)
        FROM (
          SELECT coalesce(o.public_on, '-infinity'::date) AS p, coalesce(o.superseded_on, 'infinity'::date) AS s, -1 AS d
            FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.public_on, o.superseded_on) IS DISTINCT FROM (n.public_on, n.superseded_on)
          UNION ALL
          SELECT coalesce(n.public_on, '-infinity'::date), coalesce(n.superseded_on, 'infinity'::date), 1
            FROM old_rows o JOIN new_rows n ON n.id = o.id
           WHERE (o.public_on, o.superseded_on) IS DISTINCT FROM (n.public_on, n.superseded_on)
        ) x
       GROUP BY 2, 3 HAVING sum(x.d) <> 0
    ON CONFLICT (table_name, public_on, superseded_on) DO UPDATE SET n = pc.n + excluded.n;
  END IF;
  DELETE FROM present_counts WHERE table_name = TG_TABLE_NAME AND n = 0;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION gigawatt_present_counts_truncated() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  DELETE FROM present_counts WHERE table_name = TG_TABLE_NAME;
  RETURN NULL;
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER sites_counts_ins AFTER INSERT ON sites REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER sites_counts_upd AFTER UPDATE ON sites REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER sites_counts_del AFTER DELETE ON sites REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('sites', 1, 'SELECT public_on, superseded_on FROM sites');
--> statement-breakpoint
CREATE TRIGGER capacity_reports_counts_ins AFTER INSERT ON capacity_reports REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER capacity_reports_counts_upd AFTER UPDATE ON capacity_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER capacity_reports_counts_del AFTER DELETE ON capacity_reports REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('capacity_reports', 1, 'SELECT public_on, superseded_on FROM capacity_reports');
--> statement-breakpoint
CREATE TRIGGER deals_counts_ins AFTER INSERT ON deals REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER deals_counts_upd AFTER UPDATE ON deals REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER deals_counts_del AFTER DELETE ON deals REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('deals', 1, 'SELECT public_on, superseded_on FROM deals');
--> statement-breakpoint
CREATE TRIGGER credit_backstops_counts_ins AFTER INSERT ON credit_backstops REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER credit_backstops_counts_upd AFTER UPDATE ON credit_backstops REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER credit_backstops_counts_del AFTER DELETE ON credit_backstops REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('credit_backstops', 1, 'SELECT public_on, superseded_on FROM credit_backstops');
--> statement-breakpoint
CREATE TRIGGER bond_raises_counts_ins AFTER INSERT ON bond_raises REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER bond_raises_counts_upd AFTER UPDATE ON bond_raises REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER bond_raises_counts_del AFTER DELETE ON bond_raises REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('bond_raises', 1, 'SELECT public_on, superseded_on FROM bond_raises');
--> statement-breakpoint
CREATE TRIGGER investment_plans_counts_ins AFTER INSERT ON investment_plans REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER investment_plans_counts_upd AFTER UPDATE ON investment_plans REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER investment_plans_counts_del AFTER DELETE ON investment_plans REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('investment_plans', 1, 'SELECT public_on, superseded_on FROM investment_plans');
--> statement-breakpoint
CREATE TRIGGER revenue_reports_counts_ins AFTER INSERT ON revenue_reports REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER revenue_reports_counts_upd AFTER UPDATE ON revenue_reports REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER revenue_reports_counts_del AFTER DELETE ON revenue_reports REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('revenue_reports', 1, 'SELECT public_on, superseded_on FROM revenue_reports');
--> statement-breakpoint
CREATE TRIGGER stock_moves_counts_ins AFTER INSERT ON stock_moves REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER stock_moves_counts_upd AFTER UPDATE ON stock_moves REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER stock_moves_counts_del AFTER DELETE ON stock_moves REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('stock_moves', 1, 'SELECT public_on, superseded_on FROM stock_moves');
--> statement-breakpoint
CREATE TRIGGER market_indicators_counts_ins AFTER INSERT ON market_indicators REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER market_indicators_counts_upd AFTER UPDATE ON market_indicators REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
CREATE TRIGGER market_indicators_counts_del AFTER DELETE ON market_indicators REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_trigger();
--> statement-breakpoint
SELECT gigawatt_count_rows('market_indicators', 1, 'SELECT public_on, superseded_on FROM market_indicators');
--> statement-breakpoint
CREATE TRIGGER sites_counts_truncate AFTER TRUNCATE ON sites FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
--> statement-breakpoint
CREATE TRIGGER capacity_reports_counts_truncate AFTER TRUNCATE ON capacity_reports FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
--> statement-breakpoint
CREATE TRIGGER deals_counts_truncate AFTER TRUNCATE ON deals FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
--> statement-breakpoint
CREATE TRIGGER credit_backstops_counts_truncate AFTER TRUNCATE ON credit_backstops FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
--> statement-breakpoint
CREATE TRIGGER bond_raises_counts_truncate AFTER TRUNCATE ON bond_raises FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
--> statement-breakpoint
CREATE TRIGGER investment_plans_counts_truncate AFTER TRUNCATE ON investment_plans FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
--> statement-breakpoint
CREATE TRIGGER revenue_reports_counts_truncate AFTER TRUNCATE ON revenue_reports FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
--> statement-breakpoint
CREATE TRIGGER stock_moves_counts_truncate AFTER TRUNCATE ON stock_moves FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
--> statement-breakpoint
CREATE TRIGGER market_indicators_counts_truncate AFTER TRUNCATE ON market_indicators FOR EACH STATEMENT EXECUTE FUNCTION gigawatt_present_counts_truncated();
