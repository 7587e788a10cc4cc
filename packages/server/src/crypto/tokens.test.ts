import { describe, expect, it } from 'vitest';
import { randomToken } from './tokens.js';

describe('randomToken', () => {
  it('never repeats, across many refills of the random pool', () => {
    const tokens = Array.from({ length: 2000 }, () => randomToken('bnd_at_', 32));
    expect(new Set(tokens).size).toBe(tokens.length);
    for (const token of tokens) expect(token).toMatch(/^bnd_at_[A-Za-z0-9_-]{43}$/);
  });

  it('gives each length its own bytes, larger than the pool too', () => {
    expect(randomToken('', 18)).toHaveLength(24);
    expect(randomToken('', 5000)).toHaveLength(6667);
  });
});
