ALTER TYPE "public"."program_kpi" ADD VALUE 'untouched_invoices';--> statement-breakpoint
ALTER TABLE "invoices" ADD COLUMN "finalized_automatically" boolean DEFAULT false NOT NULL;