CREATE TYPE "public"."record_rounding" AS ENUM('up', 'nearest', 'down');--> statement-breakpoint
CREATE TYPE "public"."usage_aggregation" AS ENUM('sum', 'max', 'last', 'distinct_count', 'p95');--> statement-breakpoint
DROP INDEX "usage_records_account_billing_idx";--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "free_units" numeric;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "aggregation" "usage_aggregation" DEFAULT 'sum' NOT NULL;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "record_rounding" "record_rounding";--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "record_rounding_block" numeric;--> statement-breakpoint
ALTER TABLE "usage_records" ADD COLUMN "subject" text;--> statement-breakpoint
CREATE INDEX "usage_records_account_billing_idx" ON "usage_records" USING btree ("account_id","usage_type","status","started_at","record_id" collate "C","destination_class","billable_seconds","rate_per_minute","connection_fee","destination_name","product_id","quantity","subject");--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_free_units_ceiling" CHECK (abs("prices"."free_units") < 1e15);--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_record_rounding_block" CHECK (("products"."record_rounding" is null) = ("products"."record_rounding_block" is null) and ("products"."record_rounding_block" is null or "products"."record_rounding_block" > 0));--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_record_rounding_block_ceiling" CHECK (abs("products"."record_rounding_block") < 1e15);