// pnpm bench:cluster: R1 and R3 with one instance per node of the three-node Galera cluster
// (.ci/galera.sh start), beside one instance on the single MariaDB server, in the same run; and
// what the causal reads (wsrep_sync_wait) cost: the same cluster with them off, and per statement.
// The instances run from the build, started together without rebuilding it.
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureBuilt } from './lib/build.mjs';
import { checkGrant, checkMe } from './lib/checks.mjs';
import { assertSynced, connectTo, createDatabaseOn, NODES, SINGLE } from './lib/cluster/nodes.mjs';
import { measureStatements } from './lib/cluster/statements.mjs';
import { setUpAccountAndApp } from './lib/flow.mjs';
import { freePort, startNode } from './lib/processes.mjs';
import { mintRefreshTokens } from './lib/seed.mjs';
import { RAW_DIR, RESULTS_DIR, SERVER_MAIN, settings } from './lib/settings.mjs';
import { ensureWrk, runWrk } from './lib/wrk.mjs';

const started = Date.now();
const log = (message) =>
  console.log(`[${((Date.now() - started) / 1000).toFixed(0).padStart(3)} s] ${message}`);

const SETUPS = [
  { id: 'single', what: 'one instance on the single MariaDB server', nodes: [SINGLE], env: {} },
  { id: 'cluster', what: 'three instances, one per Galera node', nodes: NODES, env: {} },
  {
    id: 'cluster, no causal reads',
    what: 'the same with DATABASE_CAUSAL_READS=off',
    nodes: NODES,
    env: { DATABASE_CAUSAL_READS: 'off' },
  },
];
const STATEMENT_TRIES = Number(process.env.BENCH_CAUSAL_TRIES ?? (settings.quick ? 500 : 2000));

/** Instances from the build, one per node, sharing one SECRET_KEY as one deployment does. */
async function startInstances(setup, database) {
  const secretKey = randomBytes(32).toString('base64');
  return Promise.all(
    setup.nodes.map(async (node, index) => {
      const port = await freePort();
      const baseUrl = `http://127.0.0.1:${port}`;
      const instance = await startNode({
        args: [SERVER_MAIN],
        env: {
          DATABASE_URL: `mysql://root@${node}/${database.name}`,
          PORT: String(port),
          PUBLIC_URL: baseUrl,
          SECRET_KEY: secretKey,
          RATE_LIMITS: 'off',
          NODE_ENV: 'production',
          ...setup.env,
        },
        logFile: join(RAW_DIR, `cluster-server-${index + 1}.log`),
        readyUrl: `${baseUrl}/healthz`,
      });
      return { ...instance, baseUrl, node };
    }),
  );
}

/** One wrk per instance at the same time, the connections split between them; rates add up. */
async function together(label, instances, request, seconds, last) {
  const share = {
    threads: Math.max(1, Math.floor(settings.threads / instances.length)),
    connections: Math.ceil(settings.connections / instances.length),
  };
  // Requests are prepared one after the other (the pools are minted on one connection), then
  // every wrk starts at once.
  const requests = [];
  for (const [i, instance] of instances.entries()) requests.push(await request(instance, i, last));
  const runs = await Promise.all(
    requests.map((spec, i) => runWrk({ label: `${label}-${i + 1}`, seconds, ...share, ...spec })),
  );
  return {
    rps: runs.reduce((sum, run) => sum + run.rps, 0),
    p50Ms: Math.max(...runs.map((run) => run.p50Ms ?? 0)),
    p99Ms: Math.max(...runs.map((run) => run.p99Ms ?? 0)),
    // wrk counts non-2xx answers itself; the pool script counts non-200 ones: the same answers.
    non2xx: runs.reduce((sum, run) => sum + Math.max(run.non2xx, run.non200 ?? 0), 0),
    socketErrors: runs.reduce((sum, run) => sum + run.socketErrors, 0),
    exhausted: runs.reduce((sum, run) => sum + (run.exhausted ?? 0), 0),
    perInstance: runs.map((run) => run.rps),
  };
}

