import { type UserError, userError } from '../errors';
import { templateProblems } from './template-variables';

/** What is wrong with a template's subject and body: missing, or naming unknown variables. */
export function messageTemplateTextProblems(subject: string, body: string): UserError[] {
  const problems: UserError[] = [];
  if (!subject.trim()) problems.push(userError('REQUIRED', ['input', 'subject'], 'Write the subject.'));
  if (!body.trim()) problems.push(userError('REQUIRED', ['input', 'body'], 'Write the message.'));
  for (const message of templateProblems(subject))
    problems.push(userError('INVALID', ['input', 'subject'], message));
  for (const message of templateProblems(body))
    problems.push(userError('INVALID', ['input', 'body'], message));
  return problems;
}
