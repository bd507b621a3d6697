ALTER TYPE "public"."price_model" ADD VALUE 'percentage';--> statement-breakpoint
ALTER TYPE "public"."price_model" ADD VALUE 'graduated_percentage';--> statement-breakpoint
ALTER TABLE "price_tiers" ALTER COLUMN "from" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "price_tiers" ADD COLUMN "up_to" numeric;--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "rate_percent" numeric;--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "transaction_fee" numeric;--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "transaction_minimum" numeric;--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "transaction_maximum" numeric;--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "free_transactions" integer;--> statement-breakpoint
ALTER TABLE "prices" ADD COLUMN "free_amount" numeric;--> statement-breakpoint
ALTER TABLE "price_tiers" ADD CONSTRAINT "price_tiers_up_to_ceiling" CHECK (abs("price_tiers"."up_to") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_rate_percent_ceiling" CHECK (abs("prices"."rate_percent") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_transaction_fee_ceiling" CHECK (abs("prices"."transaction_fee") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_transaction_minimum_ceiling" CHECK (abs("prices"."transaction_minimum") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_transaction_maximum_ceiling" CHECK (abs("prices"."transaction_maximum") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_free_amount_ceiling" CHECK (abs("prices"."free_amount") < 1e15);