import { afterEach, describe, expect, it, vi } from 'vitest';
import { resetEnvCache } from '../env';
import {
  HIDDEN_TOKEN,
  isValidUnsubscribeToken,
  listUnsubscribeHeaders,
  unsubscribeLink,
  withoutUnsubscribeTokens,
} from './recipient-values';

afterEach(() => {
  vi.unstubAllEnvs();
  resetEnvCache();
});

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

describe('listUnsubscribeHeaders', () => {
  it('offers the signed link and one-click unsubscribe behind an https address', () => {
    vi.stubEnv('NEXTAUTH_URL', 'https://billing.northwind.example/');
    resetEnvCache();
    const headers = listUnsubscribeHeaders('Owner@One.example');
    expect(Object.keys(headers)).toEqual(['List-Unsubscribe', 'List-Unsubscribe-Post']);
    expect(headers['List-Unsubscribe-Post']).toBe('List-Unsubscribe=One-Click');
    const link = new URL(/^<(https:[^>]+)>$/.exec(headers['List-Unsubscribe'] ?? '')?.[1] ?? '');
    expect(link.origin + link.pathname).toBe('https://billing.northwind.example/api/comms/unsubscribe');
    expect(link.searchParams.get('email')).toBe('owner@one.example');
    expect(isValidUnsubscribeToken('owner@one.example', link.searchParams.get('token') ?? '')).toBe(true);
  });

  it('gives only the link over plain http: one-click needs https (RFC 8058)', () => {
    vi.stubEnv('NEXTAUTH_URL', 'http://localhost:3000');
    resetEnvCache();
    expect(listUnsubscribeHeaders('owner@one.example')).toEqual({
      'List-Unsubscribe': `<${unsubscribeLink('owner@one.example')}>`,
    });
  });
});
