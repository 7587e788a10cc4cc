import { afterEach, describe, expect, it } from 'vitest';
import { openBnderDatabase } from '../../src/composition/entities.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';

// The migration lock is a row (see db/migration-lock.ts): held, a second start waits for it;
// left behind by an instance that died, it expires.
let database: TestDatabase | undefined;
afterEach(async () => database?.drop());

const LOCK_ROW = 'INSERT INTO schema_migration_lock (id, holder, expires_at) VALUES (1, ?, ?)';

describe('starting while another instance holds the migration lock', () => {
  it('waits until the holder releases it, then starts on the current schema', async () => {
    database = await createTestDatabase();
    const first = await openBnderDatabase(database.url);
    await first.query(LOCK_ROW, ['another-instance', Date.now() + 60_000]);
    let opened = false;
    const second = openBnderDatabase(database.url).then((db) => {
      opened = true;
      return db;
    });
    // Several polls of the lock pass while the row is held.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(opened).toBe(false);
    await first.query('DELETE FROM schema_migration_lock WHERE id = 1');
    const db = await second;
    expect(await db.query('SELECT COUNT(*) AS n FROM users')).toEqual([{ n: expect.anything() }]);
    expect(await db.query('SELECT * FROM schema_migration_lock')).toEqual([]);
    await db.destroy();
    await first.destroy();
  });

  it('takes over a lock whose holder died and let it expire', async () => {
    database = await createTestDatabase();
    const first = await openBnderDatabase(database.url);
    await first.query(LOCK_ROW, ['a-dead-instance', Date.now() - 1_000]);
    const db = await openBnderDatabase(database.url);
    expect(await db.query('SELECT * FROM schema_migration_lock')).toEqual([]);
    await db.destroy();
    await first.destroy();
  });
});
