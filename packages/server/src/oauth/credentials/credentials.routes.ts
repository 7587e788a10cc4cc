import type { FastifyInstance } from 'fastify';
import type { Config } from '../../config/load-config.js';
import type { RateLimiter } from '../../rate-limits/rate-limiter.js';
import { noStore } from '../../toolkit/http/security-headers.js';
import { InvalidRequest } from '../errors.js';
import type { LeakedCredentials } from './leaked-credentials.js';
import { UnverifiedReport, sendReportError } from './report-errors.js';
import { readRevokeRequest } from './revoke-request.js';
import { readScanReport, verdictOf } from './scan-report.js';
import type { ScanningKeys } from './scanning-keys.js';

export type CredentialReportDeps = {
  leaked: LeakedCredentials;
  limiter: RateLimiter;
  limits: Config['rateLimits'];
  /** Null when SECRET_SCANNING_KEYS is not set: the partner endpoint does not exist (404). */
  scanningKeys: ScanningKeys | null;
};

/** Requests carry up to 1,000 credentials of a few dozen characters each. */
const REPORT_BODY_LIMIT = 256 * 1024;

/** The two ways a credential found in public reaches Bnder. Neither logs a credential. */
export async function registerCredentialReports(
  app: FastifyInstance,
  deps: CredentialReportDeps,
): Promise<void> {
  await app.register(async (scope) => {
    scope.setErrorHandler(async (error, request, reply) => sendReportError(error, request, reply));
    registerRevokeApi(scope, deps);
    if (deps.scanningKeys) registerScanReport(scope, deps.leaked, deps.scanningKeys);
  });
}

/**
 * POST /oauth/credentials/revoke, public like GitHub's credential revocation API: anyone who
 * finds a credential may report it. Always 202, whatever the strings were, so the endpoint
 * cannot be used to test whether a string is a live credential; limited per client address.
 */
function registerRevokeApi(scope: FastifyInstance, deps: CredentialReportDeps): void {
  scope.post(
    '/oauth/credentials/revoke',
    { bodyLimit: REPORT_BODY_LIMIT },
    async (request, reply) => {
      noStore(reply);
      await deps.limiter.hit(`credential-reports:${request.ip}`, deps.limits.credentialReports);
      await deps.leaked.act(readRevokeRequest(request.body), { url: null });
      return reply.code(202).send();
    },
  );
}

/**
 * POST /oauth/credentials/scan-report, GitHub's secret-scanning partner format: the report is
 * acted on only when its signature over the raw bytes verifies, so the body is kept as a Buffer.
 */
function registerScanReport(
  parent: FastifyInstance,
  leaked: LeakedCredentials,
  keys: ScanningKeys,
): void {
  void parent.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer' }, (_request, body, done) =>
      done(null, body),
    );
    scope.post(
      '/oauth/credentials/scan-report',
      { bodyLimit: REPORT_BODY_LIMIT },
      async (request, reply) => {
        noStore(reply);
        const keyId = request.headers['github-public-key-identifier'];
        const signature = request.headers['github-public-key-signature'];
        if (typeof keyId !== 'string' || typeof signature !== 'string' || !keyId || !signature)
          throw new InvalidRequest(
            'Github-Public-Key-Identifier and Github-Public-Key-Signature are required',
          );
        if (!keys.has(keyId)) throw new UnverifiedReport('Unknown key identifier');
        const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
        if (!keys.verifies(keyId, raw, signature))
          throw new UnverifiedReport('The signature does not match the report');
        const matches = readScanReport(raw);
        const verdicts = [];
        for (const match of matches) {
          const live = await leaked.act([match.token], { url: match.url });
          verdicts.push(verdictOf(match, live.size > 0));
        }
        return reply.code(200).send(verdicts);
      },
    );
  });
}
