import { addDays } from '../../dates';
import { documentTitle, type InvoiceDocument } from './invoice-document';
import { COLOR, FONT_SIZE, PAGE, TABLE } from './invoice-layout';
import type { InvoicePages } from './invoice-pages';
import { drawTextLine, type InvoiceFonts, type TextStyle, wrapLines } from './pdf-text';

const COLUMN_WIDTH = 250;
const NOT_SET = '—';

/**
 * The first page's head: seller and title with the number, then who is billed beside the
 * dates. Leaves the cursor where the lines table starts.
 */
export function drawInvoiceHeader(pages: InvoicePages, fonts: InvoiceFonts, doc: InvoiceDocument): void {
  const { page } = pages;
  const top = PAGE.top;

  const sellerStyle: TextStyle = { font: fonts.bold, size: FONT_SIZE.seller, color: COLOR.text };
  const sellerLines = wrapLines(doc.seller.name, sellerStyle, COLUMN_WIDTH + 40, 2);
  sellerLines.forEach((line, index) => {
    drawTextLine(page, line, sellerStyle, { x: PAGE.marginX, y: top - 18 - index * 22 });
  });
  const sellerBottom = top - 18 - (sellerLines.length - 1) * 22;

  const right = PAGE.width - PAGE.marginX;
  const titleStyle: TextStyle = { font: fonts.bold, size: FONT_SIZE.title, color: COLOR.text };
  drawTextLine(page, documentTitle(doc.invoice.kind), titleStyle, { x: right, y: top - 20, align: 'right' });
  const numbered = doc.invoice.number !== null;
  drawTextLine(
    page,
    doc.invoice.number ?? 'Draft — not yet numbered',
    {
      font: numbered ? fonts.bold : fonts.regular,
      size: FONT_SIZE.number,
      color: numbered ? COLOR.text : COLOR.muted,
    },
    { x: right, y: top - 38, align: 'right', maxWidth: 180 },
  );

  const ruleY = Math.min(sellerBottom, top - 38) - 16;
  page.drawLine({
    start: { x: TABLE.left, y: ruleY },
    end: { x: TABLE.right, y: ruleY },
    thickness: 0.75,
    color: COLOR.strongRule,
  });

  const blocksTop = ruleY - 22;
  const billToBottom = drawBillTo(pages, fonts, doc, blocksTop);
  const datesBottom = drawDates(pages, fonts, doc, blocksTop);
  pages.y = Math.min(billToBottom, datesBottom) - 20;
}

/** The account billed, top-left. Returns the lowest baseline drawn. */
function drawBillTo(pages: InvoicePages, fonts: InvoiceFonts, doc: InvoiceDocument, top: number): number {
  const { page } = pages;
  const { account } = doc;
  drawTextLine(
    page,
    'BILL TO',
    { font: fonts.bold, size: FONT_SIZE.label, color: COLOR.muted },
    {
      x: PAGE.marginX,
      y: top,
    },
  );
  let y = top - 16;
  const nameStyle: TextStyle = { font: fonts.bold, size: FONT_SIZE.number, color: COLOR.text };
  for (const line of wrapLines(account.name, nameStyle, COLUMN_WIDTH, 2)) {
    drawTextLine(page, line, nameStyle, { x: PAGE.marginX, y });
    y -= 14;
  }
  const bodyStyle: TextStyle = { font: fonts.regular, size: FONT_SIZE.body, color: COLOR.text };
  const mutedStyle: TextStyle = { ...bodyStyle, color: COLOR.muted };
  const details: [string, TextStyle][] = [];
  if (account.contactName) details.push([`Attn. ${account.contactName}`, bodyStyle]);
  if (account.billingEmail) details.push([account.billingEmail, bodyStyle]);
  details.push([`Account ${account.externalId}`, mutedStyle]);
  for (const [text, style] of details) {
    drawTextLine(page, text, style, { x: PAGE.marginX, y, maxWidth: COLUMN_WIDTH });
    y -= 13;
  }
  return y + 13;
}

/** Issue and due dates, the period and what a credit note credits, top-right. */
function drawDates(pages: InvoicePages, fonts: InvoiceFonts, doc: InvoiceDocument, top: number): number {
  const { page } = pages;
  const { invoice } = doc;
  const rows: [string, string][] = [['Issue date', invoice.issueDate ?? NOT_SET]];
  if (invoice.kind === 'invoice') rows.push(['Due date', invoice.dueDate ?? NOT_SET]);
  // Stored periods end exclusively; a reader expects the last day billed.
  rows.push(['Billing period', `${invoice.periodStart} – ${addDays(invoice.periodEnd, -1)}`]);
  if (invoice.kind === 'credit_note' && invoice.creditedInvoiceNumber) {
    rows.push(['Credits invoice', invoice.creditedInvoiceNumber]);
  }
  rows.push(['Currency', invoice.currency]);

  const right = PAGE.width - PAGE.marginX;
  const labelX = right - COLUMN_WIDTH + 60;
  const labelStyle: TextStyle = { font: fonts.regular, size: FONT_SIZE.body, color: COLOR.muted };
  const valueStyle: TextStyle = { font: fonts.regular, size: FONT_SIZE.body, color: COLOR.text };
  let y = top;
  for (const [label, value] of rows) {
    drawTextLine(page, label, labelStyle, { x: labelX, y });
    drawTextLine(page, value, valueStyle, { x: right, y, align: 'right', maxWidth: 120 });
    y -= 15;
  }
  return y + 15;
}