/** A warm-up, then the repeats; the median run by total rate stands for the figure. */
async function figure(label, instances, request) {
  let last = await together(`${label}-warmup`, instances, request, settings.warmupSeconds);
  const runs = [];
  for (let i = 1; i <= settings.repeats; i += 1) {
    last = await together(`${label}-${i}`, instances, request, settings.measuredSeconds, last);
    runs.push(last);
  }
  const sorted = [...runs].sort((a, b) => a.rps - b.rps);
  return {
    // The median run (BENCH_REPEATS is 1 or more).
    .../** @type {(typeof sorted)[number]} */ (sorted[Math.floor((sorted.length - 1) / 2)]),
    runs: runs.map((run) => run.rps),
    problems: runs.reduce((sum, run) => sum + run.non2xx + run.socketErrors + run.exhausted, 0),
  };
}

async function measureSetup(setup, tmpDir) {
  const database = await createDatabaseOn(setup.nodes[0]);
  const instances = await startInstances(setup, database);
  const conn = await connectTo(setup.nodes[0], database.name);
  try {
    const flow = await setUpAccountAndApp(instances[0].baseUrl, settings);
    const [[app]] = await conn.query('SELECT id FROM oauth_apps WHERE client_id = ?', [
      flow.clientId,
    ]);
    const [[issued]] = await conn.query(
      "SELECT scope, expires_at - created_at AS ttl FROM oauth_tokens WHERE kind = 'refresh' AND app_id = ?",
      [app.id],
    );
    const mint = (count) =>
      mintRefreshTokens(conn, {
        appId: app.id,
        userId: flow.userId,
        scope: issued.scope,
        ttlMs: Number(issued.ttl),
        count,
      });
    for (const instance of instances) {
      await checkMe(instance.baseUrl, flow.accessToken, flow.userId);
      const [token] = await mint(1);
      await checkGrant('R3', instance.baseUrl, flow.auth, {
        grant_type: 'refresh_token',
        refresh_token: token,
      });
    }
    const r1 = await figure(`cluster-${setup.id}-R1`, instances, (instance) => ({
      url: `${instance.baseUrl}/consumer/v1/me`,
      script: 'request.lua',
      env: { BENCH_AUTH: `Bearer ${flow.accessToken}` },
    }));
    log(`${setup.id}: R1 ${r1.rps.toFixed(0)} req/s`);
    // Each run's pools hold twice what the fastest run so far spent (never a token twice).
    let knownRps = 1500;
    const r3 = await figure(`cluster-${setup.id}-R3`, instances, async (instance, i, last) => {
      knownRps = Math.max(knownRps, last?.rps ?? 0);
      const perInstance =
        Math.ceil((knownRps * settings.measuredSeconds * 2) / instances.length) + 500;
      const file = join(tmpDir, `${setup.id}-${i}-${Date.now()}.pool`.replace(/[^\w.-]/g, '_'));
      writeFileSync(file, (await mint(perInstance)).join('\n') + '\n', { mode: 0o600 });
      return {
        url: `${instance.baseUrl}/oauth/token`,
        script: 'pool.lua',
        env: {
          BENCH_POOL_FILE: file,
          BENCH_BODY: 'grant_type=refresh_token&refresh_token={}',
          BENCH_AUTH: flow.auth,
        },
      };
    });
    log(`${setup.id}: R3 ${r3.rps.toFixed(0)} req/s`);
    return { id: setup.id, what: setup.what, version: database.version, r1, r3 };
  } finally {
    await conn.end();
    await Promise.all(instances.map((instance) => instance.stop()));
    await database.drop();
  }
}

