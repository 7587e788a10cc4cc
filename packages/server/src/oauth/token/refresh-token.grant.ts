import { coversScopes, formatScopes, parseRequestedScope, parseStoredScope } from '@bnder/shared';
import type { Found, OAuthClient, Presented } from '../../grants/client.store.js';
import { violatedConstraint } from '../../db/constraint-errors.js';
import type { GrantSignInStore } from '../../grants/grant-sign-in.store.js';
import type { IssuedTokens, TokenIssuer } from '../../grants/token-issuer.js';
import type { LiveToken } from '../../grants/token.store.js';
import { InvalidGrant, InvalidScope } from '../errors.js';
import { required, type OAuthParams } from '../form.js';
import type { GrantHandler, TokenResponseBody } from './grant-handler.js';
import type { GrantReplay } from './grant-replay.js';
import { grantsOpenId, type IdTokens } from './id-token.js';
import { requireSameKey } from './token-dpop.js';
import { tokenResponse } from './token-response.js';

/**
 * RFC 6749 §6: refreshing. Refresh tokens rotate on every use (RFC 9700 §4.14.2); the old one
 * is kept, spent, so presenting it again is recognised as a replay. The new refresh token names
 * the old one as its parent, and the unique key on (parent_id, kind) lets only one rotation win.
 */
export class RefreshTokenGrant implements GrantHandler {
  constructor(
    private readonly issuer: TokenIssuer,
    private readonly replay: GrantReplay,
    private readonly idTokens: IdTokens,
    private readonly signIns: GrantSignInStore,
  ) {}

  handles(params: OAuthParams): boolean {
    return params.grant_type === 'refresh_token';
  }

  presented(params: OAuthParams): Presented | undefined {
    return params.refresh_token === undefined ? undefined : { token: params.refresh_token };
  }

  async exchange(
    params: OAuthParams,
    client: OAuthClient,
    { token }: Found,
    jkt: string | null,
  ): Promise<TokenResponseBody> {
    required(params, 'refresh_token');
    // The code grant's order: whose it is (§10.4: another client learns nothing and revokes
    // nothing; the look-up returns only the client's own tokens, so another client's is null),
    // then whether it was used (a replay revokes the grant, RFC 9700 §4.14.2).
    if (!token || token.kind !== 'refresh') throw new InvalidGrant('The refresh token is invalid');
    if (token.spent) return this.replayed(token);
    if (token.expiresAt.getTime() <= Date.now())
      throw new InvalidGrant('The refresh token has expired');
    // RFC 9449 §5: a public client's refresh token is bound to the key of its first proof.
    requireSameKey(token.jkt, jkt, 'The refresh token');
    const accessScope = narrowedScope(token.scope, params.scope);
    const tokens = await this.rotate(token, accessScope, jkt, !client.requireSecret);
    await this.issuer.recordUse(client, token.userId, token.consentLastUsedAt);
    // Read, and kept as long as the new refresh token, whenever the grant has openid: a refresh
    // that narrows it away now may be followed by one that asks for it again (§6).
    const authTime = grantsOpenId(token.scope)
      ? await this.signIns.authTimeOnRefresh(token.grantId)
      : null;
    // OIDC Core §12.2: the same sub, aud and auth_time as at sign-in; no nonce.
    const idToken = grantsOpenId(accessScope)
      ? await this.idTokens.issue({
          clientId: client.clientId,
          alg: client.idTokenSignedResponseAlg,
          userId: token.userId,
          scope: accessScope,
          accessToken: tokens.accessToken,
          nonce: null,
          authTime,
        })
      : undefined;
    return tokenResponse(tokens, accessScope, idToken);
  }

  private async rotate(
    token: LiveToken,
    accessScope: string,
    jkt: string | null,
    bindRefresh: boolean,
  ): Promise<IssuedTokens> {
    try {
      return await this.issuer.issueAlone({
        appId: token.appId,
        userId: token.userId,
        grantId: token.grantId,
        accessScope,
        // §6: a new refresh token keeps the scope of the one it replaces.
        refreshScope: token.scope,
        parentId: token.id,
        jkt,
        bindRefresh,
      });
    } catch (error) {
      const violated = violatedConstraint(error);
      // A concurrent refresh with the same token won: this one is the replay.
      if (violated === 'unique') return this.replayed(token);
      // The token, or the user's authorization of the app, was revoked since the look-up.
      if (violated === 'foreign-key') throw new InvalidGrant('The refresh token is invalid');
      throw error;
    }
  }

  private async replayed(token: LiveToken): Promise<never> {
    await this.replay.revoke(token, 'REFRESH_TOKEN_REUSE');
    throw new InvalidGrant('The refresh token was already used');
  }
}

/** RFC 6749 §6: the requested scope may narrow the grant, never widen it. */
function narrowedScope(stored: string, requested: string | undefined): string {
  if (requested === undefined) return stored;
  const parsed = parseRequestedScope(requested);
  if (parsed.kind === 'invalid') throw new InvalidScope(parsed.reason);
  if (!coversScopes(parseStoredScope(stored).scopes, parsed.scopes))
    throw new InvalidScope('A refresh may narrow the scope but never widen it');
  return formatScopes(parsed.scopes);
}
