import type { DataSource } from 'typeorm';
import { AccountsResolver } from './accounts/accounts.resolver.js';
import { AccountsService } from './accounts/accounts.service.js';
import { PasswordHasher } from './accounts/password-hasher.js';
import { SessionsService } from './accounts/sessions.service.js';
import type { Config } from './config/load-config.js';
import { SecretBox } from './crypto/secret-box.js';
import { AppEventsService } from './apps/app-events.service.js';
import { ClientRegistry } from './apps/client-registry.js';
import { AccessTokenLookup } from './grants/access-token-lookup.js';
import { GrantRevocationService } from './grants/grant-revocation.service.js';
import type { ResolverInstances } from './graphql/build-schema.js';
import { PrincipalResolver } from './principals/principal-resolver.js';
import { RateLimiter } from './rate-limits/rate-limiter.js';

/** The composition of every service, built once per server from the config and the database. */
export function createServices(config: Config, db: DataSource) {
  const limiter = new RateLimiter(db, config.rateLimitsEnabled);
  const sessions = new SessionsService(db, config.sessionTtl);
  const accounts = new AccountsService(
    db,
    new PasswordHasher(config.bcryptCost),
    limiter,
    config.rateLimits,
  );
  const accessTokens = new AccessTokenLookup(db);
  const principals = new PrincipalResolver(sessions, accessTokens);
  const secretBox = new SecretBox(config.secretKey);
  const appEvents = new AppEventsService(db);
  const clients = new ClientRegistry(db, secretBox, appEvents);
  const revocation = new GrantRevocationService(db);

  const resolvers: ResolverInstances = [new AccountsResolver(accounts, sessions)];
  return {
    config,
    db,
    limiter,
    sessions,
    accounts,
    accessTokens,
    principals,
    secretBox,
    appEvents,
    clients,
    revocation,
    resolvers,
  };
}

export type Services = ReturnType<typeof createServices>;
