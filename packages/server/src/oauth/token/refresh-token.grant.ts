import { coversScopes, formatScopes, parseRequestedScope, parseStoredScope } from '@bnder/shared';
import type { DataSource } from 'typeorm';
import type { AppEntity } from '../../apps/app.entity.js';
import type { TokenIssuer } from '../../grants/token-issuer.js';
import type { LiveToken, TokenRecords } from '../../grants/token-records.js';
import { InvalidGrant, InvalidScope } from '../errors.js';
import { required, type OAuthParams } from '../form.js';
import type { GrantHandler, TokenResponseBody } from './grant-handler.js';
import type { GrantReplay } from './grant-replay.js';
import { tokenResponse } from './token-response.js';
import { inTransaction } from '../../db/transaction.js';

/**
 * RFC 6749 §6: refreshing. Refresh tokens rotate on every use (RFC 9700 §4.14.2); the old one
 * is kept, marked used, so presenting it again is recognised as a replay.
 */
export class RefreshTokenGrant implements GrantHandler {
  constructor(
    private readonly db: DataSource,
    private readonly records: TokenRecords,
    private readonly issuer: TokenIssuer,
    private readonly replay: GrantReplay,
  ) {}

  handles(params: OAuthParams): boolean {
    return params.grant_type === 'refresh_token';
  }

  async exchange(params: OAuthParams, client: AppEntity): Promise<TokenResponseBody> {
    const token = await this.records.find(required(params, 'refresh_token'));
    // §10.4: bound to the client it was issued to; another client learns nothing.
    if (!token || token.kind !== 'refresh' || token.appId !== client.id)
      throw new InvalidGrant('The refresh token is invalid');
    if (token.usedAt !== null) return this.replayed(token);
    if (token.expiresAt.getTime() <= Date.now())
      throw new InvalidGrant('The refresh token has expired');
    const accessScope = narrowedScope(token.scope, params.scope);
    const tokens = await inTransaction(this.db, async (m) =>
      (await this.records.markRefreshUsed(token.tokenHash, m))
        ? this.issuer.issue(
            {
              appId: token.appId,
              userId: token.userId,
              grantId: token.grantId,
              accessScope,
              // §6: a new refresh token keeps the scope of the one it replaces.
              refreshScope: token.scope,
            },
            m,
          )
        : null,
    );
    if (!tokens) return this.replayed(token);
    await this.issuer.recordUse(this.db, client, token.userId);
    return tokenResponse(tokens, accessScope);
  }

  private async replayed(token: LiveToken): Promise<never> {
    await this.replay.revoke(token.grantId, token.appId, 'REFRESH_TOKEN_REUSE');
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
