import type { Kpi } from '../types';

/** How each KPI is named to people. */
export const kpiLabels: Record<Kpi, string> = {
  arpu_preservation: 'ARPU preservation',
  invoice_accuracy: 'Invoice accuracy',
  on_time_billing: 'On-time billing',
  manual_touches: 'Manual touches per 100 invoices',
  revenue_leakage: 'Revenue leakage found',
  untouched_invoices: 'Invoices untouched by a person',
};
