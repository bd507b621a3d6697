import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type TemplateVariable, templateVariables } from './template-variables';

/** The variables a template may use, with what each stands for. @throws AppError UNAUTHENTICATED, FORBIDDEN */
export function listTemplateVariables({ actor }: OperationContext): {
  name: TemplateVariable;
  description: string;
}[] {
  authorize(actor, 'templateVariables');
  return Object.entries(templateVariables).map(([name, description]) => ({
    name: name as TemplateVariable,
    description,
  }));
}
