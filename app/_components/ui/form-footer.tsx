import { Button } from './button';

/**
 * The close of a console form: the form's error when there is one, the submit button (its
 * busy label while the request runs) and Cancel when the form can be closed. Every console
 * form ends with it, so errors, busy states and buttons read the same everywhere.
 */
export function FormFooter({
  error,
  pending,
  submit,
  busy,
  disabled,
  onCancel,
}: {
  error?: string | null | undefined;
  pending: boolean;
  submit: string;
  busy: string;
  /** Keeps the submit button disabled while the form cannot be sent yet (nothing chosen). */
  disabled?: boolean;
  onCancel?: () => void;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" disabled={pending || disabled}>
          {pending ? busy : submit}
        </Button>
        {onCancel && (
          <Button variant="ghost" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </>
  );
}
