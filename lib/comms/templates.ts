import { desc, eq, inArray, max } from 'drizzle-orm';
import type { Db } from '../../db/client';
import {
  type MessageTemplateRow,
  messageTemplates,
  type TemplateVersionRow,
  templateVersions,
} from '../../db/schema';
import { actorLabel } from '../auth/actor';
import { authorize } from '../auth/permissions';
import type { OperationContext } from '../context';
import { type UserError, userError } from '../errors';
import { isUuid } from '../uuid';
import { templateProblems } from './template-variables';

type Result = { template: MessageTemplateRow | null; userErrors: UserError[] };

function checkText(subject: string, body: string): UserError[] {
  const problems: UserError[] = [];
  if (!subject.trim()) problems.push(userError('REQUIRED', ['input', 'subject'], 'Write the subject.'));
  if (!body.trim()) problems.push(userError('REQUIRED', ['input', 'body'], 'Write the message.'));
  for (const message of templateProblems(subject))
    problems.push(userError('INVALID', ['input', 'subject'], message));
  for (const message of templateProblems(body))
    problems.push(userError('INVALID', ['input', 'body'], message));
  return problems;
}

/**
 * A new message template, as its version 1.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function createMessageTemplate(
  ctx: OperationContext,
  input: { name: string; subject: string; body: string },
): Promise<Result> {
  authorize(ctx.actor, 'createMessageTemplate');
  const name = input.name.trim();
  const problems = [
    ...(name ? [] : [userError('REQUIRED', ['input', 'name'], 'Name the template.')]),
    ...checkText(input.subject, input.body),
  ];
  if (problems.length > 0) return { template: null, userErrors: problems };
  const template = await ctx.db.transaction(async (tx) => {
    const [row] = await tx
      .insert(messageTemplates)
      .values({ name, createdBy: actorLabel(ctx.actor) })
      .returning();
    if (!row) throw new Error('createMessageTemplate: no row');
    await tx.insert(templateVersions).values({
      templateId: row.id,
      version: 1,
      subject: input.subject.trim(),
      body: input.body,
      createdBy: actorLabel(ctx.actor),
    });
    return row;
  });
  return { template, userErrors: [] };
}

/**
 * Saves an edit as the template's next version; campaigns keep the version they were made with.
 * @throws AppError UNAUTHENTICATED, FORBIDDEN (admin, program)
 */
export async function reviseMessageTemplate(
  ctx: OperationContext,
  input: { templateId: string; subject: string; body: string },
): Promise<Result> {
  authorize(ctx.actor, 'reviseMessageTemplate');
  const template = isUuid(input.templateId) ? await getTemplate(ctx.db, input.templateId) : null;
  if (!template)
    return {
      template: null,
      userErrors: [userError('NOT_FOUND', ['input', 'templateId'], 'No template has this id.')],
    };
  const problems = checkText(input.subject, input.body);
  if (problems.length > 0) return { template: null, userErrors: problems };
  await ctx.db.transaction(async (tx) => {
    // The row lock on the template orders concurrent revisions: each gets its own number.
    await tx.select().from(messageTemplates).where(eq(messageTemplates.id, template.id)).for('update');
    const [last] = await tx
      .select({ version: max(templateVersions.version) })
      .from(templateVersions)
      .where(eq(templateVersions.templateId, template.id));
    await tx.insert(templateVersions).values({
      templateId: template.id,
      version: (last?.version ?? 0) + 1,
      subject: input.subject.trim(),
      body: input.body,
      createdBy: actorLabel(ctx.actor),
    });
  });
  return { template, userErrors: [] };
}

export async function getTemplate(db: Db, id: string) {
  const [row] = await db.select().from(messageTemplates).where(eq(messageTemplates.id, id));
  return row ?? null;
}

export function listTemplates(db: Db) {
  return db.select().from(messageTemplates).orderBy(desc(messageTemplates.createdAt));
}

/** Versions of the given templates, newest first. */
export function listVersionsOfTemplates(
  db: Db,
  templateIds: readonly string[],
): Promise<TemplateVersionRow[]> {
  if (templateIds.length === 0) return Promise.resolve([]);
  return db
    .select()
    .from(templateVersions)
    .where(inArray(templateVersions.templateId, [...templateIds]))
    .orderBy(desc(templateVersions.version));
}

export async function getTemplateVersion(db: Db, id: string) {
  if (!isUuid(id)) return null;
  const [row] = await db.select().from(templateVersions).where(eq(templateVersions.id, id));
  return row ?? null;
}
