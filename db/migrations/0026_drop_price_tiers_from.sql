ALTER TABLE "price_tiers" DROP CONSTRAINT "price_tiers_from_ceiling";--> statement-breakpoint
ALTER TABLE "price_tiers" DROP COLUMN "from";