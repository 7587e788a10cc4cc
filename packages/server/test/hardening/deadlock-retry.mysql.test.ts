import { describe, expect, it } from 'vitest';
import type { EntityManager } from 'typeorm';
import { inTransaction } from '../../src/db/transaction.js';
import { useTestServer } from '../helpers/server.js';

const server = useTestServer();

const bump = (m: EntityManager, bucket: string) =>
  m.query('UPDATE rate_limits SET hits = hits + 1 WHERE bucket = ?', [bucket]);

describe('a transaction InnoDB picks as a deadlock victim', () => {
  it('is run again, so both of two deadlocking transactions complete', async () => {
    await server.db.query(
      `INSERT INTO rate_limits (bucket, hits, reset_at) VALUES ('lock-a', 0, 0), ('lock-b', 0, 0)`,
    );
    let arrived = 0;
    let release: () => void = () => undefined;
    const bothHoldTheirFirstLock = new Promise<void>((resolve) => (release = resolve));
    const lockInOrder = (first: string, second: string) =>
      inTransaction(server.db, async (m) => {
        await bump(m, first);
        arrived += 1;
        if (arrived === 2) release();
        await bothHoldTheirFirstLock;
        await bump(m, second);
      });

    // Opposite lock orders: InnoDB must roll one back (error 1213) at once.
    const results = await Promise.allSettled([
      lockInOrder('lock-a', 'lock-b'),
      lockInOrder('lock-b', 'lock-a'),
    ]);

    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled']);
    expect(arrived).toBe(3);
    const rows = (await server.db.query(
      `SELECT bucket, hits FROM rate_limits WHERE bucket IN ('lock-a', 'lock-b') ORDER BY bucket`,
    )) as { bucket: string; hits: number }[];
    expect(rows.map((r) => Number(r.hits))).toEqual([2, 2]);
  });
});
