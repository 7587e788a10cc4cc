import { describe, expect, it } from 'vitest';
import {
  appNameSchema,
  displayNameSchema,
  normalizeRedirectUri,
  passwordSchema,
  redirectUriProblem,
  redirectUriSchema,
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

describe('normalizeRedirectUri (RFC 3986 §6.2.2.1)', () => {
  it.each([
    ['HTTPS://CLIENT.EXAMPLE/cb', 'https://client.example/cb'],
    [
      'https://Client.Example:8443/Call/Back?State=X',
      'https://client.example:8443/Call/Back?State=X',
    ],
    ['HTTP://LOCALHOST:3000/CB', 'http://localhost:3000/CB'],
    ['http://[::1]:4000/cb', 'http://[::1]:4000/cb'],
    ['Com.Example.App:/OAuth2Redirect', 'com.example.app:/OAuth2Redirect'],
    ['https://client.example/%7Euser', 'https://client.example/%7Euser'],
    ['https://client.example', 'https://client.example'],
  ])('%s becomes %s', (uri, normalized) => {
    expect(normalizeRedirectUri(uri)).toBe(normalized);
  });

  it('stores the normalized form through the schema', () => {
    expect(redirectUriSchema.parse('  HTTPS://CLIENT.EXAMPLE/cb ')).toBe(
      'https://client.example/cb',
    );
  });

  it.each([
    ['https://client.example/cb', 'HTTPS://CLIENT.EXAMPLE/cb'],
    ['https://client.example/cb', 'https://Client.Example/cb'],
    ['com.example.app:/cb', 'COM.EXAMPLE.APP:/cb'],
  ])('refuses %s and %s together as duplicates', (first, second) => {
    const result = redirectUrisSchema.safeParse([first, second]);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual([1]);
  });

  it('keeps URIs that differ in path case apart', () => {
    expect(
      redirectUrisSchema.parse(['https://client.example/cb', 'https://client.example/CB']),
    ).toEqual(['https://client.example/cb', 'https://client.example/CB']);
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

describe('appNameSchema and odd Unicode', () => {
  it.each([
    ['a zero-width space', 'Pay\u200Bpal', /invisible character/],
    ['a zero-width non-joiner', 'Pay\u200Cpal', /invisible character/],
    ['a zero-width joiner between letters', 'Pay\u200Dpal', /invisible character/],
    ['a word joiner', 'Pay\u2060pal', /invisible character/],
    ['a byte order mark', 'Pay\uFEFFpal', /invisible character/],
    ['a soft hyphen', 'Pay\u00ADpal', /invisible character/],
    ['an invisible tag character', 'Paypal\u{E0041}', /invisible character/],
    ['an Arabic letter mark', 'Paypal\u061C', /invisible character/],
    ['NUL', 'Pay\u0000pal', /control character/],
    ['a right-to-left override', 'Pay\u202Epal', /control character/],
    ['a right-to-left mark', 'Pay\u200Fpal', /control character/],
    ['a first-strong isolate', 'Pay\u2068pal', /control character/],
    ['Cyrillic о inside a Latin word', 'G\u043E\u043Egle', /different alphabets/],
    ['Cyrillic а inside a Latin word', 'P\u0430ypal', /different alphabets/],
    ['Greek ο inside a Latin word', 'Micr\u03BFsoft Teams', /different alphabets/],
    ['Latin a inside a Cyrillic word', 'Прилa', /different alphabets/],
    ['Greek and Cyrillic in one word', 'Ελλ\u0430', /different alphabets/],
    ['mixed letters next to a digit', 'My P\u0430y2', /different alphabets/],
    ['over 100 characters', 'x'.repeat(101), /at most 100/],
  ])('refuses %s', (_label, name, message) => {
    const result = appNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it('trims a leading byte order mark away, as white space', () => {
    expect(appNameSchema.parse('\uFEFFPaypal')).toBe('Paypal');
  });

  it.each([
    ['Cyrillic only', 'Приложение'],
    ['Greek only', 'Ελληνικά'],
    ['Japanese', '日本語アプリ'],
    ['Latin with accents', 'Café Crème'],
    ['an emoji', 'Notes 📝'],
    ['an emoji ZWJ sequence', 'Dev 👩‍💻 tools'],
    ['a flag', 'Travel 🇫🇷'],
    ['scripts apart in different words', 'Bnder Приложение Ελληνικά'],
    ['Latin next to Japanese in one word', 'Bnder日本'],
    ['digits and punctuation', 'App-2 (beta) v1.0'],
  ])('accepts %s', (_label, name) => {
    expect(appNameSchema.parse(name)).toBe(name);
  });
});

describe('displayNameSchema and odd Unicode', () => {
  it.each([
    ['a zero-width space', 'Ada\u200BLovelace', /invisible character/],
    ['a soft hyphen', 'Ada\u00AD', /invisible character/],
    ['a right-to-left override', 'Ada\u202E', /control character/],
    ['mixed alphabets in one word', 'G\u043E\u043Egle', /different alphabets/],
  ])('refuses %s', (_label, name, message) => {
    const result = displayNameSchema.safeParse(name);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(message);
  });

  it.each(['Ada Lovelace', 'Иван Петров', 'Γιώργος', '山田太郎', 'Zoë 🎨'])(
    'accepts %s',
    (name) => {
      expect(displayNameSchema.parse(name)).toBe(name);
    },
  );
});
