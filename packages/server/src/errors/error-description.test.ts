import { describe, expect, it } from 'vitest';
import { safeErrorDescription } from './error-description.js';

describe('safeErrorDescription', () => {
  it.each([
    [
      'keeps the allowed characters',
      'The code was issued to another client',
      'The code was issued to another client',
    ],
    ['turns double quotes into single ones', 'Unknown field "x"', "Unknown field 'x'"],
    ['turns a backslash into a slash', 'a\\b', 'a/b'],
    ['replaces controls and non-ASCII', 'line\nbreak é', 'line?break ?'],
  ])('%s', (_case, input, expected) => {
    expect(safeErrorDescription(input)).toBe(expected);
  });

  it('cuts a long description to 300 characters', () => {
    expect(safeErrorDescription('x'.repeat(500))).toHaveLength(300);
  });
});
