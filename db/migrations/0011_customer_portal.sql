CREATE TABLE "portal_sign_in_emails" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"contact_id" uuid NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"transport" "delivery_transport" NOT NULL,
	"text" text,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "portal_sign_in_emails" ADD CONSTRAINT "portal_sign_in_emails_contact_id_account_contacts_id_fk" FOREIGN KEY ("contact_id") REFERENCES "public"."account_contacts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "portal_sign_in_emails_created_idx" ON "portal_sign_in_emails" USING btree ("created_at");--> statement-breakpoint
CREATE INDEX "portal_sign_in_emails_contact_idx" ON "portal_sign_in_emails" USING btree ("contact_id","created_at");