import { admin } from '../helpers/admin-cli.js';
import type { TestClient } from '../helpers/client.js';
import type { TestServer } from '../helpers/server.js';

export type Jwks = { keys: { kid: string; alg: string; kty: string }[] };

/** `pnpm admin rotate-signing-keys` against the test server's database, as its own process. */
export async function rotateSigningKeys(server: TestServer): Promise<string> {
  const done = await admin(server, 'rotate-signing-keys');
  if (done.code !== 0) throw new Error(`rotate-signing-keys failed: ${done.stderr}`);
  return done.stdout;
}

export async function fetchJwks(server: TestServer): Promise<Jwks> {
  const response = await fetch(new URL('/oauth/jwks', server.url));
  if (response.status !== 200) throw new Error(`jwks answered ${response.status}`);
  return (await response.json()) as Jwks;
}

/** The `kid` in an ID token's protected header. */
export function kidOf(idToken: string): string {
  const [header = ''] = idToken.split('.');
  return (JSON.parse(Buffer.from(header, 'base64url').toString('utf8')) as { kid: string }).kid;
}

/** Asks again until `check` holds: for state another process changes (never a time limit check). */
export async function eventually(check: () => Promise<boolean>, what: string): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await check()) return;
    await new Promise((done) => setTimeout(done, 200));
  }
  throw new Error(`never happened: ${what}`);
}

/** The browser following an authorize link with the user's session, up to the app's redirect. */
export async function followAuthorize(user: TestClient, url: string | URL): Promise<Response> {
  const target = new URL(url);
  return user.fetch(`${target.pathname}${target.search}`);
}
