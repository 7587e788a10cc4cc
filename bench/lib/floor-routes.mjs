// The figures' own floors, F1 to F4: what the bearer check (R1), introspection (R2), a refresh
// (R3) and a code exchange (R4) cost when a server does nothing but their statements, on the
// product's schema and data, through mysql2's prepared statements as the product sends them. No
// rate limits, events, metrics, log line, scope rules, DPoP or OpenID Connect: only what any
// server must do to keep the rules (the token live and the client's own, single use, a spent
// token or code refusing a second pair, the client's secret checked). R3 over F3 is then the
// product's own cost, F3 over F the cost of the statements themselves; likewise for the others.
import { createHash, timingSafeEqual } from 'node:crypto';
import { parse } from 'node:querystring';
import { mintToken, tokenKey } from './token-keys.mjs';

const ACCESS_TTL_MS = 3_600_000;
const REFRESH_TTL_MS = 2_592_000_000;
const sha256 = (value) => createHash('sha256').update(value).digest();

// The bearer check: the live access token by its key, with the profile /me shows.
const TOKEN_AND_PROFILE = `SELECT t.user_id, t.scope, u.email, u.display_name
  FROM oauth_tokens t JOIN users u ON u.id = t.user_id
  WHERE t.token_hash = ? AND t.kind = 'access' AND t.expires_at > ?`;

// Introspection: the client and, only if it is this client's, the token.
const CLIENT_AND_ACCESS_TOKEN = `SELECT c.id AS app_id, t.user_id, t.scope, t.created_at,
    t.expires_at
  FROM oauth_apps c
  LEFT JOIN oauth_tokens t ON t.token_hash = ? AND t.kind = 'access' AND t.app_id = c.id
  WHERE c.client_id = ?`;

