import type { ComputedLine } from './compute-invoice-lines';

/** The words an invoice line is printed with; a child account's lines name the child. */
export function describeLine(line: ComputedLine): string {
  const text = describeCharge(line);
  return line.serviceAccount ? `${line.serviceAccount}: ${text}` : text;
}

function describeCharge(line: ComputedLine): string {
  switch (line.lineType) {
    case 'recurring':
      return line.amount.isNegative()
        ? `${line.productCode} × ${line.quantity.toFixed()}, unused time`
        : `${line.productCode} × ${line.quantity.toFixed()}`;
    case 'discount':
      return `${line.productCode} discount ${line.quantity.toFixed()}%`;
    case 'usage':
      return line.key === line.productCode ? `${line.productCode} usage` : `Calls to ${line.key}`;
    case 'one_time':
      return `${line.productCode} × ${line.quantity.toFixed()}`;
    case 'account_credit':
      return line.amount.isNegative()
        ? 'Credit from your account balance'
        : 'Credit carried to your account balance';
    case 'tax':
      return `Tax ${line.key.replace('/', ' on ')}`;
  }
}
