import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, signUp } from '../helpers/client.js';
import { freePort, startServerProcess, type ServerProcess } from '../helpers/server-process.js';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { graphql } from '../gql/index.js';

// A DATABASE_URL host list on a server without Galera: a host that is down is skipped, and the
// server that answers counts as ready (it has no wsrep_ready to ask).
let database: TestDatabase;
let server: ServerProcess;
beforeAll(async () => {
  database = await createTestDatabase();
  const live = new URL(database.url);
  const down = `127.0.0.1:${await freePort()}`;
  const hostList = database.url.replace(`@${live.host}/`, `@${down},${live.host}/`);
  server = await startServerProcess({ DATABASE_URL: hostList, DATA_DIR: database.dataDir });
}, 60_000);
afterAll(async () => {
  await server.stop();
  await database.drop();
});

describe('a host list whose first host is down', () => {
  it('starts on the next host and serves from it', async () => {
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    const client = new TestClient(server.url);
    const user = await signUp(client);
    const viewer = await client.gql(
      graphql(`
        query HostListViewer {
          viewer {
            id
          }
        }
      `),
    );
    expect(viewer.data?.viewer?.id).toBe(user.id);
  });
});
