import 'reflect-metadata';
import { afterAll, beforeAll } from 'vitest';
import { randomBytes } from 'node:crypto';
import { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { loadConfig, type Config } from '../../src/config/load-config.js';
import { openBnderDatabase } from '../../src/composition/entities.js';
import { buildApp } from '../../src/composition/app.js';
import { createServices, type Services } from '../../src/composition/services.js';
import { createTestDatabase, withSchemaLock } from './database.js';
import { freePort } from './server-process.js';

export type TestServer = {
  url: string;
  config: Config;
  db: DataSource;
  services: Services;
  /** Every log line the server wrote, for asserting that no secret reached a log. */
  logs: string[];
  close(): Promise<void>;
};

/** Starts the real server on a random loopback port over a database of its own. */
export async function startTestServer(
  env: Record<string, string> = {},
  options: { rewriteDatabaseUrl?: (url: string) => string } = {},
): Promise<TestServer> {
  const database = await createTestDatabase();
  // The port is picked first, so the config (the issuer is the public URL, RFC 8414 §3.3,
  // RFC 9207) is final before the server starts.
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const config = loadConfig({
    NODE_ENV: 'test',
    PORT: String(port),
    PUBLIC_URL: url,
    DATABASE_URL: options.rewriteDatabaseUrl?.(database.url) ?? database.url,
    DATA_DIR: database.dataDir,
    SECRET_KEY: randomBytes(32).toString('base64'),
    BCRYPT_COST: '4',
    LOG_LEVEL: 'info',
    ...env,
  });
  // Migrated under the schema lock: see withSchemaLock.
  const db = await withSchemaLock(() => openBnderDatabase(config.databaseUrl));
  const services = createServices(config, db);
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const app = await buildApp(services, sink);
  await app.listen({ port: config.port, host: '127.0.0.1' });
  return {
    url,
    config,
    db,
    services,
    logs,
    close: async () => {
      await app.close();
      await db.destroy();
      await database.drop();
    },
  };
}

/**
 * Starts a server with its own database before the suite (or the describe block it is called
 * in) and closes it after: the beforeAll/afterAll pair, registered here. Returns the server as a
 * live view: read its fields inside tests and hooks, once it has started.
 */
export function useTestServer(
  env: Record<string, string> = {},
  options: { rewriteDatabaseUrl?: (url: string) => string } = {},
): TestServer {
  let started: TestServer | undefined;
  beforeAll(async () => {
    started = await startTestServer(env, options);
  });
  afterAll(async () => {
    await started?.close();
  });
  const current = (): TestServer => {
    if (!started) throw new Error('the test server is read before its beforeAll hook has run');
    return started;
  };
  return {
    get url() {
      return current().url;
    },
    get config() {
      return current().config;
    },
    get db() {
      return current().db;
    },
    get services() {
      return current().services;
    },
    get logs() {
      return current().logs;
    },
    close: () => current().close(),
  };
}
