CREATE TYPE "public"."system_of_record" AS ENUM('legacy', 'switchboard');--> statement-breakpoint
CREATE TYPE "public"."cutover_wave_status" AS ENUM('planned', 'cut_over', 'rolled_back');--> statement-breakpoint
CREATE TYPE "public"."migration_import_status" AS ENUM('running', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."migration_problem_kind" AS ENUM('conflict', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."parallel_run_status" AS ENUM('running', 'completed', 'failed');--> statement-breakpoint
CREATE TYPE "public"."reconciliation_status" AS ENUM('match', 'variance', 'missing_in_legacy', 'missing_in_new');--> statement-breakpoint
CREATE TYPE "public"."variance_cause" AS ENUM('RATE', 'USAGE_MISSING', 'RECURRING_PRICE', 'PRORATION', 'DISCOUNT', 'TAX', 'NOT_BILLED_IN_LEGACY', 'NOT_BILLED_IN_NEW', 'OTHER');--> statement-breakpoint
CREATE TYPE "public"."variance_resolution" AS ENUM('open', 'confirmed', 'accepted', 'defect');--> statement-breakpoint
CREATE TABLE "cutover_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"wave_id" uuid NOT NULL,
	"action" text NOT NULL,
	"detail" jsonb NOT NULL,
	"actor_label" text NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cutover_wave_accounts" (
	"wave_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"opening_invoice_id" uuid,
	"opening_payment_id" uuid,
	CONSTRAINT "cutover_wave_accounts_wave_id_account_id_pk" PRIMARY KEY("wave_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "cutover_waves" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"status" "cutover_wave_status" DEFAULT 'planned' NOT NULL,
	"cutover_date" date,
	"rollback_export" jsonb,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"cut_over_at" timestamp (3) with time zone,
	"rolled_back_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "legacy_invoice_lines" (
	"legacy_invoice_id" uuid NOT NULL,
	"line_no" integer NOT NULL,
	"line_type" text NOT NULL,
	"line_key" text NOT NULL,
	"product_code" text,
	"subscription_ref" text,
	"charge_ref" text,
	"destination" text,
	"tax_code" text,
	"tax_category" text,
	"description" text,
	"quantity" numeric,
	"unit_price" numeric,
	"amount" numeric NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "legacy_invoice_lines_legacy_invoice_id_line_no_pk" PRIMARY KEY("legacy_invoice_id","line_no")
);
--> statement-breakpoint
CREATE TABLE "legacy_invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"legacy_id" text NOT NULL,
	"account_ref" text NOT NULL,
	"account_id" uuid,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"issued_on" date,
	"due_on" date,
	"currency" char(3) NOT NULL,
	"subtotal" numeric NOT NULL,
	"tax_total" numeric NOT NULL,
	"total" numeric NOT NULL,
	"source_line" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "migration_import_problems" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "migration_import_problems_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"import_id" uuid NOT NULL,
	"file" text NOT NULL,
	"line" integer NOT NULL,
	"legacy_id" text,
	"kind" "migration_problem_kind" NOT NULL,
	"reason" text NOT NULL,
	"raw" text
);
--> statement-breakpoint
CREATE TABLE "migration_imports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"fingerprint" text NOT NULL,
	"source_name" text NOT NULL,
	"source_system" text,
	"manifest" jsonb NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"catalog_id" uuid,
	"usage_ingestion_id" uuid,
	"status" "migration_import_status" DEFAULT 'running' NOT NULL,
	"report" jsonb,
	"error" text,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "migration_sources" (
	"import_id" uuid NOT NULL,
	"entity" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"file" text NOT NULL,
	"line" integer NOT NULL,
	"legacy_id" text,
	"raw" jsonb NOT NULL,
	CONSTRAINT "migration_sources_import_id_entity_entity_id_pk" PRIMARY KEY("import_id","entity","entity_id")
);
--> statement-breakpoint
CREATE TABLE "opening_balances" (
	"import_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"as_of" date NOT NULL,
	"amount" numeric NOT NULL,
	"source_line" integer NOT NULL,
	CONSTRAINT "opening_balances_import_id_account_id_pk" PRIMARY KEY("import_id","account_id")
);
--> statement-breakpoint
CREATE TABLE "parallel_run_accounts" (
	"run_id" uuid NOT NULL,
	"legacy_account_id" text NOT NULL,
	"account_id" uuid,
	"account_name" text,
	"status" "reconciliation_status" NOT NULL,
	"legacy_invoice_id" uuid,
	"legacy_subtotal" numeric,
	"legacy_tax_total" numeric,
	"legacy_total" numeric,
	"new_subtotal" numeric,
	"new_tax_total" numeric,
	"new_total" numeric,
	"difference" numeric NOT NULL,
	"suggested_cause" "variance_cause",
	"cause" "variance_cause",
	"resolution" "variance_resolution" DEFAULT 'open' NOT NULL,
	"comment" text,
	"reviewed_by" text,
	"reviewed_at" timestamp (3) with time zone,
	CONSTRAINT "parallel_run_accounts_run_id_legacy_account_id_pk" PRIMARY KEY("run_id","legacy_account_id")
);
--> statement-breakpoint
CREATE TABLE "parallel_run_lines" (
	"run_id" uuid NOT NULL,
	"legacy_account_id" text NOT NULL,
	"position" integer NOT NULL,
	"line_type" text NOT NULL,
	"line_key" text NOT NULL,
	"product_code" text,
	"description" text,
	"legacy_quantity" numeric,
	"new_quantity" numeric,
	"legacy_unit_price" numeric,
	"new_unit_price" numeric,
	"legacy_amount" numeric,
	"new_amount" numeric,
	"difference" numeric NOT NULL,
	"differs" boolean NOT NULL,
	CONSTRAINT "parallel_run_lines_run_id_legacy_account_id_position_pk" PRIMARY KEY("run_id","legacy_account_id","position")
);
--> statement-breakpoint
CREATE TABLE "parallel_runs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"import_id" uuid NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"tolerances" jsonb NOT NULL,
	"status" "parallel_run_status" DEFAULT 'running' NOT NULL,
	"summary" jsonb,
	"error" text,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp (3) with time zone
);
--> statement-breakpoint
ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_dates_ordered";--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "opened_on" date;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "closed_on" date;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "system_of_record" "system_of_record" DEFAULT 'switchboard' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "cutover_date" date;--> statement-breakpoint
ALTER TABLE "cutover_events" ADD CONSTRAINT "cutover_events_wave_id_cutover_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."cutover_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cutover_wave_accounts" ADD CONSTRAINT "cutover_wave_accounts_wave_id_cutover_waves_id_fk" FOREIGN KEY ("wave_id") REFERENCES "public"."cutover_waves"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cutover_wave_accounts" ADD CONSTRAINT "cutover_wave_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cutover_waves" ADD CONSTRAINT "cutover_waves_import_id_migration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."migration_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_invoice_lines" ADD CONSTRAINT "legacy_invoice_lines_legacy_invoice_id_legacy_invoices_id_fk" FOREIGN KEY ("legacy_invoice_id") REFERENCES "public"."legacy_invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_invoices" ADD CONSTRAINT "legacy_invoices_import_id_migration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."migration_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "legacy_invoices" ADD CONSTRAINT "legacy_invoices_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "migration_import_problems" ADD CONSTRAINT "migration_import_problems_import_id_migration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."migration_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "migration_imports" ADD CONSTRAINT "migration_imports_catalog_id_catalogs_id_fk" FOREIGN KEY ("catalog_id") REFERENCES "public"."catalogs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "migration_sources" ADD CONSTRAINT "migration_sources_import_id_migration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."migration_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_balances" ADD CONSTRAINT "opening_balances_import_id_migration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."migration_imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_balances" ADD CONSTRAINT "opening_balances_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parallel_run_accounts" ADD CONSTRAINT "parallel_run_accounts_run_id_parallel_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."parallel_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parallel_run_accounts" ADD CONSTRAINT "parallel_run_accounts_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parallel_run_accounts" ADD CONSTRAINT "parallel_run_accounts_legacy_invoice_id_legacy_invoices_id_fk" FOREIGN KEY ("legacy_invoice_id") REFERENCES "public"."legacy_invoices"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parallel_run_lines" ADD CONSTRAINT "parallel_run_lines_run_id_parallel_runs_id_fk" FOREIGN KEY ("run_id") REFERENCES "public"."parallel_runs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "parallel_runs" ADD CONSTRAINT "parallel_runs_import_id_migration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."migration_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cutover_events_wave_idx" ON "cutover_events" USING btree ("wave_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "cutover_wave_accounts_account_key" ON "cutover_wave_accounts" USING btree ("account_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cutover_waves_import_name_key" ON "cutover_waves" USING btree ("import_id","name");--> statement-breakpoint
CREATE UNIQUE INDEX "legacy_invoices_import_legacy_id_key" ON "legacy_invoices" USING btree ("import_id","legacy_id");--> statement-breakpoint
CREATE INDEX "legacy_invoices_import_account_idx" ON "legacy_invoices" USING btree ("import_id","account_ref");--> statement-breakpoint
CREATE INDEX "migration_import_problems_import_idx" ON "migration_import_problems" USING btree ("import_id","file","line");--> statement-breakpoint
CREATE UNIQUE INDEX "migration_imports_fingerprint_key" ON "migration_imports" USING btree ("fingerprint");--> statement-breakpoint
CREATE INDEX "migration_imports_created_idx" ON "migration_imports" USING btree ("created_at","id");--> statement-breakpoint
CREATE INDEX "migration_sources_entity_idx" ON "migration_sources" USING btree ("entity","entity_id");--> statement-breakpoint
CREATE INDEX "parallel_run_accounts_status_idx" ON "parallel_run_accounts" USING btree ("run_id","status");--> statement-breakpoint
CREATE INDEX "parallel_runs_import_idx" ON "parallel_runs" USING btree ("import_id","created_at");--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_dates_ordered" CHECK ("subscriptions"."end_date" is null or "subscriptions"."end_date" >= "subscriptions"."start_date");