// The client and the presented refresh token in one round trip, as the product reads them: only
// the client's own, and whether it was rotated already (a child names it).
const CLIENT_AND_REFRESH_TOKEN = `SELECT c.id AS app_id, t.id, t.user_id, t.scope, t.grant_id,
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

const TOKEN_COLUMNS =
  'token_hash, kind, app_id, user_id, scope, grant_id, parent_id, created_at, expires_at';

// R3 in one statement (F3S): the pair inserted from the presented token's row, which must be the
// client's own and live; the parent's unique key spends it, and RETURNING (MariaDB 10.5+) hands
// back the scope without a read. MariaDB copies the rows through a temporary table first, since
// the statement reads the table it writes.
const REFRESH_IN_ONE_STATEMENT = `INSERT INTO oauth_tokens (${TOKEN_COLUMNS})
  SELECT IF(k.n = 1, ?, ?), IF(k.n = 1, 'access', 'refresh'), t.app_id, t.user_id, t.scope,
    t.grant_id, IF(k.n = 1, NULL, t.id), ?, IF(k.n = 1, ?, ?)
  FROM oauth_apps c
  JOIN oauth_tokens t ON t.token_hash = ? AND t.kind = 'refresh' AND t.app_id = c.id
    AND t.expires_at > ?
  JOIN (SELECT 1 AS n UNION ALL SELECT 2) k
  WHERE c.client_id = ?
  RETURNING scope`;

// R3 in one round trip (F3M): F3's SELECT and INSERT sent together as one multi-statement query,
// the token's row carried from one to the other in session variables (reset first, since a
// pooled connection keeps them). Nothing is inserted unless the client's own live token was
// found, as app_id is NOT NULL; the parent's unique key still spends it.
const REFRESH_IN_ONE_TRIP = `SET @id = NULL, @app = NULL, @user = NULL, @scope = NULL, @grant = NULL;
  SELECT t.id, t.app_id, t.user_id, t.scope, t.grant_id INTO @id, @app, @user, @scope, @grant
    FROM oauth_apps c
    JOIN oauth_tokens t ON t.token_hash = ? AND t.kind = 'refresh' AND t.app_id = c.id
      AND t.expires_at > ?
    WHERE c.client_id = ?;
  INSERT INTO oauth_tokens (${TOKEN_COLUMNS})
    VALUES (?, 'access', @app, @user, @scope, @grant, NULL, ?, ?),
      (?, 'refresh', @app, @user, @scope, @grant, @id, ?, ?);
  SELECT @scope AS scope`;

const PAIR = `INSERT INTO oauth_tokens (${TOKEN_COLUMNS}, from_code)
  VALUES (?, 'access', ?, ?, ?, ?, NULL, ?, ?, NULL), (?, 'refresh', ?, ?, ?, ?, ?, ?, ?, ?)`;

/**
 * GET /me, POST /introspect, POST /refresh (and its one-statement and one-trip shapes) and
 * POST /exchange on the floor `app`, answering as the product's routes do, through the floor's
 * `pool` (and one that `openPool` opens for multi-statement queries). `auth` is the one
 * Authorization header the bench's client sends: its digest is what a secret compares against,
 * the way the product compares SHA-256 digests in constant time.
 */
export function registerFigureFloors(app, { pool, openPool }, auth) {
  const expected = sha256(auth);
  const oneTrip = openPool({ multipleStatements: true });
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
  /**
   * What every client-authenticated floor route does first, as the product does: the client and
   * the form's `field`. Null when it answered the refusal itself.
   */
  const presentedBy = (request, reply, field) => {
    const clientId = clientOf(request);
    const value = request.body?.[field];
    if (clientId === null) refused(reply, 401, 'invalid_client');
    else if (typeof value !== 'string') refused(reply, 400, 'invalid_request');
    else return { clientId, value };
    return null;
  };
  /** Then the client-and-credential `sql` with `keyOf(field)`, for the routes that read first. */
  const withClient = async (request, reply, field, sql, keyOf) => {
    const presented = presentedBy(request, reply, field);
    if (!presented) return null;
    const { clientId } = presented;
    const key = keyOf(presented.value);
    const [[row]] = await pool.execute(sql, [key, clientId]);
    if (!row) {
      refused(reply, 401, 'invalid_client');
      return null;
    }
    return { clientId, key, row };
  };

  app.get('/me', async (request, reply) => {
    const raw = /^Bearer (\S+)$/.exec(request.headers.authorization ?? '')?.[1];
    if (raw === undefined) return refused(reply, 401, 'invalid_token');
    const [[row]] = await pool.execute(TOKEN_AND_PROFILE, [tokenKey(raw), Date.now()]);
    if (!row) return refused(reply, 401, 'invalid_token');
    return { id: row.user_id, email: row.email, display_name: row.display_name };
  });

  app.post('/introspect', async (request, reply) => {
    const found = await withClient(request, reply, 'token', CLIENT_AND_ACCESS_TOKEN, tokenKey);
    if (!found) return reply;
    const { clientId, row } = found;
    reply.header('Cache-Control', 'no-store');
    if (row.user_id === null || Number(row.expires_at) <= Date.now()) return { active: false };
    return {
      active: true,
      scope: row.scope,
      client_id: clientId,
      token_type: 'Bearer',
      exp: Math.floor(Number(row.expires_at) / 1000),
      iat: Math.floor(Number(row.created_at) / 1000),
      sub: row.user_id,
    };
  });

  app.post('/refresh', async (request, reply) => {
    const found = await withClient(
      request,
      reply,
      'refresh_token',
      CLIENT_AND_REFRESH_TOKEN,
      tokenKey,
    );
    if (!found) return reply;
    const { row } = found;
    if (row.id === null || row.spent !== null || Number(row.expires_at) <= Date.now())
      return refused(reply, 400, 'invalid_grant');
    return issuePair(pool, reply, { ...row, parentId: row.id, fromCode: null });
  });

  /** F3S and F3M: the pair minted, then `send` runs the shape and returns the scope or null. */
  const refreshIn = (send) => async (request, reply) => {
    const presented = presentedBy(request, reply, 'refresh_token');
    if (!presented) return reply;
    const pair = mintPair();
    let scope;
    try {
      scope = await send({ clientId: presented.clientId, parent: tokenKey(presented.value), pair });
    } catch (error) {
      // No live token of this client's (a NULL app_id), or a spent one (the parent's unique key).
      const { code } = /** @type {{ code?: string }} */ (error);
      if (code === 'ER_BAD_NULL_ERROR' || code === 'ER_DUP_ENTRY') scope = null;
      else throw error;
    }
    if (scope === null) return refused(reply, 400, 'invalid_grant');
    return pairAnswer(reply, pair, scope);
  };

  app.post(
    '/refresh-in-one-statement',
    refreshIn(async ({ clientId, parent, pair }) => {
      const { now, accessKey, refreshKey, accessExpires, refreshExpires } = pair;
      const [rows] = await pool.execute(REFRESH_IN_ONE_STATEMENT, [
        ...[accessKey, refreshKey, now, accessExpires, refreshExpires],
        ...[parent, now, clientId],
      ]);
      return rows.length === 2 ? rows[0].scope : null;
    }),
  );

  app.post(
    '/refresh-in-one-trip',
    refreshIn(async ({ clientId, parent, pair }) => {
      const { now, accessKey, refreshKey, accessExpires, refreshExpires } = pair;
      const [results] = await oneTrip.query(REFRESH_IN_ONE_TRIP, [
        ...[parent, now, clientId],
        ...[accessKey, now, accessExpires],
        ...[refreshKey, now, refreshExpires],
      ]);
      return results[3][0].scope;
    }),
  );

  app.post('/exchange', async (request, reply) => {
    const codeHashOf = (code) => sha256(code).toString('hex');
    const found = await withClient(request, reply, 'code', CLIENT_AND_CODE, codeHashOf);
    if (!found) return reply;
    const { key: codeHash, row } = found;
    const usable =
      row.code_app_id === row.app_id &&
      row.exchanged === null &&
      row.used_at === null &&
      Number(row.expires_at) > Date.now() &&
      row.redirect_uri === request.body.redirect_uri;
    if (!usable) return refused(reply, 400, 'invalid_grant');
    return issuePair(pool, reply, {
      ...row,
      grant_id: codeHash,
      parentId: null,
      fromCode: codeHash,
    });
  });
}

/** An access and a refresh token as the measured build mints them, with their keys and ends. */
function mintPair() {
  const now = Date.now();
  const access = mintToken('bnd_at_');
  const refresh = mintToken('bnd_rt_');
  return {
    now,
    access,
    refresh,
    accessKey: tokenKey(access),
    refreshKey: tokenKey(refresh),
    accessExpires: now + ACCESS_TTL_MS,
    refreshExpires: now + REFRESH_TTL_MS,
  };
}

/** The token response the product's grants answer with (RFC 6749 §5.1). */
function pairAnswer(reply, { access, refresh }, scope) {
  reply.header('Cache-Control', 'no-store');
  return {
    access_token: access,
    token_type: 'Bearer',
    expires_in: ACCESS_TTL_MS / 1000,
    refresh_token: refresh,
    scope,
  };
}

/** One INSERT of the access and refresh token; the parent's or the code's unique key spends it. */
async function issuePair(pool, reply, { app_id, user_id, scope, grant_id, parentId, fromCode }) {
  const pair = mintPair();
  const owner = [app_id, user_id, scope, grant_id];
  await pool.execute(PAIR, [
    ...[pair.accessKey, ...owner, pair.now, pair.accessExpires],
    ...[pair.refreshKey, ...owner, parentId, pair.now, pair.refreshExpires, fromCode],
  ]);
  return pairAnswer(reply, pair, scope);
}
