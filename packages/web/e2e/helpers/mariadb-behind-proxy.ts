import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll } from 'vitest';
import mysql from 'mysql2/promise';
import { TcpProxy } from '../../../../tooling/tcp-proxy.mjs';

const MARIADB_URL = process.env.TEST_DATABASE_URL ?? 'mysql://root@127.0.0.1:3306';

export interface MariaDbBehindProxy {
  /** Stands between the server and MariaDB: cut() is an outage, pause() a slow database. */
  proxy: TcpProxy;
  /** The database URL to give the server: the test's own database, reached through the proxy. */
  databaseUrl: string;
}

/**
 * Registers hooks that create a uniquely named MariaDB database and a proxy in front of MariaDB
 * before all tests, and drop both after. Register it before setUpBrowserSuite: after-all hooks
 * run in reverse, so the server stops before its database goes.
 */
export function mariaDbBehindProxy(): MariaDbBehindProxy {
  const target = new URL(MARIADB_URL);
  const name = `bnder_e2e_${Date.now()}_${randomBytes(4).toString('hex')}`;
  const admin = new URL(target);
  admin.pathname = '/';
  const setup = {
    proxy: new TcpProxy(target.hostname, Number(target.port || 3306)),
    databaseUrl: '',
  };

  beforeAll(async () => {
    const connection = await mysql.createConnection(admin.toString());
    await connection.query(
      `CREATE DATABASE \`${name}\` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci`,
    );
    await connection.end();
    await setup.proxy.start();
    const viaProxy = new URL(target);
    viaProxy.port = String(setup.proxy.port);
    viaProxy.pathname = `/${name}`;
    setup.databaseUrl = viaProxy.toString();
  });

  afterAll(async () => {
    await setup.proxy.stop();
    const connection = await mysql.createConnection(admin.toString());
    await connection.query(`DROP DATABASE IF EXISTS \`${name}\``);
    await connection.end();
  });

  return setup;
}
