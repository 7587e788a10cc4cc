import type { DataSource } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { createApp } from '../helpers/oauth.js';
import { useTestServer } from '../helpers/server.js';
import { gqlOk, grantSession } from '../apps/owned-apps.js';

const server = useTestServer();

/** Counts the SQL statements TypeORM sends while `work` runs, through its logger hook. */
async function statementsDuring(db: DataSource, work: () => Promise<unknown>): Promise<number> {
  const logger = db.logger;
  const logQuery = logger.logQuery.bind(logger);
  let count = 0;
  logger.logQuery = (...args) => {
    count += 1;
    return logQuery(...args);
  };
  try {
    await work();
  } finally {
    logger.logQuery = logQuery;
  }
  return count;
}

/** An owner with `count` apps, each authorized by one user. */
async function ownerWithAuthorizedApps(count: number) {
  const owner = new TestClient(server.url);
  const user = await signUp(owner);
  for (let i = 0; i < count; i += 1) {
    const app = await createApp(owner, { requireSecret: false, name: `App ${i}` });
    await grantSession(server, app.clientId, user.id);
  }
  return owner;
}

const PAGE = `{ ownedOAuthAppsConnection(first: 100) {
  nodes { clientId name authorizedUserCount } pageInfo { hasNextPage endCursor } } }`;
type PageData = { ownedOAuthAppsConnection: { nodes: { authorizedUserCount: number }[] } };

describe('the cost of a page', () => {
  it('is the same number of statements for 3 apps as for 30, authorized user counts included', async () => {
    const few = await ownerWithAuthorizedApps(3);
    const many = await ownerWithAuthorizedApps(30);
    const counts: number[] = [];
    for (const owner of [few, many]) {
      let data: PageData | undefined;
      counts.push(
        await statementsDuring(server.db, async () => {
          data = await gqlOk<PageData>(owner, PAGE);
        }),
      );
      expect(data?.ownedOAuthAppsConnection.nodes.every((a) => a.authorizedUserCount === 1)).toBe(
        true,
      );
    }
    expect(counts[0]).toBeGreaterThan(0);
    expect(counts[1]).toBe(counts[0]);
  });
});
