import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { configSchema } from './config.schema.js';

export type RateLimitRule = { max: number; windowSeconds: number };

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  publicUrl: string;
  databaseUrl: string;
  /** On a Galera cluster, reads see every commit made on any node before them. */
  databaseCausalReads: boolean;
  secretKey: Buffer;
  bcryptCost: number;
  rateLimitsEnabled: boolean;
  /**
   * Proxies (addresses or CIDR ranges) whose X-Forwarded-For and X-Forwarded-Proto are believed;
   * empty: those headers are ignored.
   */
  trustedProxies: readonly string[];
  /** Rate-limit counters in Redis instead of the database. */
  redisUrl: string | undefined;
  rateLimits: {
    failedSignIn: RateLimitRule;
    failedSignInPerIp: RateLimitRule;
    signUp: RateLimitRule;
    failedClientAuth: RateLimitRule;
    tokenRequests: RateLimitRule;
    authorizeRequests: RateLimitRule;
    signedOutAuthorizeRequestsPerIp: RateLimitRule;
    deviceAuthorizations: RateLimitRule;
    wrongUserCodes: RateLimitRule;
    wrongUserCodesPerIp: RateLimitRule;
    credentialReports: RateLimitRule;
  };
  accessTokenTtl: number;
  refreshTokenTtl: number;
  authorizationCodeTtl: number;
  sessionTtl: number;
  deviceCodeTtl: number;
  devicePollInterval: number;
  /** Seconds a pushed authorization request's request_uri stays usable (RFC 9126 §2.2). */
  pushedRequestTtl: number;
  /** Seconds an ID token is valid (OpenID Connect Core §2 `exp`). */
  idTokenTtl: number;
  /** Seconds after a sign-in (or password confirmation) that sensitive app actions stay allowed. */
  sudoTtl: number;
  /** At most this many apps, and notes, per account. */
  maxAppsPerAccount: number;
  maxNotesPerAccount: number;
  logLevel: string;
  webDistDir: string;
  /** Seconds that requests in flight get after SIGTERM before their connections are closed. */
  shutdownTimeoutSeconds: number;
  /** Seconds after SIGTERM that /readyz answers 503 while requests are still served. */
  shutdownDrainSeconds: number;
  /** Path of the JSON file of secret-scanning public keys; unset, the partner endpoint is off. */
  secretScanningKeys: string | undefined;
  metricsPort: number | undefined;
  metricsToken: string | undefined;
};

export class ConfigError extends Error {}

const DEFAULT_WEB_DIST = resolve(dirname(fileURLToPath(import.meta.url)), '../../../web/dist');

/**
 * Reads and validates the environment; throws ConfigError with one line naming the bad setting.
 * The result is frozen: every setting is final before the server starts (a test server picks its
 * port first, so its public URL is known too).
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Readonly<Config> {
  const config = readConfig(env);
  Object.freeze(config.rateLimits);
  Object.freeze(config.trustedProxies);
  return Object.freeze(config);
}

function readConfig(env: NodeJS.ProcessEnv): Config {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`Invalid setting ${name}: ${issue?.message ?? 'invalid'}`);
  }
  const raw = parsed.data;
  return {
    env: raw.NODE_ENV,
    port: raw.PORT,
    host: raw.HOST,
    publicUrl: (raw.PUBLIC_URL ?? `http://localhost:${raw.PORT}`).replace(/\/+$/, ''),
    databaseUrl: raw.DATABASE_URL,
    databaseCausalReads: raw.DATABASE_CAUSAL_READS,
    secretKey: raw.SECRET_KEY
      ? Buffer.from(raw.SECRET_KEY, 'base64')
      : loadOrCreateKey(raw.DATA_DIR),
    bcryptCost: raw.BCRYPT_COST,
    rateLimitsEnabled: raw.RATE_LIMITS,
    redisUrl: raw.REDIS_URL,
    trustedProxies: raw.TRUST_PROXY ?? [],
    rateLimits: {
      failedSignIn: raw.RATE_LIMIT_SIGN_IN,
      failedSignInPerIp: raw.RATE_LIMIT_SIGN_IN_IP,
      signUp: raw.RATE_LIMIT_SIGN_UP,
      failedClientAuth: raw.RATE_LIMIT_CLIENT_AUTH,
      tokenRequests: raw.RATE_LIMIT_TOKEN,
      authorizeRequests: raw.RATE_LIMIT_AUTHORIZE,
      signedOutAuthorizeRequestsPerIp: raw.RATE_LIMIT_AUTHORIZE_IP,
      deviceAuthorizations: raw.RATE_LIMIT_DEVICE,
      wrongUserCodes: raw.RATE_LIMIT_USER_CODE,
      wrongUserCodesPerIp: raw.RATE_LIMIT_CODE_IP,
      credentialReports: raw.RATE_LIMIT_CREDENTIALS,
    },
    accessTokenTtl: raw.ACCESS_TOKEN_TTL,
    refreshTokenTtl: raw.REFRESH_TOKEN_TTL,
    authorizationCodeTtl: raw.AUTHORIZATION_CODE_TTL,
    sessionTtl: raw.SESSION_TTL,
    deviceCodeTtl: raw.DEVICE_CODE_TTL,
    devicePollInterval: raw.DEVICE_POLL_INTERVAL,
    pushedRequestTtl: raw.PAR_REQUEST_TTL,
    idTokenTtl: raw.ID_TOKEN_TTL,
    sudoTtl: raw.SUDO_TTL,
    maxAppsPerAccount: raw.MAX_APPS_PER_ACCOUNT,
    maxNotesPerAccount: raw.MAX_NOTES_PER_ACCOUNT,
    logLevel: raw.LOG_LEVEL,
    webDistDir: raw.WEB_DIST_DIR ?? DEFAULT_WEB_DIST,
    shutdownTimeoutSeconds: raw.SHUTDOWN_TIMEOUT,
    shutdownDrainSeconds: raw.SHUTDOWN_DRAIN,
    secretScanningKeys: raw.SECRET_SCANNING_KEYS,
    metricsPort: raw.METRICS_PORT,
    metricsToken: raw.METRICS_TOKEN,
  };
}

/** SECRET_KEY absent outside production: generate it once, readable by the owner only. */
function loadOrCreateKey(dataDir: string): Buffer {
  const path = join(dataDir, 'secret.key');
  if (existsSync(path)) {
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32)
      throw new ConfigError(`Invalid setting SECRET_KEY: ${path} is not 32 bytes`);
    return key;
  }
  mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, key.toString('base64') + '\n', { mode: 0o600, flag: 'wx' });
  return key;
}
