import {
  type BillRunRow,
  type billRunAccounts,
  deliveryStatusEnum,
  type InvoiceDeliveryRow,
  type InvoiceLineRow,
  type InvoiceRow,
} from '../../db/schema';

export type BillRunRecord = BillRunRow;
export type InvoiceRecord = InvoiceRow;
export type InvoiceLineRecord = InvoiceLineRow;
export type InvoiceDeliveryRecord = InvoiceDeliveryRow;

export type BillRunStatus = BillRunRow['status'];
export type BillRunResultRow = typeof billRunAccounts.$inferSelect;
export type BillRunAccountStatus = BillRunResultRow['status'];
export type InvoiceKind = InvoiceRow['kind'];
export type InvoiceStatus = InvoiceRow['status'];
export type InvoiceLineType = InvoiceLineRow['lineType'];
export type DeliveryStatus = InvoiceDeliveryRow['status'];
export type DeliveryTransport = NonNullable<InvoiceDeliveryRow['transport']>;

/** Every status of an invoice email, in the database's order: the GraphQL enum maps onto them. */
export const deliveryStatuses: readonly DeliveryStatus[] = deliveryStatusEnum.enumValues;
