import type { DataSource } from 'typeorm';
import { AccountsResolver } from '../accounts/accounts.resolver.js';
import { AccountsService } from '../accounts/accounts.service.js';
import { ConfirmPasswordResolver } from '../accounts/confirm-password.resolver.js';
import { NotesResolver } from '../api/notes.resolver.js';
import { NotesService } from '../api/notes.service.js';
import { ProfileService } from '../api/profile.service.js';
import { AuthorizedAppsResolver } from '../authorizations/authorized-apps.resolver.js';
import { AuthorizedAppsService } from '../authorizations/authorized-apps.service.js';
import { PasswordHasher } from '../accounts/password-hasher.js';
import { SessionsService } from '../accounts/sessions.service.js';
import { UserStore } from '../accounts/user.store.js';
import type { Config } from '../config/load-config.js';
import { SecretBox } from '../crypto/secret-box.js';
import { AppActivityService } from '../apps/app-activity.service.js';
import { AppEventStore } from '../apps/app-event.store.js';
import { AppSecretsService } from '../apps/app-secrets.service.js';
import { AppsResolver } from '../apps/apps.resolver.js';
import { AppsService } from '../apps/apps.service.js';
import { AppStore } from '../apps/app.store.js';
import { appClientRows } from '../apps/client-rows.js';
import { AccessTokenStore } from '../grants/access-token.store.js';
import { ClientStore } from '../grants/client.store.js';
import { AuthorizationsStore } from '../grants/authorizations.store.js';
import { LastUsedPolicy } from '../grants/last-used.js';
import { TokenStore } from '../grants/token.store.js';
import { createOAuthServices } from '../oauth/oauth.services.js';
import type { ResolverInstances } from './build-schema.js';
import { PrincipalResolver } from '../principals/principal-resolver.js';
import { DatabaseRateLimitStore } from '../rate-limits/database-rate-limit-store.js';
import { RedisRateLimitStore } from '../rate-limits/redis-rate-limit-store.js';
import { DatabaseDpopReplayStore } from '../grants/dpop/database-dpop-replay.store.js';
import { DpopNonces } from '../grants/dpop/dpop-nonces.js';
import { DpopProofs } from '../grants/dpop/dpop-proofs.js';
import { RedisDpopReplayStore } from '../grants/dpop/redis-dpop-replay.store.js';
import { createLeakServices } from './leak-services.js';
import { Readiness } from './readiness.js';
import { createMetrics, registerDatabaseMetrics } from './metrics.js';
import { CountedRateLimiter } from './metrics-rate-limiter.js';
import { CountedRevocations } from './metrics-revocations.js';

/** The composition of every service, built once per server from the config and the database. */
export function createServices(config: Config, db: DataSource) {
  const metrics = createMetrics();
  registerDatabaseMetrics(metrics, db);
  const limiter = new CountedRateLimiter(
    config.redisUrl ? new RedisRateLimitStore(config.redisUrl) : new DatabaseRateLimitStore(db),
    config.rateLimitsEnabled,
    config.rateLimits,
    metrics.rateLimitRefusals,
  );
  const sessions = new SessionsService(db, config.sessionTtl);
  const users = new UserStore(db);
  const accounts = new AccountsService(
    db,
    new PasswordHasher(config.bcryptCost),
    limiter,
    config.rateLimits,
  );
  const secretBox = new SecretBox(config.secretKey);
  const appEvents = new AppEventStore(db);
  const tokenStore = new TokenStore(db);
  const clientStore = new ClientStore(db, secretBox, tokenStore, appClientRows(db));
  const clients = new AppStore(db, appEvents, clientStore);
  const lastUsed = new LastUsedPolicy(db);
  // RFC 9449 §11.1: the jti of each proof lives where the rate-limit counters do.
  const dpopReplays = config.redisUrl
    ? new RedisDpopReplayStore(config.redisUrl)
    : new DatabaseDpopReplayStore(db);
  const dpopProofs = new DpopProofs(new DpopNonces(config.secretKey), dpopReplays);
  const accessTokens = new AccessTokenStore(db, lastUsed);
  const principals = new PrincipalResolver(sessions, accessTokens, dpopProofs, config.publicUrl);
  const revocation = new CountedRevocations(db, metrics.revocations);
  const authorizationsStore = new AuthorizationsStore(db);
  const appSecrets = new AppSecretsService(db, secretBox, appEvents, revocation);
  const apps = new AppsService(
    db,
    secretBox,
    appEvents,
    appSecrets,
    revocation,
    config.maxAppsPerAccount,
  );
  const appActivity = new AppActivityService(users, appEvents);
  const profile = new ProfileService(users);
  const notes = new NotesService(db, config.maxNotesPerAccount);
  const authorizedApps = new AuthorizedAppsService(authorizationsStore, clients, users, revocation);
  const oauth = createOAuthServices({
    config,
    db,
    sessions,
    users,
    authorizations: authorizationsStore,
    limiter,
    clients,
    clientStore,
    appEvents,
    revocation,
    tokenStore,
    lastUsed,
    secretBox,
    callers: principals,
    dpopProofs,
  });

  const leaks = createLeakServices({ config, db, secretBox, appEvents, appSecrets, revocation });

  const resolvers: ResolverInstances = [
    new AccountsResolver(accounts, sessions),
    new ConfirmPasswordResolver(accounts, sessions),
    new AppsResolver(apps, appSecrets, appActivity, revocation, config),
    new NotesResolver(notes),
    new AuthorizedAppsResolver(authorizedApps),
    oauth.consentResolver,
    oauth.deviceConsentResolver,
    oauth.requestingAppResolver,
  ];
  return {
    config,
    db,
    limiter,
    dpopReplays,
    sessions,
    accounts,
    accessTokens,
    principals,
    secretBox,
    appEvents,
    clients,
    clientStore,
    revocation,
    apps,
    appSecrets,
    appActivity,
    profile,
    notes,
    authorizedApps,
    oauth,
    leaks,
    readiness: new Readiness(),
    metrics,
    resolvers,
  };
}

export type Services = ReturnType<typeof createServices>;
