ALTER TABLE "invoices" ADD COLUMN "snapshot" jsonb;--> statement-breakpoint
-- Hand-written, keep it between the two generated statements if this file is regenerated:
-- invoices finalized before snapshots were stored get one built from today's account and
-- organization, the same thing their PDFs have printed until now (no history of earlier
-- names exists to do better). Filling it here, rather than reading live data whenever it is
-- null, lets the check below hold for every row, so no code path can silently print live data
-- on an issued invoice. Keys as in InvoiceSnapshot (db/schema/invoicing.ts).
UPDATE "invoices" SET "snapshot" = jsonb_build_object(
  'seller', jsonb_build_object('name', coalesce((SELECT "name" FROM "organization" WHERE "id" = 1), 'Switchboard')),
  'billTo', jsonb_build_object(
    'externalId', a."external_id",
    'name', a."name",
    'contactName', a."contact_name",
    'billingEmail', a."billing_email"
  )
)
FROM "accounts" a
WHERE a."id" = "invoices"."account_id" AND "invoices"."status" <> 'draft';--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_snapshot_when_final" CHECK (("invoices"."status" = 'draft') = ("invoices"."snapshot" is null));
