import { describe, expect, it } from 'vitest';
import { PASSWORD, TestClient, signUp, uniqueEmail, SIGN_UP } from '../helpers/client.js';
import { startTestServer, useTestServer } from '../helpers/server.js';

const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { id email } }`;
const VIEWER = `{ viewer { id email displayName } }`;

const server = useTestServer();

function signUpBody(email: string) {
  return JSON.stringify({
    query: SIGN_UP,
    variables: { input: { email, password: PASSWORD, displayName: 'D' } },
  });
}

describe('signUp', () => {
  it('creates the account, trims and lower-cases the email, and signs the user in', async () => {
    const client = new TestClient(server.url);
    const email = uniqueEmail();
    const result = await client.gql(SIGN_UP, {
      input: { email: `  ${email.toUpperCase()} `, password: PASSWORD, displayName: 'Ann' },
    });
    expect(result.data).toEqual({ signUp: { id: expect.any(String), email, displayName: 'Ann' } });
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: expect.objectContaining({ email }) });
  });

  it('refuses a second account for the same email in another case', async () => {
    const first = await signUp(new TestClient(server.url));
    const result = await new TestClient(server.url).gql(SIGN_UP, {
      input: { email: first.email.toUpperCase(), password: PASSWORD, displayName: 'Bo' },
    });
    expect(result.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'email',
    });
    expect(result.errors?.[0]?.message).toMatch(/already exists/);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['a password under 10 characters', { password: 'short' }, 'password'],
    ['a password over 72 bytes', { password: 'é'.repeat(40) }, 'password'],
    ['an empty display name', { displayName: '  ' }, 'displayName'],
  ])('refuses %s with an error on that field', async (_label, override, field) => {
    const input = { email: uniqueEmail(), password: PASSWORD, displayName: 'Cy', ...override };
    const result = await new TestClient(server.url).gql(SIGN_UP, { input });
    expect(result.data).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
  });
});

describe('signIn', () => {
  it('signs in with the right password, whatever the email case', async () => {
    const user = await signUp(new TestClient(server.url));
    const client = new TestClient(server.url);
    const result = await client.gql(SIGN_IN, {
      input: { email: user.email.toUpperCase(), password: PASSWORD },
    });
    expect(result.data).toEqual({ signIn: { id: user.id, email: user.email } });
    expect((await client.gql(VIEWER)).data?.viewer).toMatchObject({ id: user.id });
  });

  it('gives the same error for a wrong password and an unknown email', async () => {
    const user = await signUp(new TestClient(server.url));
    const wrong = await new TestClient(server.url).gql(SIGN_IN, {
      input: { email: user.email, password: 'wrong password!' },
    });
    const unknown = await new TestClient(server.url).gql(SIGN_IN, {
      input: { email: uniqueEmail(), password: PASSWORD },
    });
    expect(wrong.data).toBeNull();
    expect(wrong.errors?.[0]).toMatchObject({
      message: 'Email or password is incorrect',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(unknown.errors?.[0]?.extensions).toEqual(wrong.errors?.[0]?.extensions);
  });

  it('sets an HttpOnly, SameSite=Lax session cookie that is not Secure over http', async () => {
    const response = await new TestClient(server.url).fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: signUpBody(uniqueEmail()),
    });
    const cookie = response.headers.getSetCookie().find((c) => c.startsWith('bnder_session='));
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
  });
});

describe('signOut', () => {
  it('ends the session on the server, so the old cookie no longer works', async () => {
    const client = new TestClient(server.url);
    await signUp(client);
    const oldCookie = client.cookie('bnder_session');
    expect(oldCookie).toBeTruthy();
    expect((await client.gql(`mutation { signOut }`)).data).toEqual({ signOut: true });
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: null });
    const replay = await new TestClient(server.url).fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `bnder_session=${oldCookie}` },
      body: JSON.stringify({ query: VIEWER }),
    });
    expect(await replay.json()).toEqual({ data: { viewer: null } });
  });
});

describe('CSRF prevention', () => {
  it('refuses a simple cross-site form post to /graphql', async () => {
    const response = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: 'mutation { signOut }' }),
    });
    expect(response.status).toBe(400);
  });
});

describe('with short sessions and rate limits on', () => {
  const limited = useTestServer({ SESSION_TTL: '1', RATE_LIMITS: 'on' });

  it('expires a session after its lifetime', async () => {
    const client = new TestClient(limited.url);
    await signUp(client);
    expect((await client.gql(VIEWER)).data?.viewer).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect((await client.gql(VIEWER)).data).toEqual({ viewer: null });
  });

  it('answers 429 with Retry-After after 10 failed sign-ins, even with the right password', async () => {
    const user = await signUp(new TestClient(limited.url));
    const client = new TestClient(limited.url);
    for (let i = 0; i < 10; i += 1) {
      const failed = await client.gql(SIGN_IN, {
        input: { email: user.email, password: `wrong password ${i}` },
      });
      expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    const blocked = await client.gql(SIGN_IN, { input: { email: user.email, password: PASSWORD } });
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('failed sign-ins per IP', () => {
  it('answers 429 once one IP failed too often across different accounts', async () => {
    const limited = await startTestServer({ RATE_LIMITS: 'on', RATE_LIMIT_SIGN_IN_IP: '3/900' });
    try {
      const users = [];
      for (let i = 0; i < 4; i += 1) users.push(await signUp(new TestClient(limited.url)));
      for (const user of users.slice(0, 3)) {
        const failed = await new TestClient(limited.url).gql(SIGN_IN, {
          input: { email: user.email, password: 'a wrong password' },
        });
        expect(failed.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      }
      const blocked = await new TestClient(limited.url).gql(SIGN_IN, {
        input: { email: users[3]?.email, password: PASSWORD },
      });
      expect(blocked.status).toBe(429);
      expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await limited.close();
    }
  });
});

describe('sign-up rate limit', () => {
  it('answers 429 with Retry-After once an IP used up its sign-ups', async () => {
    const limited = await startTestServer({ RATE_LIMITS: 'on', RATE_LIMIT_SIGN_UP: '2/3600' });
    try {
      for (let i = 0; i < 2; i += 1) {
        const result = await new TestClient(limited.url).gql(SIGN_UP, {
          input: { email: uniqueEmail(), password: PASSWORD, displayName: 'R' },
        });
        expect(result.errors).toBeUndefined();
      }
      const blocked = await new TestClient(limited.url).gql(SIGN_UP, {
        input: { email: uniqueEmail(), password: PASSWORD, displayName: 'R' },
      });
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(3000);
      expect(blocked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    } finally {
      await limited.close();
    }
  });
});

describe('secure cookies', () => {
  it('marks the session cookie Secure when PUBLIC_URL is https', async () => {
    const secure = await startTestServer({ PUBLIC_URL: 'https://bnder.example' });
    try {
      const response = await fetch(`${secure.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: signUpBody(uniqueEmail()),
      });
      const cookie = response.headers.getSetCookie().find((c) => c.startsWith('bnder_session='));
      expect(cookie).toMatch(/; Secure/i);
    } finally {
      await secure.close();
    }
  });
});
