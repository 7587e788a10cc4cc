import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createPkcePair } from './pkce';

describe('createPkcePair', () => {
  it('makes a 43-character verifier whose S256 challenge the server will accept', async () => {
    const pair = await createPkcePair();
    expect(pair?.verifier).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(pair?.challenge).toBe(
      createHash('sha256')
        .update(pair?.verifier ?? '')
        .digest('base64url'),
    );
    expect(pair?.state).toMatch(/^[A-Za-z0-9_-]{22}$/);
  });
});
