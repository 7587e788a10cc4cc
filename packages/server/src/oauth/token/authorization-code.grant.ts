import { normalizeRedirectUri } from '@bnder/shared';
import type { Found, OAuthClient, Presented } from '../../grants/client.store.js';
import type { AuthorizationCodeEntity } from '../../grants/authorization-code.entity.js';
import type { CodeStore, PresentedCode } from '../../grants/code.store.js';
import type { GrantSignInStore } from '../../grants/grant-sign-in.store.js';
import type { IssuedTokens, TokenIssuer } from '../../grants/token-issuer.js';
import { violatedConstraint } from '../../db/constraint-errors.js';
import { InvalidGrant, InvalidRequest } from '../errors.js';
import { required, type OAuthParams } from '../form.js';
import { isWellFormedVerifier, verifierMatches } from '../pkce.js';
import type { GrantHandler, TokenResponseBody } from './grant-handler.js';
import type { GrantReplay } from './grant-replay.js';
import { grantsOpenId, type IdTokens } from './id-token.js';
import { requireSameKey } from './token-dpop.js';
import { tokenResponse } from './token-response.js';

/** RFC 6749 §4.1.3–4.1.4: exchanging an authorization code, with PKCE (RFC 7636 §4.5–4.6). */
export class AuthorizationCodeGrant implements GrantHandler {
  constructor(
    private readonly codes: CodeStore,
    private readonly issuer: TokenIssuer,
    private readonly replay: GrantReplay,
    private readonly idTokens: IdTokens,
    private readonly signIns: GrantSignInStore,
  ) {}

  handles(params: OAuthParams): boolean {
    return params.grant_type === 'authorization_code';
  }

  presented(params: OAuthParams): Presented | undefined {
    return params.code === undefined ? undefined : { code: params.code };
  }

  /**
   * The order of the checks, the same for the refresh grant: first whose it is, then whether it
   * was used, then the rest. A client learns nothing about another client's grant and cannot
   * revoke it (RFC 6749 §10.4), while a replay by the client it was issued to revokes what the
   * first use issued (§4.1.2). Any failed redemption spends the code (RFC 9700 §4.5).
   */
  async exchange(
    params: OAuthParams,
    client: OAuthClient,
    { code }: Found,
    jkt: string | null,
  ): Promise<TokenResponseBody> {
    required(params, 'code');
    if (!code) throw new InvalidGrant('The authorization code is invalid');
    if (code.appId !== client.id) {
      await this.codes.spend(code.codeHash);
      throw new InvalidGrant('The code was issued to another client');
    }
    // Spent by a failed redemption, or exchanged: its refresh token names it (issueOnce).
    if (code.usedAt !== null || code.exchanged) return this.replayed(code);
    try {
      checkBinding(code, params.redirect_uri, params.code_verifier);
      // RFC 9449 §10: a code asked for with dpop_jkt is redeemed only with that key.
      requireSameKey(code.dpopJkt, jkt, 'The authorization code');
    } catch (error) {
      await this.codes.spend(code.codeHash);
      throw error;
    }
    const tokens = await this.issueOnce(code, jkt, !client.requireSecret);
    // OIDC Core §12.2: refreshes of this grant repeat the original auth_time. Only the exchange
    // that inserted the code's one pair gets here, so the grant's one row is written once.
    if (code.authTime && grantsOpenId(code.scope))
      await this.signIns.recordAlone(
        { grantId: code.codeHash, appId: code.appId, userId: code.userId },
        code.authTime,
      );
    await this.issuer.recordUse(client, code.userId, code.consentLastUsedAt);
    const idToken = await this.idTokens.issue({
      clientId: client.clientId,
      alg: client.idTokenSignedResponseAlg,
      userId: code.userId,
      scope: code.scope,
      accessToken: tokens.accessToken,
      nonce: code.nonce,
      authTime: code.authTime,
    });
    return tokenResponse(tokens, code.scope, idToken);
  }

  /**
   * Single use (RFC 6749 §4.1.2) in one statement that commits alone: the code's refresh token
   * names it under a unique key, which refuses a second pair, and a foreign key, which refuses a
   * pair once the code is gone (token-issuer.ts, `issueForCode`). Of two racing exchanges one
   * inserts and the other is a replay, on every Galera node too (the loser's write set fails
   * certification, runs again and meets the key). No client ever holds a token of a code it did
   * not win, and an exchange that fails leaves the code as it was. The code's expiry was checked
   * when it was read, a moment before.
   */
  private async issueOnce(
    code: PresentedCode,
    jkt: string | null,
    bindRefresh: boolean,
  ): Promise<IssuedTokens> {
    const grant = {
      appId: code.appId,
      userId: code.userId,
      grantId: code.codeHash,
      accessScope: code.scope,
      refreshScope: code.scope,
      parentId: null,
      jkt,
      bindRefresh,
    };
    try {
      return await this.issuer.issueForCode(grant, code.codeHash);
    } catch (error) {
      const violated = violatedConstraint(error);
      // Another exchange of this code inserted its pair first: this one is the replay.
      if (violated === 'unique') return this.replayed(code);
      // The code went with its grant or its app's tokens, or the user revoked the app, since
      // the code was read.
      if (violated === 'foreign-key') throw new InvalidGrant('The authorization code is invalid');
      throw error;
    }
  }

  /** RFC 6749 §4.1.2: a second use fails and revokes what the first use issued. */
  private async replayed(code: AuthorizationCodeEntity): Promise<never> {
    await this.replay.revoke(
      { grantId: code.codeHash, appId: code.appId, userId: code.userId },
      'CODE_REPLAY',
    );
    throw new InvalidGrant('The authorization code was already used');
  }
}

/** RFC 6749 §4.1.3 and RFC 7636 §4.6: the code must be redeemed as it was issued. */
function checkBinding(
  code: AuthorizationCodeEntity,
  redirectUri: string | undefined,
  verifier: string | undefined,
): void {
  if (verifier !== undefined && !isWellFormedVerifier(verifier))
    throw new InvalidRequest('code_verifier must be 43-128 characters of [A-Za-z0-9-._~]');
  if (code.expiresAt.getTime() <= Date.now())
    throw new InvalidGrant('The authorization code has expired');
  // The code holds the URI as normalised at authorize (RFC 3986 §6.2.2.1); so is the one sent.
  const sent = redirectUri === undefined ? undefined : normalizeRedirectUri(redirectUri);
  if (
    code.redirectUriSent
      ? sent !== code.redirectUri
      : sent !== undefined && sent !== code.redirectUri
  )
    throw new InvalidGrant('redirect_uri does not match the authorization request');
  if (code.codeChallenge === null) {
    if (verifier !== undefined)
      throw new InvalidGrant(
        'code_verifier was sent but the authorization request had no code_challenge',
      );
    return;
  }
  if (verifier === undefined) throw new InvalidGrant('code_verifier is required');
  if (!verifierMatches(verifier, code.codeChallenge))
    throw new InvalidGrant('code_verifier does not match the code_challenge');
}
