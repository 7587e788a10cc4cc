import {
  HttpSession,
  PASSWORD,
  signUp as signUpWithKit,
  uniqueEmail,
} from '../../../../tooling/testkit/index.mjs';
import { expectDocumented } from './openapi-conformance.js';

export type { GraphQLResult } from '../../../../tooling/testkit/index.mjs';
export { PASSWORD, uniqueEmail };
/** The kit's shared GraphQL operations, typed from the schema. */
export {
  APPROVE_AUTHORIZATION,
  CREATE_APP,
  SIGN_IN,
  SIGN_UP,
} from '../../../../tooling/testkit/index.mjs';

/**
 * A user agent with its own cookie jar, speaking HTTP to the test server: the test kit's session,
 * which also checks every answer against the OpenAPI document.
 */
export class TestClient extends HttpSession {
  /** The same user agent (same cookie jar) talking to another server instance. */
  at(baseUrl: string): TestClient {
    return new TestClient(baseUrl, this.cookies);
  }

  override async fetch(path: string, init: RequestInit = {}): Promise<Response> {
    const response = await super.fetch(path, init);
    await expectDocumented(init.method ?? 'GET', new URL(path, this.baseUrl), response);
    return response;
  }
}

/** Signs a new user up with this client; returns the user. */
export async function signUp(client: TestClient, displayName = 'Test User') {
  return signUpWithKit(client, { displayName });
}
