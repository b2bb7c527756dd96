CREATE TABLE "audit_entries" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "audit_entries_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"key_id" integer,
	"actor" text NOT NULL,
	"action" text NOT NULL,
	"typename" text NOT NULL,
	"record_id" bigint NOT NULL,
	"record_key" text NOT NULL,
	"previous_id" bigint,
	"version" integer NOT NULL,
	"before" jsonb,
	"after" jsonb,
	"source_ids" integer[] DEFAULT '{}' NOT NULL,
	"reason" text,
	CONSTRAINT "audit_entries_action_ck" CHECK ("audit_entries"."action" in ('CREATE', 'REVISE', 'RETRACT', 'UPDATE'))
);
--> statement-breakpoint
ALTER TABLE "facts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "facts" ADD COLUMN "recorded_by" integer;--> statement-breakpoint
ALTER TABLE "facts" ADD COLUMN "retracted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "facts" ADD COLUMN "retracted_on" date;--> statement-breakpoint
ALTER TABLE "facts" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "recorded_by" integer;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "retracted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "retraction_reason" text;--> statement-breakpoint
CREATE INDEX "audit_entries_at_idx" ON "audit_entries" USING btree ("at","id");--> statement-breakpoint
CREATE INDEX "audit_entries_record_idx" ON "audit_entries" USING btree ("typename","record_id","id");--> statement-breakpoint
CREATE INDEX "facts_created_at_idx" ON "facts" USING btree ("created_at");--> statement-breakpoint
-- Retraction is a dated end like a supersession: `superseded_on` (the present-view column of
-- migration 0002) becomes the earlier of the first revision's public_on and the fact's own
-- `retracted_on`, so the present view, present_counts and their triggers need no other change;
-- a past `asOf` or `knownAt` reads facts.retracted_on / retracted_at (src/shared/time-travel.ts).
CREATE OR REPLACE FUNCTION gigawatt_refresh_superseded(tbl regclass, ids bigint[]) RETURNS void
LANGUAGE plpgsql AS $fn$
BEGIN
  IF ids IS NULL OR cardinality(ids) = 0 THEN RETURN; END IF;
  EXECUTE format(
    'UPDATE %1$s t SET superseded_on = s.superseded_on
       FROM (SELECT x.id,
                    least((SELECT min(coalesce(r.public_on, ''-infinity''::date))
                             FROM facts sf JOIN %1$s r ON r.id = sf.id
                            WHERE sf.supersedes_id = x.id),
                          (SELECT f.retracted_on FROM facts f WHERE f.id = x.id)) AS superseded_on
               FROM (SELECT DISTINCT unnest($1) AS id) x) s
      WHERE t.id = s.id AND t.superseded_on IS DISTINCT FROM s.superseded_on', tbl)
  USING ids;
END
$fn$;
--> statement-breakpoint
-- facts: a revision re-pointed (supersedes_id changed) changes its old and new targets; a fact
-- retracted (or un-retracted by an operator) changes its own row.
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
       UNION
       SELECT n.id
         FROM old_rows o JOIN new_rows n ON n.id = o.id
        WHERE o.retracted_on IS DISTINCT FROM n.retracted_on
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
-- The audit trail is append-only: what Gigawatt said then must stay provable.
CREATE OR REPLACE FUNCTION gigawatt_audit_append_only() RETURNS trigger
LANGUAGE plpgsql AS $fn$
BEGIN
  RAISE EXCEPTION 'audit_entries is append-only';
END
$fn$;
--> statement-breakpoint
CREATE TRIGGER audit_entries_append_only BEFORE UPDATE OR DELETE ON audit_entries FOR EACH ROW EXECUTE FUNCTION gigawatt_audit_append_only();
