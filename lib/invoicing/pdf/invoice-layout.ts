import { PageSizes, rgb } from 'pdf-lib';

/**
 * Geometry and colours of the invoice PDF, in PDF points (1/72 inch) with the origin at the
 * bottom-left corner. A4, the paper most of the world bills on; print dialogs fit it to
 * Letter, and the wide margins keep the content clear of what a printer cannot reach.
 */
const [width, height] = PageSizes.A4;
export const PAGE = { width, height, marginX: 50, top: height - 50, contentBottom: 64, footerY: 34 };

const tableLeft = PAGE.marginX;
const tableRight = PAGE.width - PAGE.marginX;
const cellPadding = 6;
const amountWidth = 100;
const unitPriceWidth = 78;
const quantityWidth = 66;
const columnGap = 14;
const amountRight = tableRight - cellPadding;
const unitPriceRight = amountRight - amountWidth - columnGap;
const quantityRight = unitPriceRight - unitPriceWidth - columnGap;
const descriptionX = tableLeft + cellPadding;

/** The lines table: description on the left, quantity, unit price and amount right-aligned. */
export const TABLE = {
  left: tableLeft,
  right: tableRight,
  width: tableRight - tableLeft,
  descriptionX,
  descriptionWidth: quantityRight - quantityWidth - columnGap - descriptionX,
  quantityRight,
  quantityWidth,
  unitPriceRight,
  unitPriceWidth,
  amountRight,
  amountWidth,
  headerHeight: 20,
  /** Space above and below a row's text. */
  rowPadding: 4,
  lineHeight: 12.5,
  /** A description longer than this many lines ends with an ellipsis. */
  maxDescriptionLines: 3,
};

export const FONT_SIZE = { body: 9.5, small: 8, label: 7.5, seller: 18, title: 24, number: 11, total: 11 };

export const COLOR = {
  text: rgb(0.12, 0.13, 0.16),
  muted: rgb(0.42, 0.45, 0.5),
  rule: rgb(0.86, 0.88, 0.9),
  strongRule: rgb(0.55, 0.58, 0.62),
  band: rgb(0.95, 0.96, 0.97),
  draftWatermark: rgb(0.35, 0.4, 0.5),
  voidWatermark: rgb(0.8, 0.1, 0.1),
};
