CREATE TYPE "public"."account_status" AS ENUM('active', 'suspended', 'closed');--> statement-breakpoint
CREATE TYPE "public"."destination_class" AS ENUM('domestic', 'international', 'mobile', 'toll_free', 'premium', 'other');--> statement-breakpoint
CREATE TYPE "public"."price_model" AS ENUM('flat', 'per_unit', 'graduated', 'volume', 'package', 'rate_deck');--> statement-breakpoint
CREATE TYPE "public"."product_kind" AS ENUM('recurring', 'usage', 'one_time');--> statement-breakpoint
CREATE TYPE "public"."rounding_mode" AS ENUM('half_up', 'half_even', 'down', 'up');--> statement-breakpoint
CREATE TYPE "public"."usage_type" AS ENUM('voice', 'sms', 'data', 'custom');--> statement-breakpoint
CREATE TYPE "public"."ingestion_problem_kind" AS ENUM('conflict', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."ingestion_source" AS ENUM('api', 'file', 'cli', 'migration');--> statement-breakpoint
CREATE TYPE "public"."ingestion_status" AS ENUM('running', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."usage_status" AS ENUM('rated', 'unrated');--> statement-breakpoint
CREATE TABLE "accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"external_id" text NOT NULL,
	"name" text NOT NULL,
	"currency" char(3) NOT NULL,
	"rate_plan_id" uuid,
	"status" "account_status" DEFAULT 'active' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalogs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"rounding_mode" "rounding_mode" DEFAULT 'half_up' NOT NULL,
	"call_decimals" integer DEFAULT 4 NOT NULL,
	"line_decimals" integer,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_tiers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"price_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"from" numeric NOT NULL,
	"unit_price" numeric NOT NULL,
	"flat_fee" numeric
);
--> statement-breakpoint
CREATE TABLE "prices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"currency" char(3) NOT NULL,
	"model" "price_model" NOT NULL,
	"amount" numeric,
	"unit_price" numeric,
	"package_size" numeric,
	"package_price" numeric,
	"minimum_charge" numeric,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "product_allowances" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"product_id" uuid NOT NULL,
	"minutes_per_unit" numeric NOT NULL,
	"destination_classes" "destination_class"[] NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "products" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalog_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"kind" "product_kind" NOT NULL,
	"usage_type" "usage_type",
	"unit_name" text,
	"tax_category" text NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_deck_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"prefix" text NOT NULL,
	"destination" text NOT NULL,
	"destination_class" "destination_class" NOT NULL,
	"rate_per_minute" numeric NOT NULL,
	"band_rates" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"initial_increment_seconds" integer NOT NULL,
	"subsequent_increment_seconds" integer NOT NULL,
	"connection_fee" numeric DEFAULT '0' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_plan_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"rate_plan_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"effective_from" date NOT NULL,
	"time_bands" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rate_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"catalog_id" uuid NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"currency" char(3) NOT NULL,
	"time_zone" text DEFAULT 'UTC' NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ingestion_problems" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "ingestion_problems_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"ingestion_id" uuid NOT NULL,
	"line" integer,
	"record_id" text,
	"kind" "ingestion_problem_kind" NOT NULL,
	"reason" text NOT NULL,
	"raw" text
);
--> statement-breakpoint
CREATE TABLE "ingestions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"source" "ingestion_source" NOT NULL,
	"file_name" text,
	"status" "ingestion_status" DEFAULT 'running' NOT NULL,
	"bytes_total" bigint,
	"bytes_read" bigint DEFAULT 0 NOT NULL,
	"read" integer DEFAULT 0 NOT NULL,
	"imported" integer DEFAULT 0 NOT NULL,
	"duplicates" integer DEFAULT 0 NOT NULL,
	"conflicts" integer DEFAULT 0 NOT NULL,
	"rejected" integer DEFAULT 0 NOT NULL,
	"unrated" integer DEFAULT 0 NOT NULL,
	"error" text,
	"actor_label" text NOT NULL,
	"started_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "usage_records" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "usage_records_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"record_id" text NOT NULL,
	"ingestion_id" uuid,
	"account_ref" text NOT NULL,
	"account_id" uuid,
	"usage_type" "usage_type" NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"destination_number" text,
	"duration_seconds" integer,
	"quantity" numeric,
	"content_hash" text NOT NULL,
	"status" "usage_status" NOT NULL,
	"unrated_reason" text,
	"rate_version_id" uuid,
	"prefix" text,
	"destination_name" text,
	"destination_class" "destination_class",
	"band" text,
	"billable_seconds" integer,
	"rate_per_minute" numeric,
	"connection_fee" numeric,
	"charge" numeric,
	"rated_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_rate_plan_id_rate_plans_id_fk" FOREIGN KEY ("rate_plan_id") REFERENCES "public"."rate_plans"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_tiers" ADD CONSTRAINT "price_tiers_price_id_prices_id_fk" FOREIGN KEY ("price_id") REFERENCES "public"."prices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "product_allowances" ADD CONSTRAINT "product_allowances_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "products" ADD CONSTRAINT "products_catalog_id_catalogs_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."catalogs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_deck_entries" ADD CONSTRAINT "rate_deck_entries_version_id_rate_plan_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."rate_plan_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_plan_versions" ADD CONSTRAINT "rate_plan_versions_rate_plan_id_rate_plans_id_fk" FOREIGN KEY ("rate_plan_id") REFERENCES "public"."rate_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rate_plans" ADD CONSTRAINT "rate_plans_catalog_id_catalogs_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."catalogs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ingestion_problems" ADD CONSTRAINT "ingestion_problems_ingestion_id_ingestions_id_fk" FOREIGN KEY ("ingestion_id") REFERENCES "public"."ingestions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_ingestion_id_ingestions_id_fk" FOREIGN KEY ("ingestion_id") REFERENCES "public"."ingestions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_rate_version_id_rate_plan_versions_id_fk" FOREIGN KEY ("rate_version_id") REFERENCES "public"."rate_plan_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "accounts_external_id_key" ON "accounts" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "accounts_created_idx" ON "accounts" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "catalogs_code_key" ON "catalogs" USING btree ("code");--> statement-breakpoint
