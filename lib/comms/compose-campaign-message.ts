import { type RecipientValues, renderTemplate } from './template-variables';
import type { TemplateVersionRow } from './types';

export interface ComposedMessage {
  subject: string;
  text: string;
}

/**
 * One recipient's message: the template rendered with their values and a footer: how to
 * unsubscribe from non-critical messages, or why a critical one is sent anyway.
 */
export function composeCampaignMessage(
  version: Pick<TemplateVersionRow, 'subject' | 'body'>,
  values: RecipientValues,
  footer: { critical: true; reason: string } | { critical: false; unsubscribeLink: string | null },
): ComposedMessage {
  const body = renderTemplate(version.body, values).trimEnd();
  const closing = footer.critical
    ? `You receive this message even if you unsubscribed from our updates: ${footer.reason}`
    : footer.unsubscribeLink
      ? `Don't want these updates? Unsubscribe: ${footer.unsubscribeLink}`
      : null;
  return {
    subject: renderTemplate(version.subject, values).replace(/\s+/g, ' ').trim(),
    text: closing ? `${body}\n\n--\n${closing}\n` : `${body}\n`,
  };
}
