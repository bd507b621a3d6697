/**
 * The domain our Message-IDs are made on: the From address's ("Acme Billing
 * <billing@acme.example>" → "acme.example"), lower-cased; "localhost" when the address has
 * no usable domain (a bare name, or characters a header cannot carry).
 */
export function mailDomain(from: string): string {
  const address = /<([^>]*)>/.exec(from)?.[1] ?? from;
  const domain = address
    .slice(address.lastIndexOf('@') + 1)
    .trim()
    .toLowerCase();
  return address.includes('@') && /^[a-z0-9-]+(\.[a-z0-9-]+)*$/.test(domain) ? domain : 'localhost';
}

/**
 * The Message-ID of one sending of an invoice or credit note: derived from what it is, so
 * every attempt and every resend of that sending carries the same one and a receiving system
 * can drop a copy it already has.
 */
export function invoiceMessageId(invoiceId: string, deliveryId: string, domain: string): string {
  return `<invoice-${invoiceId}.${deliveryId}@${domain}>`;
}

/** The Message-ID of one campaign delivery (one recipient, one channel): the same on every attempt. */
export function campaignMessageId(deliveryId: string, domain: string): string {
  return `<campaign-${deliveryId}@${domain}>`;
}

/** The Message-ID of one dunning email (one step of one invoice, one address): the same on every attempt. */
export function dunningMessageId(deliveryId: string, domain: string): string {
  return `<dunning-${deliveryId}@${domain}>`;
}
