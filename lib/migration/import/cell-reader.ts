import { isIsoDate } from '../../dates';
import { isPlainDecimal } from '../../money/decimal';

/**
 * Reads typed values out of a CSV row's cells, remembering the first problem (FORMAT.md's
 * reasons for rejecting a row: missing id, bad date, negative or non-numeric quantity…).
 * Once a problem is found, later reads return harmless defaults.
 */
export class CellReader {
  problem: string | null = null;

  constructor(private readonly cells: Record<string, string>) {}

  private fail(reason: string): void {
    this.problem ??= reason;
  }

  text(column: string, required = true): string {
    const value = this.cells[column] ?? '';
    if (!value && required) this.fail(`${column} is missing`);
    return value;
  }

  optionalText(column: string): string | null {
    return this.text(column, false) || null;
  }

  date(column: string, required = true): string | null {
    const value = this.text(column, required);
    if (!value) return null;
    if (!isIsoDate(value)) {
      this.fail(`${column} "${value}" is not a date (YYYY-MM-DD)`);
      return null;
    }
    return value;
  }

  /** A plain decimal string; `min` 0 rejects negatives, 'positive' rejects zero too. */
  decimal(column: string, options: { required?: boolean; min?: 0 | 'positive' } = {}): string | null {
    const value = this.text(column, options.required ?? true);
    if (!value) return null;
    if (!isPlainDecimal(value)) {
      this.fail(`${column} "${value}" is not a plain decimal number`);
      return null;
    }
    const negative = value.trim().startsWith('-') && !/^-0*(\.0*)?$/.test(value.trim());
    if (options.min !== undefined && negative) this.fail(`${column} ${value} is negative`);
    else if (options.min === 'positive' && /^-?0*(\.0*)?$/.test(value.trim()))
      this.fail(`${column} must be more than 0`);
    return value.trim();
  }

  wholeNumber(column: string, options: { required?: boolean; min?: number } = {}): number | null {
    const value = this.text(column, options.required ?? true);
    if (!value) return null;
    if (!/^-?\d{1,9}$/.test(value)) {
      this.fail(`${column} "${value}" is not a whole number`);
      return null;
    }
    const number = Number(value);
    if (options.min !== undefined && number < options.min)
      this.fail(`${column} ${value} is less than ${options.min}`);
    return number;
  }

  oneOf<T extends string>(column: string, values: readonly T[], required = true): T | null {
    const value = this.text(column, required).toLowerCase();
    if (!value) return null;
    if (!(values as readonly string[]).includes(value)) {
      this.fail(`${column} "${value}" is not one of ${values.join(', ')}`);
      return null;
    }
    return value as T;
  }

  /** The value, or the first problem as the row's rejection. */
  result<T>(value: T): { value: T } | { reason: string } {
    return this.problem ? { reason: this.problem } : { value };
  }
}
