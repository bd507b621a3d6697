/** Where an invoice's PDF is served (the route checks the caller may read invoices). */
export function invoicePdfPath(invoiceId: string): string {
  return `/api/invoices/${invoiceId}/pdf`;
}
