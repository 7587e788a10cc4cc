import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './build.mjs';
import { checkGrant, checkIntrospect, checkMe } from './checks.mjs';
import { connect, createDatabase, databaseUrl, dropDatabase } from './database.mjs';
import { boundAccessToken, currentNonce, dpopKey } from './dpop.mjs';
import { setUpAccountAndApp } from './flow.mjs';
import { freePort, redisPid, startNode } from './processes.mjs';
import { createFillerOwners } from './filler.mjs';
import { mintCodes, mintRefreshTokens } from './seed.mjs';
import { RAW_DIR, ROOT, SERVER_MAIN, settings } from './settings.mjs';
import { ensureWrk } from './wrk.mjs';

/** Undo steps, run last-in first-out on close or on Ctrl-C. */
const cleanups = [];
/** Adds an undo step for cleanUp(). */
export const atCleanUp = (step) => void cleanups.push(step);
export async function cleanUp() {
  while (cleanups.length > 0) {
    await cleanups
      .pop()()
      .catch((error) => console.error(error.message));
  }
}
process.once('SIGINT', () => void cleanUp().then(() => process.exit(130)));

/**
 * The product from its build, as a user starts it, on `database`; logging to raw/server.log.
 * `env` adds to or overrides its settings (the soak turns rate limits on), `logFile` moves the log.
 */
export async function startProduct(
  database,
  profileDir,
  { env = {}, logFile = join(RAW_DIR, 'server.log') } = {},
) {
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const product = await startNode({
    args: [...(profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []), SERVER_MAIN],
    env: {
      DATABASE_URL: database.startsWith('sqlite:') ? database : databaseUrl(database),
      PORT: String(port),
      PUBLIC_URL: baseUrl,
      SECRET_KEY: randomBytes(32).toString('base64'),
      ...(settings.rateLimits ? COUNTED_LIMITS : { RATE_LIMITS: 'off' }),
      NODE_ENV: 'production',
      ...settings.productEnv,
      ...env,
    },
    logFile,
    readyUrl: `${baseUrl}/healthz`,
  });
  return { baseUrl, product };
}

/** BENCH_RATE_LIMITS=on: every limit on the token path counts, none refuses at the bench's rates. */
const COUNTED_LIMITS = {
  RATE_LIMITS: 'on',
  RATE_LIMIT_TOKEN: '1000000000/60',
  RATE_LIMIT_CLIENT_AUTH: '1000000000/60',
};

/**
 * Runs the floor server on the same database for the duration of `work(url, pid)`: `database` is
 * a MariaDB database's name or a full `sqlite:` URL. With `clientAuth` (the bench client's
 * Authorization header) it also serves the figures' floors F1 to F4 (lib/floor-routes.mjs), keying
 * tokens as the measured build does.
 */
export async function withFloor(database, userId, work, { clientAuth = '' } = {}) {
  const port = await freePort();
  const url = database.startsWith('sqlite:') ? database : databaseUrl(database);
  const floor = await startNode({
    args: [join(ROOT, 'bench/floor-server.mjs')],
    env: {
      DATABASE_URL: url,
      PORT: String(port),
      FLOOR_USER_ID: userId,
      FLOOR_CLIENT_AUTH: clientAuth,
      ...(process.env.BENCH_SERVER_MAIN
        ? { BENCH_SERVER_MAIN: process.env.BENCH_SERVER_MAIN }
        : {}),
    },
    logFile: join(RAW_DIR, 'floor.log'),
    readyUrl: `http://127.0.0.1:${port}/`,
  });
  try {
    return await work(`http://127.0.0.1:${port}/`, floor.pid);
  } finally {
    await floor.stop();
  }
}

/**
 * Everything a figure needs: a fresh database, the running product, a user with a confidential
 * app authorized over HTTP, two database connections for seeding, and per figure the request
 * (`specs`) and a one-request content check (`checks`).
 * @param {{ profileDir?: string }} [options]
 */
