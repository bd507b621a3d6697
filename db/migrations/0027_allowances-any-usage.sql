CREATE TABLE "allowance_usages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"invoice_id" uuid NOT NULL,
	"subscription_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"period_start" date NOT NULL,
	"period_end" date NOT NULL,
	"included" numeric NOT NULL,
	"carried_in" numeric NOT NULL,
	"used" numeric NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "product_allowances" RENAME COLUMN "minutes_per_unit" TO "quantity_per_unit";--> statement-breakpoint
DROP INDEX "product_allowances_product_idx";--> statement-breakpoint
ALTER TABLE "product_allowances" ALTER COLUMN "destination_classes" SET DEFAULT '{}';--> statement-breakpoint
ALTER TABLE "product_allowances" ADD COLUMN "position" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Allowances stored before they had a position are consumed in the order they were added, as before.
UPDATE "product_allowances" SET "position" = "ordered"."n" FROM (
  SELECT "id", (row_number() OVER (PARTITION BY "product_id" ORDER BY "created_at", "id") - 1)::integer AS "n"
  FROM "product_allowances"
) "ordered" WHERE "product_allowances"."id" = "ordered"."id";--> statement-breakpoint
ALTER TABLE "product_allowances" ADD COLUMN "usage_type" "usage_type" DEFAULT 'voice' NOT NULL;--> statement-breakpoint
ALTER TABLE "product_allowances" ADD COLUMN "usage_product_id" uuid;--> statement-breakpoint
ALTER TABLE "product_allowances" ADD COLUMN "is_pooled" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "product_allowances" ADD COLUMN "rolls_over" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "allowance_usages" ADD CONSTRAINT "allowance_usages_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "allowance_usages" ADD CONSTRAINT "allowance_usages_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "allowance_usages_invoice_key" ON "allowance_usages" USING btree ("invoice_id","subscription_id","position");--> statement-breakpoint
CREATE INDEX "allowance_usages_subscription_idx" ON "allowance_usages" USING btree ("subscription_id","position","period_end");--> statement-breakpoint
ALTER TABLE "product_allowances" ADD CONSTRAINT "product_allowances_usage_product_id_products_id_fk" FOREIGN KEY ("usage_product_id") REFERENCES "public"."products"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "product_allowances_product_idx" ON "product_allowances" USING btree ("product_id","position");--> statement-breakpoint
ALTER TABLE "product_allowances" ADD CONSTRAINT "product_allowances_quantity_ceiling" CHECK (abs("product_allowances"."quantity_per_unit") < 1e15);