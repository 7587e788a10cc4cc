import { connectTo } from './nodes.mjs';

const ROUNDS = 7;

/**
 * What wsrep_sync_wait changes, statement by statement, on `database`: a row committed on one
 * node and read at once on another, `tries` times, with the wait off and on (stale reads
 * counted), and the time a point SELECT takes on an idle node with the wait off and on.
 */
export async function measureStatements(database, [writeNode, readNode], tries) {
  const writer = await connectTo(writeNode, database);
  const reader = await connectTo(readNode);
  try {
    await useOnceReplicated(reader, database);
    await writer.query(
      'CREATE TABLE IF NOT EXISTS bench_causal (id INT NOT NULL PRIMARY KEY, v INT NOT NULL)',
    );
    await reader.query('SELECT COUNT(*) FROM bench_causal');
    const stale = {};
    for (const wait of [0, 1]) {
      await reader.query(`SET SESSION wsrep_sync_wait = ${wait}`);
      let count = 0;
      for (let i = 0; i < tries; i += 1) {
        const id = wait * tries + i;
        await writer.query('INSERT INTO bench_causal (id, v) VALUES (?, 1)', [id]);
        const [rows] = await reader.query('SELECT v FROM bench_causal WHERE id = ?', [id]);
        if (rows.length === 0) count += 1;
      }
      stale[wait] = count;
    }
    // Blocks with the wait off and on, taken in turn so that other load on the machine hits
    // both alike; the median block counts.
    const blocks = { 0: [], 1: [] };
    for (let round = 0; round < ROUNDS; round += 1) {
      for (const wait of [0, 1]) {
        await reader.query(`SET SESSION wsrep_sync_wait = ${wait}`);
        const size = Math.ceil(tries / ROUNDS);
        const started = process.hrtime.bigint();
        for (let i = 0; i < size; i += 1) {
          await reader.query('SELECT v FROM bench_causal WHERE id = ?', [i]);
        }
        blocks[wait].push(Number(process.hrtime.bigint() - started) / 1000 / size);
      }
    }
    const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const selectUs = { 0: median(blocks[0]), 1: median(blocks[1]) };
    return {
      tries,
      staleWithoutWait: stale[0],
      staleWithWait: stale[1],
      selectUsWithoutWait: selectUs[0],
      selectUsWithWait: selectUs[1],
    };
  } finally {
    await writer.end();
    await reader.end();
  }
}

/**
 * The database was just created on another node. USE is not a read that wsrep_sync_wait
 * holds back, so it may run before the CREATE DATABASE arrives: ask again, a bounded number of times.
 */
async function useOnceReplicated(connection, database) {
  await connection.query('SET SESSION wsrep_sync_wait = 1');
  for (let attempt = 1; ; attempt += 1) {
    try {
      await connection.query(`USE \`${database}\``);
      return;
    } catch (/** @type {any} */ error) {
      if (error.code !== 'ER_BAD_DB_ERROR' || attempt >= 50) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