export async function openBench({ profileDir } = {}) {
  ensureWrk();
  ensureBuilt();
  mkdirSync(RAW_DIR, { recursive: true });
  const tmpDir = mkdtempSync(join(tmpdir(), 'bnder-bench-'));
  cleanups.push(async () => rmSync(tmpDir, { recursive: true, force: true }));
  const db = await createDatabase();
  cleanups.push(() => dropDatabase(db.name));
  // One key for every instance of the product on this database (R1D-redis starts a second).
  const secretKey = randomBytes(32).toString('base64');
  const { baseUrl, product } = await startProduct(db.name, profileDir, {
    env: { SECRET_KEY: secretKey },
  });
  cleanups.push(() => product.stop());
  const flow = await setUpAccountAndApp(baseUrl, settings);
  const conns = await Promise.all([connect(db.name), connect(db.name)]);
  cleanups.push(() => Promise.all(conns.map((c) => c.end())));
  const [conn] = conns;
  const [[app]] = await conn.query('SELECT id FROM oauth_apps WHERE client_id = ?', [
    flow.clientId,
  ]);
  const [[issued]] = await conn.query(
    "SELECT scope, expires_at - created_at AS ttl FROM oauth_tokens WHERE kind = 'refresh' AND app_id = ?",
    [app.id],
  );
  const owner = { appId: app.id, userId: flow.userId, scope: issued.scope };
  await createFillerOwners(conn);

  const mintRefresh = (count) =>
    mintRefreshTokens(conn, { ...owner, ttlMs: Number(issued.ttl), count });
  const mintCode = (count) =>
    mintCodes(conn, { ...owner, redirectUri: settings.redirectUri, ttlMs: 300_000, count });
  const exchange = { grant_type: 'authorization_code', redirect_uri: settings.redirectUri };
  // A build from before DPoP (BENCH_SERVER_MAIN) can still run the figures that do not use it.
  const only = process.env.BENCH_ONLY?.split(',').map((id) => id.trim());
  const r1d =
    !only || only.some((id) => id.startsWith('R1D'))
      ? await dpopFigure(baseUrl, product.pid, flow, mintRefresh)
      : null;
  const tokenUrl = `${baseUrl}/oauth/token`;
  const { pid } = product;
  const specs = {
    R1: {
      url: `${baseUrl}/consumer/v1/me`,
      pid,
      env: { BENCH_AUTH: `Bearer ${flow.accessToken}` },
    },
    R1D: /** @type {NonNullable<typeof r1d>['spec']} */ (r1d?.spec),
    R2: {
      url: `${baseUrl}/oauth/introspect`,
      pid,
      env: { BENCH_METHOD: 'POST', BENCH_BODY: `token=${flow.accessToken}`, BENCH_AUTH: flow.auth },
    },
    R3: {
      url: tokenUrl,
      pid,
      body: 'grant_type=refresh_token&refresh_token={}',
      auth: flow.auth,
      mint: mintRefresh,
    },
    R4: {
      url: tokenUrl,
      pid,
      body: `${new URLSearchParams(exchange)}&code={}`,
      auth: flow.auth,
      mint: mintCode,
    },
  };
  const checks = {
    R1: () => checkMe(baseUrl, flow.accessToken, flow.userId),
    R1D: /** @type {NonNullable<typeof r1d>['check']} */ (r1d?.check),
    R2: () => checkIntrospect(baseUrl, flow.auth, flow.accessToken),
    R3: async () => {
      const [token] = await mintRefresh(1);
      await checkGrant('R3', baseUrl, flow.auth, {
        grant_type: 'refresh_token',
        refresh_token: token,
      });
    },
    R4: async () => {
      const [code] = await mintCode(1);
      await checkGrant('R4', baseUrl, flow.auth, { ...exchange, code });
    },
  };
  return {
    db,
    baseUrl,
    product,
    conn,
    conns,
    flow,
    tmpDir,
    specs,
    checks,
    mintRefresh,
    mintCode,
    secretKey,
  };
}

/**
 * R1 with DPoP on the product at `baseUrl`: a token bound to one key, and proofs made just
 * before each run (their iat must be within a minute, and each jti is accepted once).
 */
async function dpopFigure(
  baseUrl,
  pid,
  flow,
  mintRefresh,
  storePid = /** @type {number | null} */ (null),
) {
  const key = dpopKey();
  const meUrl = `${baseUrl}/consumer/v1/me`;
  const boundToken = await boundAccessToken(baseUrl, flow.auth, (await mintRefresh(1))[0], key);
  const mintProofs = async (count) => {
    const nonce = await currentNonce(baseUrl);
    return Array.from({ length: count }, () =>
      key.proof('GET', meUrl, { nonce, accessToken: boundToken }),
    );
  };
  const spec = {
    url: meUrl,
    pid,
    storePid,
    body: '',
    header: 'DPoP',
    auth: `DPoP ${boundToken}`,
    mint: mintProofs,
  };
  const check = async () => {
    const [proof] = await mintProofs(1);
    await checkMe(baseUrl, boundToken, flow.userId, { dpop: proof, scheme: 'DPoP' });
  };
  return { spec, check };
}

/** Where R1D-redis finds Redis (BENCH_REDIS_URL); its port also finds redis-server's pid. */
export const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';

/**
 * R1D-redis: a second instance of the product on the same database with REDIS_URL set, so
 * DPoP's jti are kept in Redis (SET NX) as a multi-instance deployment keeps them, and
 * redis-server's CPU counts with the request's. Null when no Redis listens there.
 * @param {Awaited<ReturnType<typeof openBench>>} bench
 * @param {string} [profileDir]
 */
export async function openRedisFigure(bench, profileDir) {
  const storePid = redisPid(Number(new URL(REDIS_URL).port || 6379));
  if (storePid === null) return null;
  const { baseUrl, product } = await startProduct(bench.db.name, profileDir, {
    env: { REDIS_URL, SECRET_KEY: bench.secretKey },
    logFile: join(RAW_DIR, 'server-redis.log'),
  });
  cleanups.push(() => product.stop());
  const figure = await dpopFigure(baseUrl, product.pid, bench.flow, bench.mintRefresh, storePid);
  return { ...figure, product };
}
