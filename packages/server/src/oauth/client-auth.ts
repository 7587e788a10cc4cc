import type { Config } from '../config/load-config.js';
import type { ClientStore, Found, OAuthClient, Presented } from '../grants/client.store.js';
import type { RateLimiter } from '../rate-limits/rate-limiter.js';
import { InvalidClient, InvalidRequest } from './errors.js';
import { refuseSuspended } from './refuse-suspended.js';
import type { OAuthParams } from './form.js';

export type ClientAuthInput = {
  authorization: string | undefined;
  params: OAuthParams;
  /** True when client_secret appeared in the URL's query string. */
  secretInQuery: boolean;
  ip: string;
  /** The `DPoP` header (RFC 9449 §4.1), read by the token endpoint only. */
  dpop?: string | undefined;
};

type Credentials = { clientId: string; secret: string | undefined };

/**
 * Client authentication at the token, revocation and introspection endpoints (RFC 6749 §2.3):
 * `client_secret_basic` or `client_secret_post` for confidential apps, `client_id` alone for
 * public ones (§2.1). Failures are counted per client and IP; a secret is only compared
 * after its attempt took a slot of that limit, for which a busy client's requests wait their turn.
 */
export class ClientAuthenticator {
  constructor(
    private readonly clients: ClientStore,
    private readonly limiter: RateLimiter,
    private readonly limits: Config['rateLimits'],
  ) {}

  /**
   * Authenticates the client and finds what it presents (a token or a code) in the same query.
   * Only the client's own token is returned; nothing about a token or code is used unless the
   * client authenticates.
   */
  async authenticate(
    input: ClientAuthInput,
    presented?: Presented,
  ): Promise<{ client: OAuthClient; found: Found }> {
    const credentials = readCredentials(input);
    const { app, found } = await this.clients.find(credentials.clientId, presented);
    return { client: await this.verify(input, credentials, app), found };
  }

  private async verify(
    input: ClientAuthInput,
    credentials: Credentials,
    app: OAuthClient | null,
  ): Promise<OAuthClient> {
    if (!app) throw new InvalidClient('Unknown client');
    const bucket = `client-auth:${app.clientId}:${input.ip}`;
    const rule = this.limits.failedClientAuth;
    if (!app.requireSecret || credentials.secret === undefined) {
      // No secret is compared, so nothing is guessed: a failure takes its slot like a wrong
      // secret, a public client is refused while the limit lasts (a read, on the hot path).
      const problem = problemWithoutSecret(app, credentials.secret);
      if (!problem) {
        await this.limiter.check(bucket, rule);
        refuseSuspended(app);
        return app;
      }
      await this.limiter.reserve(bucket, rule);
      throw new InvalidClient(problem);
    }
    // The slot is taken before the secret is compared, so parallel guesses stay within it; a
    // client's own requests in flight beyond the limit wait for slots instead (rate-limiter.ts).
    const { secret } = credentials;
    if (!(await this.limiter.guarded(bucket, rule, () => this.clients.verifySecret(app, secret))))
      throw new InvalidClient('Client authentication failed');
    refuseSuspended(app);
    return app;
  }
}

function problemWithoutSecret(app: OAuthClient, secret: string | undefined): string | null {
  if (!app.requireSecret)
    return secret === undefined ? null : 'This is a public client: send client_id only';
  return 'This client must authenticate with its client secret';
}

/** RFC 6749 §2.3.1: one method only; the Basic credentials are form-urlencoded first. */
function readCredentials(input: ClientAuthInput): Credentials {
  if (input.secretInQuery)
    throw new InvalidRequest('client_secret must not be sent in the query string');
  const { params } = input;
  const basic = input.authorization === undefined ? null : parseBasic(input.authorization);
  if (!basic) {
    if (params.client_id === undefined)
      throw new InvalidClient('Client authentication is required');
    return { clientId: params.client_id, secret: params.client_secret };
  }
  if (params.client_secret !== undefined)
    throw new InvalidRequest('Use one client authentication method, not both');
  if (params.client_id !== undefined && params.client_id !== basic.clientId)
    throw new InvalidRequest('client_id does not match the Authorization header');
  return basic;
}

/** RFC 9110 §11.1: the scheme is case-insensitive; RFC 7617 §2: `Basic 1*SP token68`. */
function parseBasic(header: string): { clientId: string; secret: string | undefined } {
  const match = /^Basic +([A-Za-z0-9+/]+={0,2})$/i.exec(header.trim());
  if (!match?.[1]) throw new InvalidClient('The Authorization header must be Basic');
  const decoded = Buffer.from(match[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 1) throw new InvalidClient('Malformed Basic credentials');
  try {
    const secret = formDecode(decoded.slice(colon + 1));
    return {
      clientId: formDecode(decoded.slice(0, colon)),
      secret: secret === '' ? undefined : secret,
    };
  } catch {
    throw new InvalidClient('Malformed Basic credentials');
  }
}

function formDecode(value: string): string {
  return decodeURIComponent(value.replace(/\+/g, ' '));
}

/** The `token` parameter of revocation (RFC 7009 §2.1) and introspection (RFC 7662 §2.1). */
export function presentedToken(params: OAuthParams): Presented | undefined {
  return params.token === undefined ? undefined : { token: params.token };
}
