import { z } from 'zod';
import { mysqlUrlProblem } from '../db/cluster/database-hosts.js';
import { parseTrustedProxies, trustedProxiesProblem } from './trusted-proxies.js';

const booleanSwitch = z.enum(['on', 'off']).transform((v) => v === 'on');
const seconds = z.coerce.number().int().positive();
/** A rate limit as `max/windowSeconds`, e.g. `10/900`. */
const rateRule = z
  .string()
  .regex(/^\d+\/\d+$/, 'must be MAX/SECONDS, e.g. 10/900')
  .transform((v) => {
    const [max = 0, windowSeconds = 0] = v.split('/').map(Number);
    return { max, windowSeconds };
  });

/** Every setting the server reads, validated once at start (docs/configuration.md). */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    PUBLIC_URL: z.url().optional(),
    DATABASE_URL: z
      .string()
      .regex(/^(sqlite:.+|mysql:\/\/.+)$/, 'must be sqlite:PATH or mysql://user:pass@host:port/db')
      // A MySQL URL may list several hosts: mysql://user:pass@host1:3306,host2:3306/db.
      .superRefine((url, ctx) => {
        const problem = url.startsWith('mysql://') ? mysqlUrlProblem(url) : null;
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .default('sqlite:./data/bnder.sqlite'),
    // On Galera, reads wait for every earlier commit of the cluster (wsrep_sync_wait). Turning
    // it off is for measuring what that costs: a revoked token could then work for a moment.
    DATABASE_CAUSAL_READS: booleanSwitch.default(true),
    DATA_DIR: z.string().min(1).default('./data'),
    SECRET_KEY: z
      .string()
      .refine((k) => Buffer.from(k, 'base64').length === 32, 'must be 32 bytes, base64 encoded')
      .optional(),
    BCRYPT_COST: z.coerce.number().int().min(4).max(15).default(12),
    RATE_LIMITS: booleanSwitch.default(true),
    REDIS_URL: z
      .string()
      .regex(/^rediss?:\/\/.+/, 'must be redis://host:port')
      .optional(),
    // Unset: X-Forwarded-* headers are ignored, so no client can name its own address.
    TRUST_PROXY: z
      .string()
      .superRefine((value, ctx) => {
        const problem = trustedProxiesProblem(value);
        if (problem) ctx.addIssue({ code: 'custom', message: problem });
      })
      .transform(parseTrustedProxies)
      .optional(),
    RATE_LIMIT_SIGN_IN: rateRule.prefault('10/900'),
    RATE_LIMIT_SIGN_IN_IP: rateRule.prefault('100/900'),
    RATE_LIMIT_SIGN_UP: rateRule.prefault('100/3600'),
    RATE_LIMIT_CLIENT_AUTH: rateRule.prefault('20/60'),
    RATE_LIMIT_TOKEN: rateRule.prefault('1200/60'),
    RATE_LIMIT_AUTHORIZE: rateRule.prefault('300/60'),
    // Signed-out authorize links per client address: no session to count them by otherwise.
    RATE_LIMIT_AUTHORIZE_IP: rateRule.prefault('60/60'),
    RATE_LIMIT_DEVICE: rateRule.prefault('60/60'),
    // RFC 8628 §5.1: a user code has about 34 bits, so wrong guesses are limited hard.
    RATE_LIMIT_USER_CODE: rateRule.prefault('10/900'),
    RATE_LIMIT_CODE_IP: rateRule.prefault('50/900'),
    // POST /oauth/credentials/revoke, per client address: it is public and does database work.
    RATE_LIMIT_CREDENTIALS: rateRule.prefault('30/60'),
    ACCESS_TOKEN_TTL: seconds.default(3600),
    REFRESH_TOKEN_TTL: seconds.default(30 * 24 * 3600),
    // RFC 6749 §4.1.2 recommends at most 10 minutes; the product promises at most 5.
    AUTHORIZATION_CODE_TTL: seconds.max(300).default(300),
    SESSION_TTL: seconds.default(30 * 24 * 3600),
    // RFC 8628 §3.2: how long a device code lives, and how often the device may poll.
    DEVICE_CODE_TTL: seconds.default(900),
    DEVICE_POLL_INTERVAL: seconds.default(5),
    // RFC 9126 §2.2: a pushed request's request_uri lives this long; see docs/configuration.md.
    PAR_REQUEST_TTL: seconds.max(600).default(90),
    // OpenID Connect Core §2: how long an ID token is valid; a retired signing key stays in the
    // JWKS this long after its retirement.
    ID_TOKEN_TTL: seconds.default(3600),
    // Sudo mode: a cookie session reveals, rotates or drops a secret, or deletes an app, only this
    // long after the password was last proven.
    SUDO_TTL: seconds.default(15 * 60),
    // After SIGTERM, requests in flight get this long before every connection is closed.
    SHUTDOWN_TIMEOUT: z.coerce.number().int().min(0).max(3600).default(10),
    // Caps per account, so one account cannot grow a list (and its pages' cost) without bound.
    MAX_APPS_PER_ACCOUNT: z.coerce.number().int().min(1).max(100_000).default(100),
    MAX_NOTES_PER_ACCOUNT: z.coerce.number().int().min(1).max(10_000_000).default(10_000),
    // After SIGTERM, /readyz answers 503 this long before the server stops accepting requests,
    // so a load balancer takes the instance out first.
    SHUTDOWN_DRAIN: z.coerce.number().int().min(0).max(600).default(0),
    // The code hosts' public keys for secret-scanning reports (a JSON file); unset: no endpoint.
    SECRET_SCANNING_KEYS: z.string().min(1).optional(),
    // GET /metrics on a listener of its own, and/or behind a bearer token on the main port.
    METRICS_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    METRICS_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
    LOG_LEVEL: z
      .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
      .default('info'),
    WEB_DIST_DIR: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (env.NODE_ENV === 'production' && env.SECRET_KEY === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['SECRET_KEY'],
        message: 'is required when NODE_ENV=production',
      });
    }
  });

export type RawConfig = z.infer<typeof configSchema>;
