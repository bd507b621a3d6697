ALTER TYPE "public"."delivery_status" ADD VALUE 'sending';--> statement-breakpoint
ALTER TYPE "public"."delivery_status" ADD VALUE 'unknown';--> statement-breakpoint
ALTER TYPE "public"."delivery_status" ADD VALUE 'bounced';--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "billing_email_bounced_at" timestamp (3) with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "billing_email_bounce_reply" text;--> statement-breakpoint
ALTER TABLE "invoice_deliveries" ADD COLUMN "updated_at" timestamp (3) with time zone;