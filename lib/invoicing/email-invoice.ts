import { addDays } from '../dates';
import { escapeHtml } from '../email/escape-html';
import type { MailMessage } from '../email/mailer';
import { AppError } from '../errors';
import { formatMoney } from '../money/format-money';
import { documentTitle, type InvoiceDocument } from './pdf/invoice-document';

export interface InvoiceEmail extends MailMessage {
  attachments: [{ filename: string; content: Uint8Array; contentType: 'application/pdf' }];
}

/**
 * The email that delivers a finalized invoice or credit note: to the account's billing
 * address, a subject that says who bills how much by when, plain-text and HTML bodies, and
 * the PDF attached as "<number>.pdf".
 * @throws AppError CONFLICT when the invoice is a draft (no number yet), void, or its
 * account has no billing email.
 */
export function composeInvoiceEmail(doc: InvoiceDocument, pdf: Uint8Array): InvoiceEmail {
  const { invoice, account, seller } = doc;
  const title = documentTitle(invoice.kind);
  if (invoice.number === null || invoice.status === 'draft') {
    throw new AppError('CONFLICT', `A draft ${title.toLowerCase()} is not emailed: finalize it first.`, {
      reason: 'NOT_FINALIZED',
    });
  }
  if (invoice.status === 'void') {
    throw new AppError('CONFLICT', `${title} ${invoice.number} is void and is not emailed.`, {
      reason: 'VOID',
    });
  }
  if (!account.billingEmail) {
    throw new AppError(
      'CONFLICT',
      `Account ${account.externalId} has no billing email, so ${title.toLowerCase()} ${invoice.number} cannot be emailed.`,
      { reason: 'NO_BILLING_EMAIL' },
    );
  }

  const total = formatMoney(invoice.total, invoice.currency);
  const isInvoice = invoice.kind === 'invoice';
  const due = isInvoice && invoice.dueDate ? ` due ${invoice.dueDate}` : '';
  const credits =
    !isInvoice && invoice.creditedInvoiceNumber ? ` for invoice ${invoice.creditedInvoiceNumber}` : '';
  const body: EmailBody = {
    greeting: account.contactName ? `Hello ${account.contactName},` : 'Hello,',
    intro: `Please find attached ${title.toLowerCase()} ${invoice.number} from ${seller.name} for ${account.name}.`,
    facts: factsOf(doc, total),
    note: invoice.note,
    signature: seller.name,
  };
  return {
    to: account.billingEmail,
    subject: singleLine(`${title} ${invoice.number} from ${seller.name}: ${total}${due}${credits}`),
    text: textOf(body),
    html: htmlOf(body),
    attachments: [{ filename: pdfFilename(invoice.number), content: pdf, contentType: 'application/pdf' }],
  };
}

/** What both bodies say, as plain text; the HTML body escapes it. */
interface EmailBody {
  greeting: string;
  intro: string;
  facts: [label: string, value: string][];
  note: string | null;
  signature: string;
}

function factsOf(doc: InvoiceDocument, total: string): EmailBody['facts'] {
  const { invoice } = doc;
  const isInvoice = invoice.kind === 'invoice';
  const facts: EmailBody['facts'] = [[isInvoice ? 'Amount due' : 'Total', total]];
  if (isInvoice && invoice.dueDate) facts.push(['Due date', invoice.dueDate]);
  // Stored periods end exclusively; a reader expects the last day billed.
  facts.push(['Billing period', `${invoice.periodStart} to ${addDays(invoice.periodEnd, -1)}`]);
  if (!isInvoice && invoice.creditedInvoiceNumber)
    facts.push(['Credits invoice', invoice.creditedInvoiceNumber]);
  return facts;
}

function textOf(body: EmailBody): string {
  return [
    body.greeting,
    '',
    body.intro,
    '',
    ...body.facts.map(([label, value]) => `${label}: ${value}`),
    ...(body.note ? ['', body.note] : []),
    '',
    body.signature,
    '',
  ].join('\n');
}

function htmlOf(body: EmailBody): string {
  const facts = body.facts.map(
    ([label, value]) =>
      `<tr><td style="padding: 2px 16px 2px 0; color: #6b7280;">${escapeHtml(label)}</td>` +
      `<td style="padding: 2px 0;"><strong>${escapeHtml(value)}</strong></td></tr>`,
  );
  return [
    '<!doctype html>',
    '<html><body style="font-family: Helvetica, Arial, sans-serif; color: #1f2229; line-height: 1.5;">',
    `<p>${escapeHtml(body.greeting)}</p>`,
    `<p>${escapeHtml(body.intro)}</p>`,
    `<table style="border-collapse: collapse;">${facts.join('')}</table>`,
    ...(body.note ? [`<p style="white-space: pre-line;">${escapeHtml(body.note)}</p>`] : []),
    `<p>${escapeHtml(body.signature)}</p>`,
    '</body></html>',
  ].join('\n');
}

/** A header holds one line: a line break in a seller's name must not start a new header. */
function singleLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "INV-000042.pdf"; characters a file system or mail client may mangle ("2026/42") become "-". */
function pdfFilename(number: string): string {
  return `${number.replace(/[^A-Za-z0-9._-]+/g, '-')}.pdf`;
}
