import { describe, expect, it } from 'vitest';
import { appIdentitySchema, appUrlProblem } from './app-identity.js';
import { formatUserCode, normalizeUserCode } from './device-codes.js';

describe('appUrlProblem', () => {
  it.each(['https://example.com', 'https://example.com/privacy?lang=en'])('accepts %s', (url) => {
    expect(appUrlProblem(url)).toBeNull();
  });

  it.each([
    ['http://example.com', /https/],
    ['javascript:alert(1)', /https/],
    ['example.com', /full address/],
    ['https://user:pw@example.com', /user or password/],
    ['https://exa mple.com', /spaces/],
  ])('refuses %s', (url, message) => {
    expect(appUrlProblem(url)).toMatch(message);
  });
});

describe('appIdentitySchema', () => {
  it('clears a field sent blank and keeps one left out', () => {
    expect(appIdentitySchema.parse({ description: '  ', homepageUrl: null })).toEqual({
      description: null,
      homepageUrl: null,
    });
  });

  it.each([
    ['a 401-character description', { description: 'x'.repeat(401) }, /at most 400/],
    ['a control character', { description: 'line\u0007bell' }, /control character/],
    ['an invisible character', { description: 'zero\u200bwidth' }, /invisible/],
    ['mixed alphabets in a word', { description: 'Gооgle' }, /alphabets/],
    ['an http: homepage', { homepageUrl: 'http://example.com' }, /https/],
  ])('refuses %s', (_label, input, message) => {
    const result = appIdentitySchema.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });
});

describe('user codes', () => {
  it.each(['wdjb-mjht', 'WDJBMJHT', 'wdjb mjht'])('reads %s as WDJBMJHT', (typed) => {
    expect(normalizeUserCode(typed)).toBe('WDJBMJHT');
  });

  it.each(['WDJB-MJH', 'WDJB-MJHA', 'WDJB-MJHT1'])('refuses %s', (typed) => {
    expect(normalizeUserCode(typed)).toBeNull();
  });

  it('shows the code in two groups of four', () => {
    expect(formatUserCode('WDJBMJHT')).toBe('WDJB-MJHT');
  });
});
