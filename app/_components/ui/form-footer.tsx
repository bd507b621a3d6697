import { Button } from './button';

/**
 * The close of a console form: the form's error when there is one, the submit button (its
 * busy label while the request runs) and Cancel when the form can be closed. Every console
 * form ends with it, so errors, busy states and buttons read the same everywhere. `danger`
 * for a submit that destroys or voids something.
 */
export function FormFooter({
  error,
  pending,
  submit,
  busy,
  onCancel,
  danger,
}: {
  error?: string | null | undefined;
  pending: boolean;
  submit: string;
  busy: string;
  onCancel?: () => void;
  danger?: boolean;
}) {
  return (
    <>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <div className="flex gap-2">
        <Button type="submit" variant={danger ? 'danger' : 'primary'} disabled={pending}>
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
