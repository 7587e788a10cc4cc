import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkGrant, checkIntrospect, checkMe } from './checks.mjs';
import { startProduct, withFloor } from './context.mjs';
import { serverRequire } from './database.mjs';
import { setUpAccountAndApp } from './flow.mjs';
import { measurePool, measureStatic } from './measure.mjs';
import { RAW_DIR, settings } from './settings.mjs';
import { mintToken, tokenKey } from './token-keys.mjs';

/**
 * The embedded default: F, R1, R2 and R3 with the product on a SQLite file (DATABASE_URL
 * `sqlite:`), driven by the same wrk scripts as on MariaDB. The database runs inside the server
 * process, so its CPU per request is all of the cost. The bench writes its refresh tokens into
 * the same file through better-sqlite3 (WAL lets it while the product reads).
 */
export async function measureSqlite(log) {
  mkdirSync(RAW_DIR, { recursive: true });
  const dir = mkdtempSync(join(tmpdir(), 'bnder-bench-sqlite-'));
  const url = `sqlite:${join(dir, 'bnder.db')}`;
  const { baseUrl, product } = await startProduct(url, undefined, {
    logFile: join(RAW_DIR, 'server-sqlite.log'),
  });
  const Database = serverRequire('better-sqlite3');
  let db = null;
  try {
    const flow = await setUpAccountAndApp(baseUrl, settings);
    db = new Database(url.slice('sqlite:'.length));
    db.pragma('busy_timeout = 5000');
    const app = db.prepare('SELECT id FROM oauth_apps WHERE client_id = ?').get(flow.clientId);
    const issued = db
      .prepare(
        "SELECT scope, expires_at - created_at AS ttl FROM oauth_tokens WHERE kind = 'refresh' AND app_id = ?",
      )
      .get(app.id);
    const mint = mintRefreshTokens(db, {
      appId: app.id,
      userId: flow.userId,
      scope: issued.scope,
      ttlMs: Number(issued.ttl),
    });
    const { pid } = product;
    const tmp = mkdtempSync(join(dir, 'pools-'));
    const floor = (label) =>
      withFloor(url, flow.userId, (floorUrl, floorPid) =>
        measureStatic(label, { url: floorUrl, env: {}, pid: floorPid, embedded: true }),
      );
    const F = await floor('sqlite-F');
    log(`SQLite: F ${F.rps.toFixed(0)} req/s`);
    await checkMe(baseUrl, flow.accessToken, flow.userId);
    const R1 = await measureStatic('sqlite-R1', {
      url: `${baseUrl}/consumer/v1/me`,
      pid,
      embedded: true,
      env: { BENCH_AUTH: `Bearer ${flow.accessToken}` },
    });
    log(`SQLite: R1 ${R1.rps.toFixed(0)} req/s`);
    await checkIntrospect(baseUrl, flow.auth, flow.accessToken);
    const R2 = await measureStatic('sqlite-R2', {
      url: `${baseUrl}/oauth/introspect`,
      pid,
      embedded: true,
      env: { BENCH_METHOD: 'POST', BENCH_BODY: `token=${flow.accessToken}`, BENCH_AUTH: flow.auth },
    });
    log(`SQLite: R2 ${R2.rps.toFixed(0)} req/s`);
    const [checkToken] = await mint(1);
    await checkGrant('SQLite R3', baseUrl, flow.auth, {
      grant_type: 'refresh_token',
      refresh_token: checkToken,
    });
    const R3 = await measurePool('sqlite-R3', {
      url: `${baseUrl}/oauth/token`,
      pid,
      embedded: true,
      body: 'grant_type=refresh_token&refresh_token={}',
      auth: flow.auth,
      mint,
      knownRps: null,
      tmpDir: tmp,
    });
    log(`SQLite: R3 ${R3.rps.toFixed(0)} req/s`);
    const pragmas = {
      journalMode: db.pragma('journal_mode', { simple: true }),
      synchronous: db.pragma('synchronous', { simple: true }),
    };
    const figures = { R1, R2, R3 };
    return {
      version: db.prepare('SELECT sqlite_version() AS v').get().v,
      pragmas,
      floor: F,
      figures: Object.entries(figures).map(([id, run]) => ({
        id,
        ...run,
        ratio: F.totalCpuMsPerRequest / run.totalCpuMsPerRequest,
        rpsRatio: run.rps / F.rps,
      })),
    };
  } finally {
    db?.close();
    await product.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Live refresh tokens, each its own grant, as seed.mjs mints them on MariaDB. */
function mintRefreshTokens(db, { appId, userId, scope, ttlMs }) {
  const insert = db.prepare(
    'INSERT INTO oauth_tokens (token_hash, kind, app_id, user_id, scope, grant_id, created_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const insertAll = db.transaction((rows) => {
    for (const row of rows) insert.run(row);
  });
  return async (count) => {
    const now = Date.now();
    const raws = [];
    const rows = [];
    for (let i = 0; i < count; i += 1) {
      const raw = mintToken('bnd_rt_');
      raws.push(raw);
      const grant = randomBytes(32).toString('hex');
      rows.push([tokenKey(raw), 'refresh', appId, userId, scope, grant, now, now + ttlMs]);
    }
    insertAll(rows);
    return raws;
  };
}
