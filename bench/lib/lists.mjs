// The cost of a list page (README, "Lists and paging"): the owned-apps page with 3 and with 300
// apps, and the notes page with 10^5 notes stored, each as time per request and SQL statements
// per request. The product runs in this process from its build, so every statement it sends
// through TypeORM is counted exactly (its logger hook), whatever else the shared server runs.
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { connect, createDatabase, databaseUrl, dropDatabase, serverRequire } from './database.mjs';
import { setUpAccountAndApp } from './flow.mjs';
import { freePort } from './processes.mjs';
import { bulkInsert } from './seed.mjs';
import { SERVER_DIR, WEB_DIST, settings } from './settings.mjs';

const WARMUP = 20;
const REQUESTS = Number(process.env.BENCH_LIST_REQUESTS ?? 200);
const NOTES = Number(process.env.BENCH_LIST_NOTES ?? 100_000);

const fromDist = (path) => import(pathToFileURL(join(SERVER_DIR, 'dist', path)).href);

/** The product's app on `database`, listening on a free port, with a statement counter. */
async function startInProcess(database) {
  serverRequire('reflect-metadata');
  const { loadConfig } = await fromDist('config/load-config.js');
  const { openBnderDatabase } = await fromDist('composition/entities.js');
  const { createServices } = await fromDist('composition/services.js');
  const { buildApp } = await fromDist('composition/app.js');
  const port = await freePort();
  const config = loadConfig({
    NODE_ENV: 'production',
    PORT: String(port),
    PUBLIC_URL: `http://127.0.0.1:${port}`,
    DATABASE_URL: databaseUrl(database),
    SECRET_KEY: randomBytes(32).toString('base64'),
    RATE_LIMITS: 'off',
    LOG_LEVEL: 'silent',
    WEB_DIST_DIR: WEB_DIST,
    MAX_APPS_PER_ACCOUNT: '1000',
    MAX_NOTES_PER_ACCOUNT: String(NOTES + 100),
  });
  const db = await openBnderDatabase(config.databaseUrl);
  const app = await buildApp(
    createServices(config, db),
    new Writable({ write: (_c, _e, done) => done() }),
  );
  await app.listen({ port, host: '127.0.0.1' });
  const statements = { count: 0 };
  const logQuery = db.logger.logQuery.bind(db.logger);
  db.logger.logQuery = (...args) => {
    statements.count += 1;
    return logQuery(...args);
  };
  return {
    baseUrl: config.publicUrl,
    statements,
    close: async () => {
      await app.close();
      await db.destroy();
    },
  };
}

/** WARMUP requests, then REQUESTS timed one after another: latency and statements per request. */
async function measure(label, server, request) {
  for (let i = 0; i < WARMUP; i += 1) await request();
  const times = [];
  const before = server.statements.count;
  for (let i = 0; i < REQUESTS; i += 1) {
    const start = process.hrtime.bigint();
    await request();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  const statements = (server.statements.count - before) / REQUESTS;
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))];
  const meanMs = times.reduce((a, b) => a + b, 0) / times.length;
  return { label, requests: REQUESTS, meanMs, p50Ms: at(0.5), p99Ms: at(0.99), statements };
}

