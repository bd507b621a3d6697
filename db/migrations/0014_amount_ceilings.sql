ALTER TABLE "price_tiers" ADD CONSTRAINT "price_tiers_from_ceiling" CHECK (abs("price_tiers"."from") < 1e15);--> statement-breakpoint
ALTER TABLE "price_tiers" ADD CONSTRAINT "price_tiers_unit_price_ceiling" CHECK (abs("price_tiers"."unit_price") < 1e15);--> statement-breakpoint
ALTER TABLE "price_tiers" ADD CONSTRAINT "price_tiers_flat_fee_ceiling" CHECK (abs("price_tiers"."flat_fee") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_amount_ceiling" CHECK (abs("prices"."amount") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_unit_price_ceiling" CHECK (abs("prices"."unit_price") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_package_size_ceiling" CHECK (abs("prices"."package_size") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_package_price_ceiling" CHECK (abs("prices"."package_price") < 1e15);--> statement-breakpoint
ALTER TABLE "prices" ADD CONSTRAINT "prices_minimum_charge_ceiling" CHECK (abs("prices"."minimum_charge") < 1e15);--> statement-breakpoint
ALTER TABLE "rate_deck_entries" ADD CONSTRAINT "rate_deck_entries_rate_ceiling" CHECK (abs("rate_deck_entries"."rate_per_minute") < 1e15);--> statement-breakpoint
ALTER TABLE "rate_deck_entries" ADD CONSTRAINT "rate_deck_entries_connection_fee_ceiling" CHECK (abs("rate_deck_entries"."connection_fee") < 1e15);--> statement-breakpoint
ALTER TABLE "payment_allocations" ADD CONSTRAINT "payment_allocations_amount_ceiling" CHECK (abs("payment_allocations"."amount") < 1e15);--> statement-breakpoint
ALTER TABLE "payments" ADD CONSTRAINT "payments_amount_ceiling" CHECK (abs("payments"."amount") < 1e15);--> statement-breakpoint
ALTER TABLE "one_time_charges" ADD CONSTRAINT "one_time_charges_quantity_ceiling" CHECK (abs("one_time_charges"."quantity") < 1e15);--> statement-breakpoint
ALTER TABLE "one_time_charges" ADD CONSTRAINT "one_time_charges_unit_price_ceiling" CHECK (abs("one_time_charges"."unit_price") < 1e15);--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_quantity_ceiling" CHECK (abs("subscriptions"."quantity") < 1e15);--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_unit_price_ceiling" CHECK (abs("subscriptions"."unit_price") < 1e15);--> statement-breakpoint
ALTER TABLE "usage_records" ADD CONSTRAINT "usage_records_quantity_ceiling" CHECK (abs("usage_records"."quantity") < 1e15);