CREATE TYPE "public"."evidence_check_state" AS ENUM('passing', 'failing', 'unknown');--> statement-breakpoint
CREATE TYPE "public"."checklist_area" AS ENUM('data_validation', 'technical_readiness', 'communications', 'training_support', 'contingency');--> statement-breakpoint
CREATE TYPE "public"."checklist_item_status" AS ENUM('open', 'done', 'not_applicable');--> statement-breakpoint
CREATE TYPE "public"."decision_category" AS ENUM('system_setup', 'test_outcome', 'integration_config', 'data_mapping', 'decision');--> statement-breakpoint
CREATE TYPE "public"."go_no_go_outcome" AS ENUM('go', 'no_go', 'go_with_conditions');--> statement-breakpoint
CREATE TYPE "public"."program_health" AS ENUM('on_track', 'at_risk', 'off_track');--> statement-breakpoint
CREATE TYPE "public"."program_kpi" AS ENUM('arpu_preservation', 'invoice_accuracy', 'on_time_billing', 'manual_touches', 'revenue_leakage');--> statement-breakpoint
CREATE TYPE "public"."milestone_status" AS ENUM('not_started', 'in_progress', 'done');--> statement-breakpoint
CREATE TYPE "public"."program_phase" AS ENUM('discovery', 'configuration', 'data_migration', 'parallel_runs', 'training', 'communications', 'cutover', 'hypercare');--> statement-breakpoint
CREATE TYPE "public"."raci_responsibility" AS ENUM('responsible', 'accountable', 'consulted', 'informed');--> statement-breakpoint
CREATE TYPE "public"."risk_status" AS ENUM('open', 'mitigated', 'occurred', 'closed');--> statement-breakpoint
CREATE TYPE "public"."sign_off_decision" AS ENUM('approved', 'changes_requested', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."sign_off_rule" AS ENUM('all', 'any', 'quorum');--> statement-breakpoint
CREATE TYPE "public"."sign_off_status" AS ENUM('pending', 'approved', 'changes_requested', 'rejected', 'invalidated');--> statement-breakpoint
CREATE TYPE "public"."sign_off_subject" AS ENUM('checklist_item', 'milestone', 'parallel_run');--> statement-breakpoint
CREATE TABLE "checklist_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"standard_key" text,
	"area" "checklist_area" NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"owner_id" uuid,
	"due_on" date,
	"blocking" boolean DEFAULT false NOT NULL,
	"status" "checklist_item_status" DEFAULT 'open' NOT NULL,
	"status_by" text,
	"status_at" timestamp (3) with time zone,
	"notes" text DEFAULT '' NOT NULL,
	"evidence_links" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"check" jsonb,
	"check_state" "evidence_check_state" DEFAULT 'unknown' NOT NULL,
	"check_detail" text,
	"review_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "decision_log" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"category" "decision_category" NOT NULL,
	"title" text NOT NULL,
	"body" text DEFAULT '' NOT NULL,
	"decided_on" date NOT NULL,
	"author" text NOT NULL,
	"author_id" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "go_no_go_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"scheduled_at" timestamp (3) with time zone NOT NULL,
	"outcome" "go_no_go_outcome",
	"outcome_note" text,
	"scorecard" jsonb,
	"rollback_owner_id" uuid,
	"point_of_no_return" timestamp (3) with time zone,
	"decided_by" text,
	"decided_at" timestamp (3) with time zone,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "go_no_go_votes" (
	"review_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"vote" "go_no_go_outcome" NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "go_no_go_votes_review_id_user_id_pk" PRIMARY KEY("review_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "milestone_dependencies" (
	"milestone_id" uuid NOT NULL,
	"depends_on_id" uuid NOT NULL,
	CONSTRAINT "milestone_dependencies_milestone_id_depends_on_id_pk" PRIMARY KEY("milestone_id","depends_on_id")
);
--> statement-breakpoint
CREATE TABLE "milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"standard_key" text,
	"phase" "program_phase" NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"owner_id" uuid,
	"due_on" date NOT NULL,
	"status" "milestone_status" DEFAULT 'not_started' NOT NULL,
	"completed_at" timestamp (3) with time zone,
	"check" jsonb,
	"check_state" "evidence_check_state" DEFAULT 'unknown' NOT NULL,
	"check_detail" text,
	"health_override" "program_health",
	"health_override_reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_goals" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"kpi" "program_kpi" NOT NULL,
	"target" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_phases" (
	"program_id" uuid NOT NULL,
	"phase" "program_phase" NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	CONSTRAINT "program_phases_program_id_phase_pk" PRIMARY KEY("program_id","phase")
);
--> statement-breakpoint
CREATE TABLE "programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"import_id" uuid,
	"charter" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "raci_assignments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"subject_type" text NOT NULL,
	"subject_key" text NOT NULL,
	"user_id" uuid NOT NULL,
	"responsibility" "raci_responsibility" NOT NULL,
	"escalation_level" integer,
	"phone" text
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"probability" integer NOT NULL,
	"impact" integer NOT NULL,
	"owner_id" uuid,
	"mitigation" text DEFAULT '' NOT NULL,
	"contingency" text DEFAULT '' NOT NULL,
	"trigger" text DEFAULT '' NOT NULL,
	"review_on" date,
	"status" "risk_status" DEFAULT 'open' NOT NULL,
	"milestone_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"checklist_item_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_probability_range" CHECK ("risks"."probability" between 1 and 5),
	CONSTRAINT "risks_impact_range" CHECK ("risks"."impact" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "sign_off_approvers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"user_id" uuid,
	"role" text,
	"decision" "sign_off_decision",
	"comment" text,
	"decided_by_id" uuid,
	"decided_by" text,
	"decided_at" timestamp (3) with time zone
);
--> statement-breakpoint
CREATE TABLE "sign_off_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"subject_type" "sign_off_subject" NOT NULL,
	"subject_id" uuid NOT NULL,
	"title" text NOT NULL,
	"rule" "sign_off_rule" NOT NULL,
	"quorum" integer,
	"note" text DEFAULT '' NOT NULL,
	"evidence_hash" text NOT NULL,
	"evidence" jsonb NOT NULL,
	"status" "sign_off_status" DEFAULT 'pending' NOT NULL,
	"requested_by" text NOT NULL,
	"requested_by_id" uuid,
	"decided_at" timestamp (3) with time zone,
	"invalidated_at" timestamp (3) with time zone,
	"invalidation_reason" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "program_status_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"covers_until" timestamp (3) with time zone NOT NULL,
	"body" text NOT NULL,
	"author" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "trainees" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"name" text NOT NULL,
	"email" text,
	"team" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_completions" (
	"trainee_id" uuid NOT NULL,
	"module_id" uuid NOT NULL,
	"completed_on" date NOT NULL,
	"recorded_by" text NOT NULL,
	CONSTRAINT "training_completions_trainee_id_module_id_pk" PRIMARY KEY("trainee_id","module_id")
);
--> statement-breakpoint
CREATE TABLE "training_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"audience" text DEFAULT '' NOT NULL,
	"required" boolean DEFAULT true NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "checklist_items" ADD CONSTRAINT "checklist_items_review_id_go_no_go_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."go_no_go_reviews"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_log" ADD CONSTRAINT "decision_log_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "decision_log" ADD CONSTRAINT "decision_log_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "go_no_go_reviews" ADD CONSTRAINT "go_no_go_reviews_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "go_no_go_reviews" ADD CONSTRAINT "go_no_go_reviews_rollback_owner_id_users_id_fk" FOREIGN KEY ("rollback_owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "go_no_go_votes" ADD CONSTRAINT "go_no_go_votes_review_id_go_no_go_reviews_id_fk" FOREIGN KEY ("review_id") REFERENCES "public"."go_no_go_reviews"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "go_no_go_votes" ADD CONSTRAINT "go_no_go_votes_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_dependencies" ADD CONSTRAINT "milestone_dependencies_milestone_id_milestones_id_fk" FOREIGN KEY ("milestone_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestone_dependencies" ADD CONSTRAINT "milestone_dependencies_depends_on_id_milestones_id_fk" FOREIGN KEY ("depends_on_id") REFERENCES "public"."milestones"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "milestones" ADD CONSTRAINT "milestones_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_goals" ADD CONSTRAINT "program_goals_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_phases" ADD CONSTRAINT "program_phases_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programs" ADD CONSTRAINT "programs_import_id_migration_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."migration_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raci_assignments" ADD CONSTRAINT "raci_assignments_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "raci_assignments" ADD CONSTRAINT "raci_assignments_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_owner_id_users_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_approvers" ADD CONSTRAINT "sign_off_approvers_request_id_sign_off_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."sign_off_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_approvers" ADD CONSTRAINT "sign_off_approvers_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_approvers" ADD CONSTRAINT "sign_off_approvers_decided_by_id_users_id_fk" FOREIGN KEY ("decided_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_requests" ADD CONSTRAINT "sign_off_requests_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sign_off_requests" ADD CONSTRAINT "sign_off_requests_requested_by_id_users_id_fk" FOREIGN KEY ("requested_by_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "program_status_reports" ADD CONSTRAINT "program_status_reports_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainees" ADD CONSTRAINT "trainees_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_trainee_id_trainees_id_fk" FOREIGN KEY ("trainee_id") REFERENCES "public"."trainees"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_completions" ADD CONSTRAINT "training_completions_module_id_training_modules_id_fk" FOREIGN KEY ("module_id") REFERENCES "public"."training_modules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_modules" ADD CONSTRAINT "training_modules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "public"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "checklist_items_program_idx" ON "checklist_items" USING btree ("program_id","area","position");--> statement-breakpoint
CREATE UNIQUE INDEX "checklist_items_standard_key" ON "checklist_items" USING btree ("program_id","standard_key");--> statement-breakpoint
CREATE INDEX "decision_log_program_idx" ON "decision_log" USING btree ("program_id","decided_on");--> statement-breakpoint
CREATE INDEX "go_no_go_reviews_program_idx" ON "go_no_go_reviews" USING btree ("program_id","scheduled_at");--> statement-breakpoint
CREATE INDEX "milestones_program_idx" ON "milestones" USING btree ("program_id","due_on");--> statement-breakpoint
CREATE UNIQUE INDEX "milestones_standard_key" ON "milestones" USING btree ("program_id","standard_key");--> statement-breakpoint
CREATE INDEX "program_goals_program_idx" ON "program_goals" USING btree ("program_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "raci_assignments_key" ON "raci_assignments" USING btree ("program_id","subject_type","subject_key","user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "raci_one_accountable" ON "raci_assignments" USING btree ("program_id","subject_type","subject_key") WHERE "raci_assignments"."responsibility" = 'accountable';--> statement-breakpoint
CREATE INDEX "risks_program_idx" ON "risks" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "sign_off_approvers_request_idx" ON "sign_off_approvers" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "sign_off_requests_subject_idx" ON "sign_off_requests" USING btree ("subject_type","subject_id");--> statement-breakpoint
CREATE INDEX "sign_off_requests_program_idx" ON "sign_off_requests" USING btree ("program_id","created_at");--> statement-breakpoint
CREATE INDEX "program_status_reports_program_idx" ON "program_status_reports" USING btree ("program_id","covers_until");--> statement-breakpoint
CREATE INDEX "trainees_program_idx" ON "trainees" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "training_modules_program_idx" ON "training_modules" USING btree ("program_id","position");