function toMarkdown(result) {
  const fixed = (value, digits) =>
    value === null || value === undefined ? '–' : value.toFixed(digits);
  const rate = (run) =>
    run.runs.length < 2
      ? fixed(run.rps, 0)
      : `${fixed(run.rps, 0)} (${fixed(Math.min(...run.runs), 0)}–${fixed(Math.max(...run.runs), 0)})`;
  const s = result.statements;
  return [
    '# Cluster benchmark',
    '',
    `${result.date} · ${result.mode} run · ${result.machine.cores} cores (${result.machine.cpu}) · Node ${result.machine.node} · ${result.setups[0]?.version ?? ''}`,
    '',
    `wrk ${settings.threads} threads and ${settings.connections} keep-alive connections in all, split over the instances; ${settings.warmupSeconds} s warm-up, then ${settings.repeats} runs of ${settings.measuredSeconds} s (median; range in brackets). All three nodes and all instances share the machine's cores, so the cluster shows the cost of replication, not a gain in capacity.`,
    '',
    '| setup | R1 req/s | R1 p50 / p99 ms | R3 req/s | R3 p50 / p99 ms | non-2xx |',
    '|---|---:|---:|---:|---:|---:|',
    ...result.setups.map(
      (x) =>
        `| ${x.id}: ${x.what} | ${rate(x.r1)} | ${fixed(x.r1.p50Ms, 2)} / ${fixed(x.r1.p99Ms, 2)} | ${rate(x.r3)} | ${fixed(x.r3.p50Ms, 2)} / ${fixed(x.r3.p99Ms, 2)} | ${x.r1.problems + x.r3.problems} |`,
    ),
    '',
    'Without causal reads, some refresh tokens minted on node 1 are not yet on the node that gets them and are refused (non-2xx): the stale reads the setting prevents.',
    '',
    `Per statement (a row committed on node 1, read at once on node 2, ${s.tries} times): stale reads ${s.staleWithoutWait} without wsrep_sync_wait, ${s.staleWithWait} with it; a point SELECT on node 2 takes ${fixed(s.selectUsWithoutWait, 0)} µs without the wait and ${fixed(s.selectUsWithWait, 0)} µs with it.`,
    '',
    `Whole run: ${fixed(result.wallSeconds, 0)} s.`,
    '',
  ].join('\n');
}

async function main() {
  ensureWrk();
  ensureBuilt();
  await assertSynced();
  mkdirSync(RAW_DIR, { recursive: true });
  const tmpDir = mkdtempSync(join(tmpdir(), 'bnder-bench-cluster-'));
  try {
    const setups = [];
    for (const setup of SETUPS) setups.push(await measureSetup(setup, tmpDir));
    const database = await createDatabaseOn(NODES[0]);
    let statements;
    try {
      statements = await measureStatements(database.name, [NODES[0], NODES[1]], STATEMENT_TRIES);
    } finally {
      await database.drop();
    }
    log(
      `stale reads ${statements.staleWithoutWait}/${statements.tries} without the wait, ${statements.staleWithWait} with it`,
    );
    return {
      date: new Date().toISOString(),
      mode: settings.quick ? 'quick' : 'full',
      wallSeconds: (Date.now() - started) / 1000,
      machine: {
        cores: settings.cores,
        cpu: cpus()[0]?.model.trim() ?? 'unknown',
        node: process.version,
      },
      setups,
      statements,
    };
  } finally {
    rmSync(tmpDir, { recursive: true, force: true });
  }
}

try {
  const result = await main();
  const dir = result.mode === 'quick' ? join(RAW_DIR, 'quick') : RESULTS_DIR;
  mkdirSync(dir, { recursive: true });
  const markdown = toMarkdown(result);
  writeFileSync(join(dir, 'cluster.json'), JSON.stringify(result, null, 2) + '\n');
  writeFileSync(join(dir, 'cluster.md'), markdown);
  console.log(`\n${markdown}\nResults written to ${dir}/cluster.{json,md}.`);
  // Without causal reads, a refresh token minted on node 1 is sometimes not yet on the node that
  // gets it: those stale reads are what the setting prevents, not a failure of the run.
  const failed = result.setups.some(
    (x) => x.id !== 'cluster, no causal reads' && x.r1.problems + x.r3.problems > 0,
  );
  process.exitCode = failed ? 1 : 0;
} catch (/** @type {any} */ error) {
  console.error(`cluster bench failed: ${error.stack ?? error}`);
  process.exitCode = 1;
}