CREATE UNIQUE INDEX "price_tiers_price_position_key" ON "price_tiers" USING btree ("price_id","position");--> statement-breakpoint
CREATE INDEX "prices_product_currency_idx" ON "prices" USING btree ("product_id","currency","effective_from");--> statement-breakpoint
CREATE INDEX "product_allowances_product_idx" ON "product_allowances" USING btree ("product_id");--> statement-breakpoint
CREATE UNIQUE INDEX "products_catalog_code_key" ON "products" USING btree ("catalog_id","code");--> statement-breakpoint
CREATE INDEX "products_catalog_created_idx" ON "products" USING btree ("catalog_id","created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "rate_deck_entries_version_prefix_key" ON "rate_deck_entries" USING btree ("version_id","prefix");--> statement-breakpoint
CREATE INDEX "rate_deck_entries_version_destination_idx" ON "rate_deck_entries" USING btree ("version_id","destination");--> statement-breakpoint
CREATE UNIQUE INDEX "rate_plan_versions_plan_version_key" ON "rate_plan_versions" USING btree ("rate_plan_id","version");--> statement-breakpoint
CREATE UNIQUE INDEX "rate_plan_versions_plan_effective_key" ON "rate_plan_versions" USING btree ("rate_plan_id","effective_from");--> statement-breakpoint
CREATE UNIQUE INDEX "rate_plans_catalog_code_key" ON "rate_plans" USING btree ("catalog_id","code");--> statement-breakpoint
CREATE INDEX "ingestion_problems_ingestion_line_idx" ON "ingestion_problems" USING btree ("ingestion_id","line");--> statement-breakpoint
CREATE INDEX "ingestions_started_idx" ON "ingestions" USING btree ("started_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "usage_records_record_id_key" ON "usage_records" USING btree ("record_id");--> statement-breakpoint
CREATE INDEX "usage_records_account_started_idx" ON "usage_records" USING btree ("account_id","started_at");--> statement-breakpoint
CREATE INDEX "usage_records_unrated_idx" ON "usage_records" USING btree ("status","started_at");--> statement-breakpoint
CREATE INDEX "usage_records_ingestion_idx" ON "usage_records" USING btree ("ingestion_id");