import type { ReactNode } from 'react';
import { Button } from './button';

/**
 * The close of a console form: the form's error when there is one, the submit button (its
 * busy label while the request runs) and Cancel when the form can be closed. Every console
 * form ends with it, so errors, busy states and buttons read the same everywhere. A
 * destructive submit (a rollback) takes `variant="danger"`; further actions of the same form
 * (children) sit beside the submit.
 */
export function FormFooter({
  error,
  pending,
  submit,
  busy,
  disabled,
  onCancel,
  variant = 'primary',
  children,
}: {
  error?: string | null | undefined;
  pending: boolean;
  submit: string;
  busy: string;
  /** Keeps the submit button disabled while the form cannot be sent yet (nothing chosen). */
  disabled?: boolean;
  onCancel?: () => void;
  variant?: 'primary' | 'danger';
  children?: ReactNode;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant={variant} disabled={pending || disabled}>
          {pending ? busy : submit}
        </Button>
        {children}
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </>
  );
}
