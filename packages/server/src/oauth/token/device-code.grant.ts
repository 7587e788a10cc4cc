import { DEVICE_CODE_GRANT_TYPE } from '@bnder/shared';
import type { DataSource } from 'typeorm';
import type { OAuthClient } from '../../grants/client.store.js';
import { violatedConstraint } from '../../db/constraint-errors.js';
import { inTransaction } from '../../db/transaction.js';
import type { DeviceAuthorizationEntity } from '../../grants/device-authorization.entity.js';
import type { DeviceAuthorizationsStore } from '../../grants/device-authorizations.store.js';
import type { GrantSignInStore } from '../../grants/grant-sign-in.store.js';
import type { IssuedTokens, TokenIssuer } from '../../grants/token-issuer.js';
import { AuthorizationPending, ExpiredToken, SlowDown } from '../device/device.errors.js';
import { requireDeviceFlow } from '../device/require-device-flow.js';
import { AccessDenied, InvalidGrant } from '../errors.js';
import { required, type OAuthParams } from '../form.js';
import type { GrantHandler, TokenResponseBody } from './grant-handler.js';
import { grantsOpenId, type IdTokens } from './id-token.js';
import { tokenResponse } from './token-response.js';

/**
 * RFC 8628 §3.4–3.5: the device polls with its device code until the user has answered. An
 * approval is redeemed once, for the same tokens as the code flow, and the code is then spent.
 */
export class DeviceCodeGrant implements GrantHandler {
  constructor(
    private readonly db: DataSource,
    private readonly requests: DeviceAuthorizationsStore,
    private readonly issuer: TokenIssuer,
    private readonly idTokens: IdTokens,
    private readonly signIns: GrantSignInStore,
  ) {}

  handles(params: OAuthParams): boolean {
    return params.grant_type === DEVICE_CODE_GRANT_TYPE;
  }

  async exchange(
    params: OAuthParams,
    client: OAuthClient,
    _found: unknown,
    jkt: string | null,
  ): Promise<TokenResponseBody> {
    requireDeviceFlow(client);
    const request = await this.requests.findByDeviceCode(required(params, 'device_code'));
    // Another client's code looks unknown: it learns nothing about it.
    if (!request || request.appId !== client.id)
      throw new InvalidGrant('The device code is invalid');
    if (request.status === 'used') throw new InvalidGrant('The device code was already used');
    if (request.expiresAt.getTime() <= Date.now())
      throw new ExpiredToken('The device code has expired; start the device flow again');
    if (request.status === 'denied') throw new AccessDenied('The user denied the request');
    if (request.status === 'pending') {
      if (!(await this.requests.notePoll(request)))
        throw new SlowDown(`Polled too fast: wait ${request.intervalSeconds + 5} seconds`);
      throw new AuthorizationPending('The user has not answered yet');
    }
    const userId = request.userId;
    if (userId === null) throw new InvalidGrant('The device code is invalid');
    const tokens = await this.redeem(request, userId, jkt, !client.requireSecret);
    await this.issuer.recordUse(client, userId);
    const idToken = await this.idTokens.issue({
      clientId: client.clientId,
      alg: client.idTokenSignedResponseAlg,
      userId,
      scope: request.scope,
      accessToken: tokens.accessToken,
      nonce: null,
      authTime: request.authTime,
    });
    return tokenResponse(tokens, request.scope, idToken);
  }

  /** The conditional update decides the one winner; the tokens commit with it. */
  private async redeem(
    request: DeviceAuthorizationEntity,
    userId: string,
    jkt: string | null,
    bindRefresh: boolean,
  ): Promise<IssuedTokens> {
    try {
      const tokens = await inTransaction(this.db, async (m) => {
        if (!(await this.requests.spend(m, request))) return null;
        const issued = await this.issuer.issueIn(m, {
          appId: request.appId,
          userId,
          grantId: request.deviceCodeHash,
          accessScope: request.scope,
          refreshScope: request.scope,
          parentId: null,
          jkt,
          bindRefresh,
        });
        // OIDC Core §12.2: refreshes of this grant repeat the original auth_time.
        if (request.authTime && grantsOpenId(request.scope))
          await this.signIns.record(
            m,
            { grantId: request.deviceCodeHash, appId: request.appId, userId },
            request.authTime,
          );
        return issued;
      });
      if (tokens) return tokens;
    } catch (error) {
      // The user revoked the app's access between the look-up and the insert.
      if (violatedConstraint(error) !== 'foreign-key') throw error;
    }
    throw new InvalidGrant('The device code was already used');
  }
}
