import { formatAmount, formatMoney, formatQuantity, formatUnitPrice } from '../../money/format-money';
import type { InvoiceDocument } from './invoice-document';
import { COLOR, FONT_SIZE, TABLE } from './invoice-layout';
import type { InvoicePages } from './invoice-pages';
import { drawFigure, drawTextLine, type InvoiceFonts, type TextStyle, wrapLines } from './pdf-text';

/** One printed row: already formatted text, and how much weight it carries. */
interface Row {
  description: string;
  quantity: string;
  unitPrice: string;
  amount: string;
  emphasis: 'line' | 'subtotal' | 'total' | 'placeholder';
}

/**
 * The lines table: charges in document order, then a summary of subtotal, each tax line,
 * tax total and total. The summary is kept on one page when it fits on one, so a total is
 * never separated from the subtotal it adds up.
 */
export function drawLinesTable(pages: InvoicePages, fonts: InvoiceFonts, doc: InvoiceDocument): void {
  const { currency } = doc.invoice;
  pages.drawTableHeader();

  const charges = doc.lines.filter((line) => line.lineType !== 'tax');
  const chargeRows: Row[] = charges.map((line) => ({
    description: line.description,
    quantity: formatQuantity(line.quantity),
    unitPrice: line.unitPrice ? formatUnitPrice(line.unitPrice, currency) : '',
    amount: formatAmount(line.amount, currency),
    emphasis: 'line',
  }));
  if (chargeRows.length === 0) {
    chargeRows.push({
      description: 'No charges in this period',
      quantity: '',
      unitPrice: '',
      amount: '',
      emphasis: 'placeholder',
    });
  }
  for (const row of chargeRows) drawRow(pages, fonts, row);

  const summary: Row[] = [
    {
      description: 'Subtotal',
      quantity: '',
      unitPrice: '',
      amount: formatAmount(doc.invoice.subtotal, currency),
      emphasis: 'subtotal',
    },
    ...doc.lines
      .filter((line) => line.lineType === 'tax')
      .map(
        (line): Row => ({
          description: line.description,
          // A tax line's quantity is the base it taxes: an amount in the invoice's currency.
          quantity: formatAmount(line.quantity, currency),
          unitPrice: '',
          amount: formatAmount(line.amount, currency),
          emphasis: 'line',
        }),
      ),
    {
      description: 'Tax total',
      quantity: '',
      unitPrice: '',
      amount: formatAmount(doc.invoice.taxTotal, currency),
      emphasis: 'line',
    },
    {
      description: 'Total',
      quantity: '',
      unitPrice: '',
      amount: formatMoney(doc.invoice.total, currency),
      emphasis: 'total',
    },
  ];
  const summaryHeight = summary.reduce((height, row) => height + rowLayout(fonts, row).height, 0);
  if (pages.fitsOnAFreshPage(summaryHeight)) pages.ensureRoom(summaryHeight);
  for (const row of summary) drawRow(pages, fonts, row);
}

function rowLayout(fonts: InvoiceFonts, row: Row): { style: TextStyle; lines: string[]; height: number } {
  const style: TextStyle = {
    font: row.emphasis === 'line' || row.emphasis === 'placeholder' ? fonts.regular : fonts.bold,
    size: row.emphasis === 'total' ? FONT_SIZE.total : FONT_SIZE.body,
    color: row.emphasis === 'placeholder' ? COLOR.muted : COLOR.text,
  };
  const lines = wrapLines(row.description, style, TABLE.descriptionWidth, TABLE.maxDescriptionLines);
  const padding = row.emphasis === 'total' ? TABLE.rowPadding + 3 : TABLE.rowPadding;
  const lineHeight = Math.max(TABLE.lineHeight, style.size + 3);
  return { style, lines, height: 2 * padding + lines.length * lineHeight };
}

function drawRow(pages: InvoicePages, fonts: InvoiceFonts, row: Row): void {
  const { style, lines, height } = rowLayout(fonts, row);
  pages.ensureRoom(height);
  const { page } = pages;
  const top = pages.y;
  const lineHeight = Math.max(TABLE.lineHeight, style.size + 3);
  const padding = (height - lines.length * lineHeight) / 2;
  // Centre the capitals (0.72 of the size in Helvetica) in each line's slot.
  const baselineOf = (index: number) =>
    top - padding - index * lineHeight - (lineHeight + style.size * 0.72) / 2;

  if (row.emphasis === 'total') {
    page.drawRectangle({ x: TABLE.left, y: top - height, width: TABLE.width, height, color: COLOR.band });
  }
  if (row.emphasis === 'subtotal' || row.emphasis === 'total') {
    page.drawLine({
      start: { x: TABLE.left, y: top },
      end: { x: TABLE.right, y: top },
      thickness: 0.9,
      color: COLOR.strongRule,
    });
  }
  lines.forEach((line, index) => {
    drawTextLine(page, line, style, { x: TABLE.descriptionX, y: baselineOf(index) });
  });
  if (row.quantity !== '') {
    drawFigure(page, row.quantity, style, TABLE.quantityRight, baselineOf(0), TABLE.quantityWidth);
  }
  if (row.unitPrice !== '')
    drawFigure(page, row.unitPrice, style, TABLE.unitPriceRight, baselineOf(0), TABLE.unitPriceWidth);
  if (row.amount !== '')
    drawFigure(page, row.amount, style, TABLE.amountRight, baselineOf(0), TABLE.amountWidth);
  if (row.emphasis !== 'total') {
    page.drawLine({
      start: { x: TABLE.left, y: top - height },
      end: { x: TABLE.right, y: top - height },
      thickness: 0.5,
      color: COLOR.rule,
    });
  }
  pages.y = top - height;
}
