import { describe, expect, it } from 'vitest';
import {
  appNameSchema,
  passwordSchema,
  redirectUriProblem,
  redirectUrisSchema,
} from './validation.js';

describe('redirectUriProblem', () => {
  it.each([
    'https://example.com/callback',
    'https://example.com/cb?x=1',
    'http://127.0.0.1:8080/cb',
    'http://[::1]/cb',
    'http://localhost:3000/cb',
    'com.example.app:/oauth2redirect',
  ])('accepts %s', (uri) => {
    expect(redirectUriProblem(uri)).toBeNull();
  });

  it.each([
    ['http://example.com/cb', /loopback/],
    ['javascript:alert(1)', /not allowed/],
    ['data:text/html,hi', /not allowed/],
    ['file:///etc/passwd', /not allowed/],
    ['https://example.com/cb#frag', /fragment/],
    ['https://*.example.com/cb', /Wildcard/],
    ['https://user:pw@example.com/cb', /user or password/],
    ['/relative/path', /absolute/],
    ['myapp:/cb', /private-use/],
  ])('refuses %s', (uri, message) => {
    expect(redirectUriProblem(uri)).toMatch(message);
  });
});

describe('redirectUrisSchema', () => {
  it('refuses duplicates, an empty list and more than ten', () => {
    expect(redirectUrisSchema.safeParse(['https://a.test/cb', 'https://a.test/cb']).success).toBe(
      false,
    );
    expect(redirectUrisSchema.safeParse([]).success).toBe(false);
    const eleven = Array.from({ length: 11 }, (_, i) => `https://a.test/cb${i}`);
    expect(redirectUrisSchema.safeParse(eleven).success).toBe(false);
  });
});

describe('appNameSchema', () => {
  it.each(['', '   ', 'x'.repeat(101), 'bad\u0000name', 'evil\u202Eexe.txt', 'tab\there'])(
    'refuses %j',
    (name) => {
      expect(appNameSchema.safeParse(name).success).toBe(false);
    },
  );

  it('trims and accepts 100 characters', () => {
    expect(appNameSchema.parse(`  ${'x'.repeat(100)}  `)).toHaveLength(100);
  });
});

describe('passwordSchema', () => {
  it('counts bytes, not characters, against the bcrypt limit', () => {
    expect(passwordSchema.safeParse('a'.repeat(72)).success).toBe(true);
    expect(passwordSchema.safeParse('a'.repeat(73)).success).toBe(false);
    expect(passwordSchema.safeParse('é'.repeat(37)).success).toBe(false);
    expect(passwordSchema.safeParse('short').success).toBe(false);
  });
});
