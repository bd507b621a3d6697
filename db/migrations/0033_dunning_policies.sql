ALTER TYPE "public"."dunning_action" ADD VALUE 'second_reminder';--> statement-breakpoint
ALTER TYPE "public"."dunning_action" ADD VALUE 'collections';--> statement-breakpoint
CREATE TABLE "account_dunning" (
	"account_id" uuid PRIMARY KEY NOT NULL,
	"policy_id" uuid,
	"paused_until" date,
	"pause_reason" text,
	"paused_by" text,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "dunning_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"event_id" uuid NOT NULL,
	"account_id" uuid NOT NULL,
	"template_version_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"status" "comms_delivery_status" DEFAULT 'queued' NOT NULL,
	"subject" text NOT NULL,
	"body" text NOT NULL,
	"transport" text,
	"message_id" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone,
	"sent_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "dunning_policies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"is_default" boolean DEFAULT false NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "dunning_steps_position_key";--> statement-breakpoint
ALTER TABLE "dunning_events" ADD COLUMN "skipped" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "dunning_steps" ADD COLUMN "policy_id" uuid;--> statement-breakpoint
-- The schedule so far becomes the default policy.
INSERT INTO "dunning_policies" ("name", "is_default") VALUES ('Standard', true);--> statement-breakpoint
UPDATE "dunning_steps" SET "policy_id" = (SELECT "id" FROM "dunning_policies" WHERE "is_default");--> statement-breakpoint
ALTER TABLE "dunning_steps" ALTER COLUMN "policy_id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "dunning_steps" ADD COLUMN "template_id" uuid;--> statement-breakpoint
ALTER TABLE "dunning_steps" ADD COLUMN "channels" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "dunning_steps" ADD COLUMN "removed_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "account_dunning" ADD CONSTRAINT "account_dunning_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "account_dunning" ADD CONSTRAINT "account_dunning_policy_id_dunning_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."dunning_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_deliveries" ADD CONSTRAINT "dunning_deliveries_event_id_dunning_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."dunning_events"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_deliveries" ADD CONSTRAINT "dunning_deliveries_account_id_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_deliveries" ADD CONSTRAINT "dunning_deliveries_template_version_id_message_template_versions_id_fk" FOREIGN KEY ("template_version_id") REFERENCES "public"."message_template_versions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "account_dunning_policy_idx" ON "account_dunning" USING btree ("policy_id");--> statement-breakpoint
CREATE UNIQUE INDEX "dunning_deliveries_key" ON "dunning_deliveries" USING btree ("event_id","recipient");--> statement-breakpoint
CREATE INDEX "dunning_deliveries_queued_idx" ON "dunning_deliveries" USING btree ("created_at") WHERE "dunning_deliveries"."status" = 'queued';--> statement-breakpoint
CREATE INDEX "dunning_deliveries_account_idx" ON "dunning_deliveries" USING btree ("account_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "dunning_policies_name_key" ON "dunning_policies" USING btree (lower("name"));--> statement-breakpoint
CREATE UNIQUE INDEX "dunning_policies_default_key" ON "dunning_policies" USING btree ("is_default") WHERE "dunning_policies"."is_default";--> statement-breakpoint
ALTER TABLE "dunning_steps" ADD CONSTRAINT "dunning_steps_policy_id_dunning_policies_id_fk" FOREIGN KEY ("policy_id") REFERENCES "public"."dunning_policies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "dunning_steps" ADD CONSTRAINT "dunning_steps_template_id_message_templates_id_fk" FOREIGN KEY ("template_id") REFERENCES "public"."message_templates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dunning_steps_policy_idx" ON "dunning_steps" USING btree ("policy_id","position");