CREATE TYPE "public"."billing_timing" AS ENUM('in_advance', 'in_arrears');--> statement-breakpoint
CREATE TYPE "public"."proration_method" AS ENUM('actual_days', 'thirty_day_months', 'daily_rate_rounded', 'none');--> statement-breakpoint
CREATE TYPE "public"."billing_alignment" AS ENUM('account', 'subscription', 'bundle');--> statement-breakpoint
ALTER TABLE "catalogs" ADD COLUMN "default_billing_timing" "billing_timing" DEFAULT 'in_arrears' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogs" ADD COLUMN "proration_method" "proration_method" DEFAULT 'actual_days' NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogs" ADD COLUMN "credit_unused_on_cancel" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "catalogs" ADD COLUMN "bill_partial_with_next_period" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "billing_timing" "billing_timing";--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "service_start" date;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "service_end" date;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD COLUMN "subscription_id" uuid;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "billing_alignment" "billing_alignment" DEFAULT 'account' NOT NULL;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD COLUMN "bundle_base_id" uuid;--> statement-breakpoint
CREATE INDEX "invoice_lines_subscription_idx" ON "invoice_lines" USING btree ("subscription_id","service_start") WHERE "invoice_lines"."subscription_id" is not null;