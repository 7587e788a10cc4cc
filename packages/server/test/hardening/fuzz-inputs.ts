import fc from 'fast-check';

/** Strings that have broken parsers, databases and HTML pages before. */
export const NASTY_STRINGS = [
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  'evil\u202Eexe.txt',
  '\u200B',
  'G\u043E\u043Egle',
  '😀👩‍💻🇫🇷',
  '\uD800',
  '\uDFFF\uD800',
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'; DROP TABLE users; --",
  '%zz',
  '%',
  '%E0%A4',
  '../../etc/passwd',
  '__proto__',
  'constructor',
  '{"a":1}',
  'null',
  'x'.repeat(10_001),
  'é'.repeat(300),
  '\r\nSet-Cookie: a=b',
] as const;

/** Any string: the nasty ones, or random text in every Unicode plane (lone surrogates included). */
export const anyString = fc.oneof(
  fc.constantFrom(...NASTY_STRINGS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
);

/** Any JSON value, with the numbers JSON.stringify cannot write coming from the raw bodies below. */
export const anyJsonValue: fc.Arbitrary<unknown> = fc.oneof(
  anyString,
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(0, -1, 2 ** 53 + 1, Number.MAX_VALUE, -0, 1e-300, true, false, null),
  fc.array(anyString, { maxLength: 12 }),
  fc.dictionary(anyString, anyString, { maxKeys: 4 }),
);

/** A JSON object built from the field names an endpoint knows, with values of any type. */
export function jsonObjectOf(fields: readonly string[]): fc.Arbitrary<Record<string, unknown>> {
  return fc.dictionary(fc.oneof(fc.constantFrom(...fields), anyString), anyJsonValue, {
    maxKeys: 5,
  });
}

const deepArray = (depth: number) => '['.repeat(depth) + ']'.repeat(depth);

/** Raw bodies that are not what JSON.stringify writes: huge numbers, deep nesting, bad syntax. */
export const rawJsonishBody = fc.oneof(
  fc.constantFrom(
    '{"title": 1e999, "body": -1e999}',
    '{"name": 123456789012345678901234567890123456789}',
    '{"title": "a", "title": "b"}',
    '{"__proto__": {"admin": true}}',
    '{"constructor": {"prototype": {"admin": true}}}',
    '{"query": ',
    '{"a":1}}',
    "{'single': 'quotes'}",
    '{"a": NaN}',
    '\uFEFF{"title": "bom"}',
    '"just a string"',
    '[]',
    'null',
    'true',
    ' ',
    deepArray(2000),
    `{"a":${'{"a":'.repeat(500)}1${'}'.repeat(500)}}`,
  ),
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'binary', maxLength: 60 }),
);

/** Bytes that are not text at all. */
export const randomBytes = fc
  .uint8Array({ minLength: 1, maxLength: 200 })
  .map((bytes) => new Uint8Array(bytes));

/** One byte over the API body limit (64 KiB), in valid JSON. */
export const OVERSIZED_JSON = JSON.stringify({ title: 'big', body: 'x'.repeat(64 * 1024) });

/** Content-Type values, valid and not; all are legal header text, so fetch sends them. */
export const anyContentType = fc.oneof(
  fc.constantFrom(
    'application/json',
    'application/json; charset=utf-8',
    'application/json; charset=latin1',
    'APPLICATION/JSON',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'text/plain',
    'application/xml',
    'application/octet-stream',
    'application/graphql-response+json',
    '*/*',
    ';',
    'application/',
  ),
  fc.stringMatching(/^[\x21-\x7e]{0,30}$/),
);

const base64 = (value: string | Uint8Array) => Buffer.from(value).toString('base64');

/** Authorization header values: malformed Basic and Bearer, bad base64, random text. */
export const anyAuthorization = fc.oneof(
  fc.constantFrom(
    'Basic',
    'Basic ',
    'Basic !!!!',
    'Basic ====',
    'Basic a',
    `Basic ${base64('no-colon')}`,
    `Basic ${base64(':secret-only')}`,
    `Basic ${base64('%zz:%zz')}`,
    `Basic ${base64(new Uint8Array([0xff, 0xfe, 0x3a, 0x80]))}`,
    `Basic ${base64('a:b')}extra`,
    'Bearer',
    'Bearer ',
    'Bearer a b',
    'Bearer bnd_at_unknown',
    'bearer bnd_at_unknown',
    'Digest x',
    'Basic YTpi, Bearer x',
  ),
  fc.string({ maxLength: 40 }).map((s) => `Basic ${base64(s)}`),
  fc.stringMatching(/^[\x20-\x7e]{0,60}$/),
);

/** Percent-encodes any string; a lone surrogate, which has no UTF-8, is sent as U+FFFD. */
export function percentEncode(value: string): string {
  return encodeURIComponent(value.replace(/\p{Surrogate}/gu, '\uFFFD'));
}

/** A query or form component written as a client might: well encoded, raw, or broken. */
export function encodedAs(value: string): fc.Arbitrary<string> {
  const encoded = percentEncode(value);
  return fc.oneof(
    { weight: 12, arbitrary: fc.constantFrom(encoded, encoded.replace(/%20/g, '+')) },
    { weight: 2, arbitrary: fc.constant(value.replace(/[&=#\s]/g, '')) },
    { weight: 1, arbitrary: fc.constantFrom(`${encoded}%zz`, `%E0%A4${encoded}`, `${encoded}%`) },
  );
}

/**
 * An application/x-www-form-urlencoded string (a form body or a query string) of the given
 * names and values, with repeats, odd encodings and stray separators.
 */
export function formString(
  names: readonly string[],
  values: fc.Arbitrary<string>,
): fc.Arbitrary<string> {
  const pair = fc
    .tuple(fc.oneof(fc.constantFrom(...names), anyString), values)
    .chain(([name, value]) =>
      fc.tuple(encodedAs(name), encodedAs(value)).map(([n, v]) => `${n}=${v}`),
    );
  const piece = fc.oneof(
    { weight: 8, arbitrary: pair },
    { weight: 1, arbitrary: fc.constantFrom('', '=', '&', '==', 'a', '%', ';', '?', '#') },
  );
  return fc.array(piece, { maxLength: 9 }).map((pieces) => pieces.join('&'));
}
