// The owned-apps REST suites (apps-*.rest.int.test.ts, one per route family) share this setup:
// a server of their own, JSON calls as the SPA makes them, and the check that no client secret
// any of their calls was handed reaches the server's log.
import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';

export type AppJson = {
  client_id: string;
  name: string;
  redirect_uris: string[];
  require_secret: boolean;
  created_at: string;
  updated_at: string;
  last_used_at: string | null;
  client_secret?: string;
};
type Answer<T> = { status: number; body: T; text: string; headers: Headers };

export const VALID = {
  name: 'Script app',
  redirect_uris: ['https://client.example/callback'],
  require_secret: true,
};

/** Starts the suite's server (useTestServer) and returns the calls its tests make. */
export function useAppsRest() {
  const server = useTestServer();
  /** Every client secret an answer carried, for the log check (secretsNeverLogged). */
  const secretsSeen: string[] = [];
  const ownOrigin = () => new URL(server.config.publicUrl).origin;

  /** A JSON call with the session cookie and this site's Origin, as the SPA would make it. */
  async function rest<T = AppJson>(
    client: TestClient,
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = { origin: ownOrigin() },
  ): Promise<Answer<T>> {
    const response = await client.fetch(`/consumer/v1${path}`, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed = (text ? JSON.parse(text) : null) as T;
    const secret = (parsed as { client_secret?: string } | null)?.client_secret;
    if (secret) secretsSeen.push(secret);
    return { status: response.status, body: parsed, text, headers: response.headers };
  }

  async function owner() {
    const client = new TestClient(server.url);
    const user = await signUp(client);
    return { client, user };
  }

  async function create(client: TestClient, body: Partial<typeof VALID> = {}) {
    const created = await rest(client, 'POST', '/oauth/clients', { ...VALID, ...body });
    if (created.status !== 201) throw new Error(`create failed: ${created.text}`);
    return created.body;
  }

  return { server, secretsSeen, ownOrigin, rest, owner, create };
}

/**
 * The last test of each owned-apps REST suite: no client secret that any of its calls was handed
 * (on every route it called) is in its server's log.
 */
export function secretsNeverLogged(suite: ReturnType<typeof useAppsRest>): void {
  describe('the server log', () => {
    it('never holds a client secret handed out by the tests above', () => {
      expect(suite.secretsSeen.length).toBeGreaterThan(0);
      const log = suite.server.logs.join('\n');
      for (const secret of suite.secretsSeen) expect(log).not.toContain(secret);
    });
  });
}
