import { describe, expect, it } from 'vitest';
import { isS256Challenge, isWellFormedVerifier, verifierMatches } from './pkce.js';

describe('PKCE (RFC 7636)', () => {
  // RFC 7636 Appendix B's example pair.
  const verifier = 'dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk';
  const challenge = 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM';

  it('accepts the RFC example pair and refuses a different verifier', () => {
    expect(verifierMatches(verifier, challenge)).toBe(true);
    expect(verifierMatches(verifier.replace('d', 'e'), challenge)).toBe(false);
  });

  it.each([
    ['42 characters', 'a'.repeat(42), false],
    ['43 characters', 'a'.repeat(43), true],
    ['128 characters', 'a'.repeat(128), true],
    ['129 characters', 'a'.repeat(129), false],
    ['a character outside the alphabet', `${'a'.repeat(43)}+`, false],
    ['every unreserved character', `${'a'.repeat(39)}-._~`, true],
  ])('judges a verifier of %s', (_label, value, ok) => {
    expect(isWellFormedVerifier(value)).toBe(ok);
  });

  it.each([
    [challenge, true],
    [challenge.slice(1), false],
    [`${challenge}A`, false],
    [`${challenge.slice(1)}=`, false],
  ])('judges the challenge %s', (value, ok) => {
    expect(isS256Challenge(value)).toBe(ok);
  });
});
