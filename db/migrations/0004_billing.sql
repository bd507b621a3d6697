CREATE TYPE "public"."billing_cycle" AS ENUM('calendar_month', 'anniversary');--> statement-breakpoint
CREATE TYPE "public"."invoice_delivery" AS ENUM('email', 'portal', 'mail', 'none');--> statement-breakpoint
CREATE TYPE "public"."bill_run_account_status" AS ENUM('pending', 'invoiced', 'nothing_to_bill', 'already_invoiced', 'failed');--> statement-breakpoint
CREATE TYPE "public"."bill_run_status" AS ENUM('queued', 'running', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."invoice_kind" AS ENUM('invoice', 'credit_note');--> statement-breakpoint
CREATE TYPE "public"."invoice_line_type" AS ENUM('recurring', 'discount', 'usage', 'one_time', 'tax', 'credit');--> statement-breakpoint
CREATE TYPE "public"."invoice_status" AS ENUM('draft', 'finalized', 'void');--> statement-breakpoint
CREATE TABLE "bill_run_accounts" (
	"bill_run_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"status" "bill_run_account_status" DEFAULT 'pending' NOT NULL,
	"invoice_id" uuid,
	"message" text,
	CONSTRAINT "bill_run_accounts_bill_run_id_account_id_pk" PRIMARY KEY("bill_run_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "bill_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"selection" jsonb NOT NULL,
	"status" "bill_run_status" DEFAULT 'queued' NOT NULL,
	"accounts_total" integer DEFAULT 0 NOT NULL,
	"accounts_done" integer DEFAULT 0 NOT NULL,
	"invoices_created" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"started_at" timestamp (3) with time zone,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "invoice_lines" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"line_type" "invoice_line_type" NOT NULL,
	"line_key" text NOT NULL,
	"product_code" text,
	"description" text NOT NULL,
	"quantity" numeric NOT NULL,
	"amount" numeric NOT NULL,
	"tax_category" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoice_number_series" (
	"kind" "invoice_kind" PRIMARY KEY NOT NULL,
	"prefix" text NOT NULL,
	"next_number" bigint DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "invoice_kind" DEFAULT 'invoice' NOT NULL,
	"account_id" uuid NOT NULL,
	"bill_run_id" uuid,
	"credited_invoice_id" uuid,
	"status" "invoice_status" DEFAULT 'draft' NOT NULL,
	"number" text,
	"currency" char(3) NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"issue_date" date,
	"due_date" date,
	"subtotal" numeric NOT NULL,
	"tax_total" numeric NOT NULL,
	"total" numeric NOT NULL,
	"note" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finalized_at" timestamp (3) with time zone,
	"voided_at" timestamp (3) with time zone,
	CONSTRAINT "invoices_number_when_final" CHECK (("invoices"."status" = 'draft') = ("invoices"."number" is null))
);
--> statement-breakpoint
CREATE TABLE "tax_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region" text NOT NULL,
	"tax_code" text NOT NULL,
	"tax_category" text NOT NULL,
	"rate_percent" numeric NOT NULL,
	"effective_from" date NOT NULL,
	"effective_to" date,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "tax_rules_rate_range" CHECK ("tax_rules"."rate_percent" >= 0 and "tax_rules"."rate_percent" < 100)
);
--> statement-breakpoint
CREATE TABLE "one_time_charges" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"external_id" text,
	"charge_date" date NOT NULL,
	"quantity" numeric NOT NULL,
	"unit_price" numeric,
	"description" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "one_time_charges_quantity_positive" CHECK ("one_time_charges"."quantity" > 0)
);
--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"account_id" uuid NOT NULL,
	"product_id" uuid NOT NULL,
	"external_id" text,
	"quantity" numeric NOT NULL,
	"unit_price" numeric,
	"discount_percent" numeric DEFAULT '0' NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date,
	"service_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"replaces_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_quantity_positive" CHECK ("subscriptions"."quantity" > 0),
	CONSTRAINT "subscriptions_discount_range" CHECK ("subscriptions"."discount_percent" between 0 and 100),
	CONSTRAINT "subscriptions_dates_ordered" CHECK ("subscriptions"."end_date" is null or "subscriptions"."end_date" > "subscriptions"."start_date")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "billing_email" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "contact_name" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "tax_region" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "tax_exemptions" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "parent_account_id" uuid;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "bill_to_parent" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "billing_cycle" "billing_cycle" DEFAULT 'calendar_month' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "billing_day" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "payment_terms_days" integer DEFAULT 30 NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "invoice_delivery" "invoice_delivery" DEFAULT 'email' NOT NULL;--> statement-breakpoint
ALTER TABLE "bill_run_accounts" ADD CONSTRAINT "bill_run_accounts_bill_run_id_bill_runs_id_fk" FOREIGN KEY ("bill_run_id") REFERENCES "public"."bill_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bill_run_accounts" ADD CONSTRAINT "bill_run_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoice_lines" ADD CONSTRAINT "invoice_lines_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_bill_run_id_bill_runs_id_fk" FOREIGN KEY ("bill_run_id") REFERENCES "public"."bill_runs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_time_charges" ADD CONSTRAINT "one_time_charges_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "one_time_charges" ADD CONSTRAINT "one_time_charges_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_product_id_products_id_fk" FOREIGN KEY ("product_id") REFERENCES "public"."products"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "bill_run_accounts_pending_idx" ON "bill_run_accounts" USING btree ("bill_run_id") WHERE "bill_run_accounts"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "bill_runs_created_idx" ON "bill_runs" USING btree ("created_at","id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoice_lines_invoice_position_key" ON "invoice_lines" USING btree ("invoice_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_number_key" ON "invoices" USING btree ("kind","number");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_account_period_live_key" ON "invoices" USING btree ("account_id","period_start","period_end") WHERE "invoices"."kind" = 'invoice' and "invoices"."status" <> 'void';--> statement-breakpoint
CREATE INDEX "invoices_account_idx" ON "invoices" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE INDEX "invoices_bill_run_idx" ON "invoices" USING btree ("bill_run_id");--> statement-breakpoint
CREATE INDEX "invoices_created_idx" ON "invoices" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "tax_rules_region_idx" ON "tax_rules" USING btree ("region","effective_from");--> statement-breakpoint
CREATE INDEX "one_time_charges_account_idx" ON "one_time_charges" USING btree ("account_id","charge_date");--> statement-breakpoint
CREATE UNIQUE INDEX "one_time_charges_external_id_key" ON "one_time_charges" USING btree ("external_id");--> statement-breakpoint
CREATE INDEX "subscriptions_account_idx" ON "subscriptions" USING btree ("account_id","start_date");--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_external_id_key" ON "subscriptions" USING btree ("external_id");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_parent_account_id_accounts_id_fk" FOREIGN KEY ("parent_account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_parent_idx" ON "accounts" USING btree ("parent_account_id");--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_billing_day_range" CHECK ("accounts"."billing_day" between 1 and 28);--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_payment_terms_range" CHECK ("accounts"."payment_terms_days" between 0 and 365);--> statement-breakpoint
INSERT INTO "invoice_number_series" ("kind", "prefix") VALUES ('invoice', 'INV-'), ('credit_note', 'CN-') ON CONFLICT DO NOTHING;
