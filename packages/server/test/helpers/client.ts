import { expectDocumented } from './openapi-conformance.js';

export type GraphQLResult<T = Record<string, unknown>> = {
  status: number;
  data: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; field?: string; [k: string]: unknown };
  }[];
  headers: Headers;
};

/** A user agent with its own cookie jar, speaking HTTP to the test server. */
export class TestClient {
  bearer: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly cookies = new Map<string, string>(),
  ) {}

  /** The same user agent (same cookie jar) talking to another server instance. */
  at(baseUrl: string): TestClient {
    return new TestClient(baseUrl, this.cookies);
  }

  async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const headers = new Headers(init.headers);
    if (this.cookies.size > 0 && !headers.has('cookie')) {
      headers.set('cookie', [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; '));
    }
    if (this.bearer && !headers.has('authorization'))
      headers.set('authorization', `Bearer ${this.bearer}`);
    const url = new URL(path, this.baseUrl);
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) this.storeCookie(line);
    await expectDocumented(init.method ?? 'GET', url, response);
    return response;
  }

  async gql<T = Record<string, unknown>>(
    query: string,
    variables: Record<string, unknown> = {},
  ): Promise<GraphQLResult<T>> {
    const response = await this.fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await response.json()) as Omit<GraphQLResult<T>, 'status' | 'headers'>;
    return { ...body, data: body.data ?? null, status: response.status, headers: response.headers };
  }

  cookie(name: string): string | undefined {
    return this.cookies.get(name);
  }

  private storeCookie(line: string): void {
    const [pair = ''] = line.split(';');
    const index = pair.indexOf('=');
    const name = pair.slice(0, index).trim();
    const value = pair.slice(index + 1).trim();
    const expired = /max-age=0|expires=thu, 01 jan 1970/i.test(line);
    if (expired || value === '') this.cookies.delete(name);
    else this.cookies.set(name, value);
  }
}

let counter = 0;
export function uniqueEmail(label = 'user'): string {
  counter += 1;
  return `${label}.${Date.now()}.${counter}.${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export const PASSWORD = 'correct horse battery';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id email displayName } }`;

/** Signs a new user up with this client; returns the user. */
export async function signUp(client: TestClient, displayName = 'Test User') {
  const email = uniqueEmail();
  const result = await client.gql<{ signUp: { id: string; email: string } }>(SIGN_UP, {
    input: { email, password: PASSWORD, displayName },
  });
  if (!result.data) throw new Error(`sign-up failed: ${JSON.stringify(result.errors)}`);
  return { ...result.data.signUp, password: PASSWORD };
}
