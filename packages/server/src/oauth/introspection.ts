import { formatScopes, parseStoredScope } from '@bnder/shared';
import { presentedToken, type ClientAuthenticator, type ClientAuthInput } from './client-auth.js';
import { InvalidClient } from './errors.js';
import { required } from './form.js';

export type IntrospectionBody =
  | { active: false }
  | {
      active: true;
      scope: string;
      client_id: string;
      token_type: string;
      exp: number;
      iat: number;
      sub: string;
      iss: string;
      /** RFC 9449 §6.2: the key a bound token is tied to. */
      cnf?: { jkt: string };
    };

const seconds = (date: Date) => Math.floor(date.getTime() / 1000);

/**
 * RFC 7662 §2.1–2.2: a client learns about its own tokens only. Anything unknown, expired,
 * rotated, revoked, whose app or consent is gone, or issued to another client is `active: false`.
 */
export class TokenIntrospection {
  constructor(
    private readonly clientAuth: ClientAuthenticator,
    private readonly issuer: () => string,
  ) {}

  async introspect(input: ClientAuthInput): Promise<IntrospectionBody> {
    const presented = presentedToken(input.params);
    const {
      client,
      found: { token },
    } = await this.clientAuth.authenticate(input, presented);
    // §2.1 requires authorization to introspect, and a public client's client_id is no
    // credential. Such a client holds its tokens already and asks the API itself instead.
    if (!client.requireSecret)
      throw new InvalidClient('Introspection needs a confidential client and its secret');
    required(input.params, 'token');
    // The look-up returns only this client's own tokens (RFC 7662 §2.2): another client's is null.
    const active = token !== null && !token.spent && token.expiresAt.getTime() > Date.now();
    if (!active) return { active: false };
    return {
      active: true,
      // What the token can do: a legacy scope string acts as read.
      scope: formatScopes(parseStoredScope(token.scope).scopes),
      client_id: client.clientId,
      // RFC 9449 §6.2: a bound access token is of type DPoP.
      token_type:
        token.kind === 'refresh' ? 'refresh_token' : token.jkt === null ? 'Bearer' : 'DPoP',
      exp: seconds(token.expiresAt),
      iat: seconds(token.createdAt),
      sub: token.userId,
      iss: this.issuer(),
      ...(token.jkt === null ? {} : { cnf: { jkt: token.jkt } }),
    };
  }
}
