import type { DunningMessageSource } from '../../db/queries/dunning';
import { publicBaseUrl, supportContact } from '../comms/recipient-values';
import { type RecipientValues, renderTemplate } from '../comms/template-variables';
import { formatMoney } from '../money/format-money';

/** The variables a dunning message fills; a template using another (cutoverDate) is refused on a step. */
export const DUNNING_VARIABLES = [
  'accountName',
  'invoiceNumber',
  'amountDue',
  'dueDate',
  'paymentLink',
  'portalLink',
  'supportContact',
] as const;

/** Where the customer sees the invoice and pays it: its page in the portal (after signing in). */
export function paymentLink(invoiceId: string): string {
  return `${publicBaseUrl()}/portal/invoices/${invoiceId}`;
}

export function dunningValues(source: DunningMessageSource): RecipientValues {
  return {
    accountName: source.accountName,
    invoiceNumber: source.invoiceNumber,
    amountDue: formatMoney(source.amountDue, source.currency),
    dueDate: source.dueDate,
    paymentLink: paymentLink(source.invoiceId),
    portalLink: `${publicBaseUrl()}/portal`,
    supportContact: supportContact(),
  };
}

/** A step's message as this account's customer reads it. */
export function renderDunningMessage(source: DunningMessageSource): { subject: string; body: string } {
  const values = dunningValues(source);
  return { subject: renderTemplate(source.subject, values), body: renderTemplate(source.body, values) };
}

/** The account's email addresses: its billing email and its portal contacts, once each. */
export function dunningEmailRecipients(
  source: Pick<DunningMessageSource, 'billingEmail' | 'contacts'>,
): string[] {
  const all = [source.billingEmail, ...source.contacts].filter((email): email is string => Boolean(email));
  return [...new Set(all.map((email) => email.trim().toLowerCase()))];
}
