import { describe, expect, it } from 'vitest';
import { HIDDEN_TOKEN, unsubscribeLink, withoutUnsubscribeTokens } from './recipient-values';

describe('withoutUnsubscribeTokens', () => {
  it('hides the token of every unsubscribe link and leaves the rest', () => {
    const link = unsubscribeLink('Owner@One.example');
    const token = new URL(link).searchParams.get('token') ?? '';
    expect(token.length).toBeGreaterThan(20);
    const text = `Dear Acme,\nSee https://x.example/portal?token=keep.\nUnsubscribe: ${link}\nAgain: ${link}`;
    const shown = withoutUnsubscribeTokens(text);
    expect(shown).not.toContain(token);
    expect(shown).toContain('https://x.example/portal?token=keep.');
    expect(shown.match(new RegExp(`token=${HIDDEN_TOKEN}`, 'g'))).toHaveLength(2);
    expect(shown).toContain('email=owner%40one.example');
  });
});
