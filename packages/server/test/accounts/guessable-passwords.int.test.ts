import { describe, expect, it } from 'vitest';
import { PASSWORD, SIGN_IN, SIGN_UP, TestClient, uniqueEmail } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';

const server = useTestServer();

function signUp(input: { email: string; password: string; displayName: string }) {
  return new TestClient(server.url).gql(SIGN_UP, { input });
}

describe('signUp refuses passwords that are easy to guess', () => {
  it.each([
    ['a common password with digits', 'password123456', /commonly used password/],
    ['a keyboard walk', 'qwertyuiop12', /commonly used password/],
    ['a run of digits', '1234567890', /frequently used password/],
    ['one repeated character', 'aaaaaaaaaa', /Repeated characters/],
    ['a sequence', 'abcdefghij', /character sequences/],
    ['a common phrase', 'iloveyou12345', /commonly used password/],
    ['a capitalized common password', 'Password1234!', /commonly used password/],
  ])('refuses %s on the password field, with a reason and advice', async (_, password, reason) => {
    const email = uniqueEmail();
    const result = await signUp({ email, password, displayName: 'Gus Guessable' });

    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'password',
    });
    const message = result.errors?.[0]?.message ?? '';
    expect(message).toMatch(/^This password is too easy to guess\./);
    expect(message).toMatch(reason);
    expect(message).toMatch(/Add more words/);
    // No account was made: the email is still free.
    const retry = await signUp({ email, password: PASSWORD, displayName: 'Gus Guessable' });
    expect(retry.data?.signUp.email).toBe(email);
  });

  it('refuses a password made of the user’s own name or email', async () => {
    const byName = await signUp({
      email: uniqueEmail(),
      password: 'maximilianhohenberg',
      displayName: 'Maximilian Hohenberg',
    });
    expect(byName.errors?.[0]?.message).toMatch(/personal/);
    const local = `quokkafjord${Date.now()}`;
    const byEmail = await signUp({
      email: `${local}@example.test`,
      password: local,
      displayName: 'Q',
    });
    expect(byEmail.errors?.[0]?.extensions).toMatchObject({ field: 'password' });
  });

  it('accepts a strong password, which then signs in', async () => {
    const email = uniqueEmail();
    const password = 'violet-otter-sings-loudly';
    const result = await signUp({ email, password, displayName: 'Sam Strong' });
    expect(result.errors).toBeUndefined();
    const signedIn = await new TestClient(server.url).gql<{ signIn: { id: string } }>(SIGN_IN, {
      input: { email, password },
    });
    expect(signedIn.data?.signIn.id).toBe(result.data?.signUp.id);
  });
});
