// The grants' own floors, F3 and F4: what a refresh (R3) and a code exchange (R4) cost when a
// server does nothing but their statements, on the product's schema and data, through mysql2's
// prepared statements as the product sends them. No rate limits, events, metrics, log line,
// scope rules, DPoP or OpenID Connect: only what any server must do to keep the grants' rules
// (single use, a spent token or code refusing a second pair, the client's secret checked).
// R3 over F3 is then the product's own cost; F3 over F the cost of the statements themselves.
import { createHash, timingSafeEqual } from 'node:crypto';
import { parse } from 'node:querystring';
import { mintToken, tokenKey } from './token-keys.mjs';

const ACCESS_TTL_MS = 3_600_000;
const REFRESH_TTL_MS = 2_592_000_000;
const sha256 = (value) => createHash('sha256').update(value).digest();

const TOKEN_COLUMNS =
  'token_hash, kind, app_id, user_id, scope, grant_id, parent_id, created_at, expires_at';
const PAIR = `INSERT INTO oauth_tokens (${TOKEN_COLUMNS}, from_code)
  VALUES (?, 'access', ?, ?, ?, ?, NULL, ?, ?, NULL), (?, 'refresh', ?, ?, ?, ?, ?, ?, ?, ?)`;

// The client and the presented token in one round trip, as the product reads them: only the
// client's own live refresh token, and whether it was rotated already (a child names it).
const CLIENT_AND_TOKEN = `SELECT c.id AS app_id, t.id, t.user_id, t.scope, t.grant_id,
    t.expires_at, s.id AS spent
  FROM oauth_apps c
  LEFT JOIN oauth_tokens t ON t.token_hash = ? AND t.kind = 'refresh' AND t.app_id = c.id
  LEFT JOIN oauth_tokens s ON s.parent_id = t.id AND s.kind = 'refresh'
  WHERE c.client_id = ?`;

// The client and any client's code, with whether a pair was issued for it (from_code).
const CLIENT_AND_CODE = `SELECT c.id AS app_id, k.app_id AS code_app_id, k.user_id, k.scope,
    k.redirect_uri, k.expires_at, k.used_at, x.id AS exchanged
  FROM oauth_apps c
  LEFT JOIN oauth_authorization_codes k ON k.code_hash = ?
  LEFT JOIN oauth_tokens x ON x.from_code = k.code_hash
  WHERE c.client_id = ?`;

/**
 * POST /refresh and POST /exchange on the floor `app`, answering as /oauth/token does. `auth` is
 * the one Authorization header the bench's client sends: its digest is what a secret compares
 * against, the way the product compares SHA-256 digests in constant time.
 */
export function registerGrantFloors(app, pool, auth) {
  const expected = sha256(auth);
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'string' },
    (_request, body, done) => done(null, parse(body)),
  );
  const clientOf = (request) => {
    const header = request.headers.authorization ?? '';
    if (!timingSafeEqual(sha256(header), expected)) return null;
    const decoded = Buffer.from(header.slice('Basic '.length), 'base64').toString();
    return decoded.slice(0, decoded.indexOf(':'));
  };
  const refused = (reply, status, error) => reply.code(status).send({ error });

  app.post('/refresh', async (request, reply) => {
    const clientId = clientOf(request);
    const raw = request.body?.refresh_token;
    if (clientId === null) return refused(reply, 401, 'invalid_client');
    if (typeof raw !== 'string') return refused(reply, 400, 'invalid_request');
    const [[row]] = await pool.execute(CLIENT_AND_TOKEN, [tokenKey(raw), clientId]);
    if (!row) return refused(reply, 401, 'invalid_client');
    if (row.id === null || row.spent !== null || Number(row.expires_at) <= Date.now())
      return refused(reply, 400, 'invalid_grant');
    return issuePair(pool, reply, { ...row, parentId: row.id, fromCode: null });
  });

  app.post('/exchange', async (request, reply) => {
    const clientId = clientOf(request);
    const { code, redirect_uri: redirectUri } = request.body ?? {};
    if (clientId === null) return refused(reply, 401, 'invalid_client');
    if (typeof code !== 'string') return refused(reply, 400, 'invalid_request');
    const codeHash = sha256(code).toString('hex');
    const [[row]] = await pool.execute(CLIENT_AND_CODE, [codeHash, clientId]);
    if (!row) return refused(reply, 401, 'invalid_client');
    const usable =
      row.code_app_id === row.app_id &&
      row.exchanged === null &&
      row.used_at === null &&
      Number(row.expires_at) > Date.now() &&
      row.redirect_uri === redirectUri;
    if (!usable) return refused(reply, 400, 'invalid_grant');
    return issuePair(pool, reply, {
      ...row,
      grant_id: codeHash,
      parentId: null,
      fromCode: codeHash,
    });
  });
}

/** One INSERT of the access and refresh token; the parent's or the code's unique key spends it. */
async function issuePair(pool, reply, { app_id, user_id, scope, grant_id, parentId, fromCode }) {
  const now = Date.now();
  const access = mintToken('bnd_at_');
  const refresh = mintToken('bnd_rt_');
  const owner = [app_id, user_id, scope, grant_id];
  await pool.execute(PAIR, [
    ...[tokenKey(access), ...owner, now, now + ACCESS_TTL_MS],
    ...[tokenKey(refresh), ...owner, parentId, now, now + REFRESH_TTL_MS, fromCode],
  ]);
  reply.header('Cache-Control', 'no-store');
  return {
    access_token: access,
    token_type: 'Bearer',
    expires_in: ACCESS_TTL_MS / 1000,
    refresh_token: refresh,
    scope,
  };
}
