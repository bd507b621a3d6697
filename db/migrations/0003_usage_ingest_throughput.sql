ALTER TABLE "usage_records" DROP CONSTRAINT "usage_records_ingestion_id_ingestions_id_fk";
--> statement-breakpoint
ALTER TABLE "usage_records" DROP CONSTRAINT "usage_records_product_id_products_id_fk";
--> statement-breakpoint
ALTER TABLE "usage_records" DROP CONSTRAINT "usage_records_rate_version_id_rate_plan_versions_id_fk";
--> statement-breakpoint
DROP INDEX "usage_records_unrated_idx";--> statement-breakpoint
CREATE INDEX "usage_records_unrated_idx" ON "usage_records" USING btree ("started_at") WHERE "usage_records"."status" = 'unrated';