import type { DataSource } from 'typeorm';
import type { SessionsService } from '../accounts/sessions.service.js';
import type { UserStore } from '../accounts/user.store.js';
import type { AppEventStore } from '../apps/app-event.store.js';
import type { AppStore } from '../apps/app.store.js';
import type { Config } from '../config/load-config.js';
import type { ClientStore } from '../grants/client.store.js';
import { AuthorizationRequestStore } from '../grants/authorization-request.store.js';
import type { AuthorizationsStore } from '../grants/authorizations.store.js';
import { CodeStore } from '../grants/code.store.js';
import { GrantSignInStore } from '../grants/grant-sign-in.store.js';
import { SigningKeyStore } from '../grants/signing-key.store.js';
import type { SecretBox } from '../crypto/secret-box.js';
import { DeviceAuthorizationsStore } from '../grants/device-authorizations.store.js';
import { PushedRequestStore } from '../grants/pushed-request.store.js';
import type { GrantRevocationService } from '../grants/grant-revocation.service.js';
import { TokenIssuer } from '../grants/token-issuer.js';
import type { LastUsedPolicy } from '../grants/last-used.js';
import type { TokenStore } from '../grants/token.store.js';
import type { RateLimiter } from '../rate-limits/rate-limiter.js';
import { AuthorizeEndpoint } from './authorize/authorize.service.js';
import { CodeRedirects } from './authorize/code-redirect.js';
import { ClientAuthenticator } from './client-auth.js';
import { ConsentResolver } from './consent/consent.resolver.js';
import { AppIdentities } from './consent/app-identity.js';
import { ConsentService } from './consent/consent.service.js';
import { RequestingAppResolver } from './sign-in/requesting-app.resolver.js';
import { DeviceAuthorizationEndpoint } from './device/device-authorization.endpoint.js';
import { DeviceConsentResolver } from './device/device-consent.resolver.js';
import { DeviceConsentService } from './device/device-consent.service.js';
import { WrongUserCodes } from './device/wrong-user-codes.js';
import { TokenIntrospection } from './introspection.js';
import { PushedAuthorizationEndpoint } from './par/pushed-authorization.endpoint.js';
import { TokenRevocation } from './revocation.js';
import { AuthorizationCodeGrant } from './token/authorization-code.grant.js';
import { DeviceCodeGrant } from './token/device-code.grant.js';
import { GrantReplay } from './token/grant-replay.js';
import { RefreshTokenGrant } from './token/refresh-token.grant.js';
import { TokenEndpoint } from './token/token-endpoint.js';
import { IdTokens } from './token/id-token.js';
import { SigningKeys } from './oidc/signing-keys.js';
import { UserInfo } from './oidc/userinfo.js';
import type { CallerResolver } from '../toolkit/http/authenticate.js';
import { TokenDpop } from './token/token-dpop.js';
import type { DpopProofs } from '../grants/dpop/dpop-proofs.js';

export type OAuthDeps = {
  config: Config;
  db: DataSource;
  sessions: SessionsService;
  users: UserStore;
  authorizations: AuthorizationsStore;
  limiter: RateLimiter;
  clients: AppStore;
  clientStore: ClientStore;
  appEvents: AppEventStore;
  revocation: GrantRevocationService;
  tokenStore: TokenStore;
  lastUsed: LastUsedPolicy;
  secretBox: SecretBox;
  callers: CallerResolver;
  dpopProofs: DpopProofs;
};

/** Wires the OAuth endpoints and the consent API from the shared services. */
export function createOAuthServices(deps: OAuthDeps) {
  const { config, db, authorizations } = deps;
  // RFC 8414 §2, RFC 9207: the issuer is the public URL.
  const issuer = () => config.publicUrl;
  const codes = new CodeStore(db, config.authorizationCodeTtl);
  const requests = new AuthorizationRequestStore(db);
  const pushedRequests = new PushedRequestStore(db, config.pushedRequestTtl);
  const issuerOfTokens = new TokenIssuer(
    db,
    { accessSeconds: config.accessTokenTtl, refreshSeconds: config.refreshTokenTtl },
    deps.lastUsed,
  );
  const codeRedirects = new CodeRedirects(codes, issuer);
  const signingKeys = new SigningKeys(new SigningKeyStore(db), deps.secretBox, config.idTokenTtl);
  const idTokens = new IdTokens(signingKeys, deps.users, issuer, config.idTokenTtl);
  const signIns = new GrantSignInStore(db, config.refreshTokenTtl);
  const replay = new GrantReplay(deps.revocation, deps.appEvents, deps.clients);
  const clientAuth = new ClientAuthenticator(deps.clientStore, deps.limiter, config.rateLimits);
  const identities = new AppIdentities(deps.users, deps.revocation);
  const consent = new ConsentService(
    db,
    deps.clients,
    requests,
    authorizations,
    codeRedirects,
    issuer,
    identities,
  );
  const deviceRequests = new DeviceAuthorizationsStore(db, {
    ttlSeconds: config.deviceCodeTtl,
    intervalSeconds: config.devicePollInterval,
  });
  const deviceConsent = new DeviceConsentService(
    db,
    deps.clients,
    deviceRequests,
    authorizations,
    identities,
    new WrongUserCodes(deps.limiter, config.rateLimits),
  );
  return {
    authorize: new AuthorizeEndpoint({
      ...deps,
      authorizations,
      requests,
      pushedRequests,
      codeRedirects,
      signingKeys,
    }),
    pushedAuthorization: new PushedAuthorizationEndpoint(
      clientAuth,
      deps.limiter,
      config.rateLimits,
      deps.clients,
      pushedRequests,
    ),
    token: new TokenEndpoint(
      clientAuth,
      deps.limiter,
      config.rateLimits,
      [
        new AuthorizationCodeGrant(codes, issuerOfTokens, replay, idTokens, signIns),
        new RefreshTokenGrant(issuerOfTokens, replay, idTokens, signIns),
        new DeviceCodeGrant(db, deviceRequests, issuerOfTokens, idTokens, signIns),
      ],
      new TokenDpop(deps.dpopProofs, `${config.publicUrl}/oauth/token`),
    ),
    signingKeys,
    userInfo: new UserInfo(deps.callers),
    deviceAuthorization: new DeviceAuthorizationEndpoint(
      clientAuth,
      deps.limiter,
      config,
      deviceRequests,
    ),
    revocation: new TokenRevocation(clientAuth, deps.tokenStore, deps.revocation),
    introspection: new TokenIntrospection(clientAuth, issuer),
    consent,
    consentResolver: new ConsentResolver(consent),
    deviceConsentResolver: new DeviceConsentResolver(deviceConsent),
    requestingAppResolver: new RequestingAppResolver(deps.clients, deviceConsent),
  };
}

export type OAuthServices = ReturnType<typeof createOAuthServices>;
