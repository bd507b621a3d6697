/**
 * What a program page hands a form it opens inline (add a risk, edit a milestone): the
 * program, what to do once the form has saved, and how to close it unsaved.
 */
export interface ProgramFormProps {
  programId: string;
  onDone: () => void;
  onCancel: () => void;
}
