CREATE TYPE "public"."issue_date_rule" AS ENUM('run_day', 'period_end');--> statement-breakpoint
CREATE TYPE "public"."schedule_cycle" AS ENUM('calendar_month', 'anniversary');--> statement-breakpoint
CREATE TABLE "billing_schedules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"cycle" "schedule_cycle" NOT NULL,
	"day_of_month" integer,
	"last_day_of_month" boolean DEFAULT false NOT NULL,
	"run_time" text NOT NULL,
	"issue_date_rule" "issue_date_rule" DEFAULT 'run_day' NOT NULL,
	"audience_id" uuid,
	"auto_finalize" boolean DEFAULT false NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"active_since" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "billing_schedules_day" CHECK (case when "billing_schedules"."cycle" = 'calendar_month'
        then ("billing_schedules"."day_of_month" between 1 and 28) <> "billing_schedules"."last_day_of_month"
        else "billing_schedules"."day_of_month" is null and not "billing_schedules"."last_day_of_month" end),
	CONSTRAINT "billing_schedules_run_time" CHECK ("billing_schedules"."run_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$')
);
--> statement-breakpoint
ALTER TABLE "bill_runs" ADD COLUMN "schedule_id" uuid;--> statement-breakpoint
ALTER TABLE "bill_runs" ADD COLUMN "scheduled_for" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "bill_runs" ADD COLUMN "auto_finalize" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "bill_runs" ADD COLUMN "checked_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "bill_runs" ADD COLUMN "clean_drafts_finalized_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "bill_runs" ADD COLUMN "drafts_finalized" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "billing_schedules" ADD CONSTRAINT "billing_schedules_audience_id_audiences_id_fk" FOREIGN KEY ("audience_id") REFERENCES "public"."audiences"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bill_runs" ADD CONSTRAINT "bill_runs_schedule_id_billing_schedules_id_fk" FOREIGN KEY ("schedule_id") REFERENCES "public"."billing_schedules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "bill_runs_schedule_occurrence_key" ON "bill_runs" USING btree ("schedule_id","scheduled_for") WHERE "bill_runs"."schedule_id" is not null;