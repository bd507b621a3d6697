CREATE TYPE "public"."draft_check_severity" AS ENUM('hold', 'warning');--> statement-breakpoint
CREATE TYPE "public"."draft_review_state" AS ENUM('clean', 'needs_review', 'on_hold', 'approved', 'discarded');--> statement-breakpoint
CREATE TABLE "draft_check_settings" (
	"code" text PRIMARY KEY NOT NULL,
	"enabled" boolean NOT NULL,
	"severity" "draft_check_severity" NOT NULL,
	"thresholds" jsonb NOT NULL,
	"updated_by" text NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "draft_findings" (
	"invoice_id" uuid NOT NULL,
	"bill_run_id" uuid NOT NULL,
	"code" text NOT NULL,
	"severity" "draft_check_severity" NOT NULL,
	"message" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "draft_findings_invoice_id_code_pk" PRIMARY KEY("invoice_id","code")
);
--> statement-breakpoint
CREATE TABLE "draft_reviews" (
	"invoice_id" uuid PRIMARY KEY NOT NULL,
	"bill_run_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"state" "draft_review_state" NOT NULL,
	"checked_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_by" text,
	"decided_at" timestamp (3) with time zone,
	"reason" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE INDEX "draft_findings_bill_run_code_idx" ON "draft_findings" USING btree ("bill_run_id","code");--> statement-breakpoint
CREATE INDEX "draft_reviews_bill_run_idx" ON "draft_reviews" USING btree ("bill_run_id","state","checked_at","invoice_id");