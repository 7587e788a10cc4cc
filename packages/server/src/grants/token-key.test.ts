import { describe, expect, it } from 'vitest';
import { randomToken, sha256, timeOrderedToken } from '../crypto/tokens.js';
import { possibleTokenKeys, tokenKey } from './token-key.js';

describe('tokenKey', () => {
  it('leads with the mint time, so later tokens sort later', () => {
    const now = Date.now();
    const earlier = tokenKey(timeOrderedToken('bnd_rt_', 32, now - 1));
    const later = tokenKey(timeOrderedToken('bnd_rt_', 32, now));
    expect(earlier.readUIntBE(0, 6)).toBe(now - 1);
    expect(later.readUIntBE(0, 6)).toBe(now);
    expect(Buffer.compare(earlier, later)).toBe(-1);
  });

  it('keeps the rest of the digest, and offers the plain digest as the old key', () => {
    const token = timeOrderedToken('bnd_at_');
    const digest = sha256(token);
    expect(tokenKey(token).subarray(6)).toEqual(digest.subarray(0, 26));
    expect(possibleTokenKeys(token)).toEqual([tokenKey(token), digest]);
  });

  it('keys anything that cannot carry a mint time by its plain digest, with no second key', () => {
    const farFuture = timeOrderedToken('bnd_at_', 32, Date.now() + 5 * 365 * 24 * 3600 * 1000);
    const beforeTheChange = timeOrderedToken('bnd_at_', 32, Date.UTC(2026, 0, 1));
    for (const token of [
      farFuture,
      beforeTheChange,
      timeOrderedToken('bnd_cs_'),
      'old_0123456789abcdef',
      'bnd_at_!!!!!!!!' + randomToken('', 30).slice(0, 35),
    ]) {
      expect(tokenKey(token)).toEqual(sha256(token));
      expect(possibleTokenKeys(token)).toEqual([sha256(token)]);
    }
  });
});
