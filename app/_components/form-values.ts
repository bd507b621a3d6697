/**
 * A submitted form's values as a mutation's input wants them: trimmed text, blanks as null
 * (an optional field left empty means "none", not ""), checkboxes as booleans. One reader, so
 * every form treats blanks and whitespace the same way.
 */
export class FormValues {
  constructor(private readonly data: FormData) {}

  static of(form: HTMLFormElement): FormValues {
    return new FormValues(new FormData(form));
  }

  /** A text field, trimmed; "" when empty or absent. */
  text(name: string): string {
    return String(this.data.get(name) ?? '').trim();
  }

  /** A text field, trimmed; null when empty or absent. */
  optionalText(name: string): string | null {
    return this.text(name) || null;
  }

  /** Whether a checkbox was ticked. */
  checked(name: string): boolean {
    return this.data.get(name) === 'on';
  }

  /** Every value of a field that repeats (a multi-select, a group of checkboxes), trimmed, blanks left out. */
  all(name: string): string[] {
    return this.data
      .getAll(name)
      .map((value) => String(value).trim())
      .filter((value) => value !== '');
  }
}
