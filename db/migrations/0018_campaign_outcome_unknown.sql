ALTER TYPE "public"."campaign_status" ADD VALUE 'sent_with_failures';--> statement-breakpoint
ALTER TYPE "public"."comms_delivery_status" ADD VALUE 'unknown';