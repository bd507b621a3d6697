import { updateComponentByKey } from '../../db/queries/war-room';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { componentDefinitions, isComponentKey } from './component-checks';
import { ensureComponents, readComponents } from './read-components';
import type { ComponentRecord, ComponentState } from './types';

export interface SetComponentStateInput {
  key: string;
  /** The state to hold until cleared; null clears it, and the component's check decides again. */
  state?: ComponentState | null;
  /** Why; required when setting a state. */
  note?: string | null;
}

type Result = { component: ComponentRecord | null; userErrors: UserError[] };

const NOTE_MAX = 500;

/**
 * Sets a component's state by hand (with a note saying why), or clears the manual state so
 * its live check decides again.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, billing, program)
 */
export async function setComponentState(
  ctx: OperationContext,
  input: SetComponentStateInput,
): Promise<Result> {
  authorize(ctx.actor, 'setComponentState');
  if (!isComponentKey(input.key))
    return {
      component: null,
      userErrors: [
        userError(
          'NOT_FOUND',
          ['input', 'key'],
          `No component has this key; the keys are ${componentDefinitions.map((d) => d.key).join(', ')}.`,
        ),
      ],
    };
  const note = input.note?.trim() || null;
  if (input.state && !note)
    return {
      component: null,
      userErrors: [userError('REQUIRED', ['input', 'note'], 'Say why the state is set by hand.')],
    };
  if (note && note.length > NOTE_MAX)
    return {
      component: null,
      userErrors: [userError('INVALID', ['input', 'note'], `Keep the note under ${NOTE_MAX} characters.`)],
    };
  await ensureComponents(ctx.db);
  const state = input.state ?? null;
  await updateComponentByKey(ctx.db, input.key, {
    manualState: state,
    manualNote: state ? note : null,
    manualBy: state ? actorLabel(ctx.actor) : null,
    manualAt: state ? new Date() : null,
  });
  const component = (await readComponents(ctx.db)).find((candidate) => candidate.key === input.key) ?? null;
  return { component, userErrors: [] };
}