/** A GET that must answer 200 with `expected` items. */
function getter(url, init, items, expected) {
  return async () => {
    const response = await fetch(url, init);
    const body = await response.json();
    if (response.status !== 200 || items(body).length !== expected) {
      throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body).slice(0, 200)}`);
    }
  };
}

/** Sortable ids and times, as the product makes them (time-ordered UUIDv7, created_at in ms). */
function orderedRow(ms, i) {
  const hex = ms.toString(16).padStart(12, '0');
  const tail = (i.toString(16) + randomBytes(8).toString('hex')).slice(0, 15);
  const id = `${hex.slice(0, 8)}-${hex.slice(8)}-7${tail.slice(0, 3)}-8${tail.slice(3, 6)}-${tail.slice(3, 15)}`;
  return { id, ms };
}

async function seedApps(conn, userId, count, startMs) {
  const rows = Array.from({ length: count }, (_, i) => {
    const { id, ms } = orderedRow(startMs + i, i);
    const clientId = `bench_${randomBytes(12).toString('hex')}`;
    const uris = JSON.stringify(['https://client.example/cb']);
    return [id, clientId, userId, `App ${i}`, uris, 0, null, null, ms, ms, null, 0];
  });
  const columns = [
    'id',
    'client_id',
    'owner_id',
    'name',
    'redirect_uris',
    'require_secret',
    'secret_sealed',
    'secret_leaked_at',
    'created_at',
    'updated_at',
    'last_used_at',
    'allow_device_flow',
  ];
  await bulkInsert(conn, 'oauth_apps', columns, rows);
}

async function seedNotes(conn, userId, count, startMs) {
  const rows = Array.from({ length: count }, (_, i) => {
    const { id, ms } = orderedRow(startMs + i, i);
    return [id, userId, `Note ${i}`, 'Seeded for the list benchmark', ms, ms];
  });
  await bulkInsert(
    conn,
    'notes',
    ['id', 'user_id', 'title', 'body', 'created_at', 'updated_at'],
    rows,
  );
  return rows;
}

const APPS_PAGE =
  '{ ownedOAuthAppsConnection(first: 100) { nodes { clientId name authorizedUserCount } pageInfo { hasNextPage endCursor } } }';

/** Every figure of the list benchmark, on a fresh database of its own. */
export async function measureLists(log = console.log) {
  const db = await createDatabase();
  const server = await startInProcess(db.name);
  const conn = await connect(db.name);
  try {
    const flow = await setUpAccountAndApp(server.baseUrl, settings);
    const bearer = { authorization: `Bearer ${flow.accessToken}` };
    const gql = {
      method: 'POST',
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ query: APPS_PAGE }),
    };
    const appsOf = (body) => body.data.ownedOAuthAppsConnection.nodes;
    const restApps = (body) => body.data;
    const runs = [];
    const base = Date.now() - 10_000_000;
    await seedApps(conn, flow.userId, 2, base);
    runs.push(
      await measure(
        'GraphQL owned apps, first 100, 3 apps',
        server,
        getter(`${server.baseUrl}/graphql`, gql, appsOf, 3),
      ),
    );
    runs.push(
      await measure(
        'REST GET /oauth/clients, default page, 3 apps',
        server,
        getter(`${server.baseUrl}/consumer/v1/oauth/clients`, { headers: bearer }, restApps, 3),
      ),
    );
    await seedApps(conn, flow.userId, 297, base + 10);
    runs.push(
      await measure(
        'GraphQL owned apps, first 100, 300 apps',
        server,
        getter(`${server.baseUrl}/graphql`, gql, appsOf, 100),
      ),
    );
    runs.push(
      await measure(
        'REST GET /oauth/clients, default page, 300 apps',
        server,
        getter(`${server.baseUrl}/consumer/v1/oauth/clients`, { headers: bearer }, restApps, 50),
      ),
    );
    log(`lists: apps measured; seeding ${NOTES} notes`);
    const notes = await seedNotes(conn, flow.userId, NOTES, base);
    await conn.query('ANALYZE TABLE notes');
    const middle = /** @type {(typeof notes)[number]} */ (notes[Math.floor(NOTES / 2)]);
    const cursor = Buffer.from(`${middle[4]}.${middle[0]}`).toString('base64url');
    const notesUrl = `${server.baseUrl}/consumer/v1/notes`;
    runs.push(
      await measure(
        `REST GET /notes, first page of 50, ${NOTES} notes`,
        server,
        getter(notesUrl, { headers: bearer }, restApps, 50),
      ),
    );
    runs.push(
      await measure(
        `REST GET /notes, a page of 50 in the middle, ${NOTES} notes`,
        server,
        getter(`${notesUrl}?cursor=${cursor}`, { headers: bearer }, restApps, 50),
      ),
    );
    return { date: new Date().toISOString(), database: db.version, requestsPerRun: REQUESTS, runs };
  } finally {
    await conn.end();
    await server.close();
    await dropDatabase(db.name);
  }
}

export function listsMarkdown(result) {
  const rows = result.runs.map(
    (r) =>
      `| ${r.label} | ${r.meanMs.toFixed(2)} | ${r.p50Ms.toFixed(2)} | ${r.p99Ms.toFixed(2)} | ${r.statements.toFixed(1)} |`,
  );
  return [
    `# List pages (${result.date}, MariaDB ${result.database})`,
    '',
    `${result.requestsPerRun} sequential requests per row after a warm-up, in one process with the product; ` +
      'statements are those sent through TypeORM per request (the bearer check’s one prepared ' +
      'statement on the driver is not among them).',
    '',
    '| page | mean ms | p50 ms | p99 ms | statements |',
    '|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
