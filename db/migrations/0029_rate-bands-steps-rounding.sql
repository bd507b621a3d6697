DROP INDEX "usage_records_account_billing_idx";--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "line_rounding_mode" "rounding_mode";--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "line_decimals" integer;--> statement-breakpoint
ALTER TABLE "rate_deck_entries" ADD COLUMN "band_terms" jsonb DEFAULT '{}'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "rate_deck_entries" ADD COLUMN "rate_steps" jsonb;--> statement-breakpoint
ALTER TABLE "rate_plan_versions" ADD COLUMN "holidays" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "rate_plans" ADD COLUMN "call_rounding_mode" "rounding_mode";--> statement-breakpoint
ALTER TABLE "rate_plans" ADD COLUMN "call_decimals" integer;--> statement-breakpoint
ALTER TABLE "usage_records" ADD COLUMN "step_seconds" integer[];--> statement-breakpoint
ALTER TABLE "usage_records" ADD COLUMN "step_rates" numeric[];--> statement-breakpoint
CREATE INDEX "usage_records_account_billing_idx" ON "usage_records" USING btree ("account_id","usage_type","status","started_at","record_id" collate "C","destination_class","billable_seconds","rate_per_minute","connection_fee","destination_name","product_id","quantity","subject","step_seconds","step_rates");