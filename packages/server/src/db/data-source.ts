// The database layer: the data source, migrations and the plain-SQL helpers. Who may run which
// SQL (one owner per table, TypeORM except on the hot paths): docs/architecture.md, "Data access".
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DataSource, type DataSourceOptions } from 'typeorm';
import { joinCluster, startingNode, type ClusterOptions } from './cluster/join-cluster.js';
import { parseMysqlUrl, type DatabaseHost } from './cluster/database-hosts.js';
import { retryAutocommitStatements } from './autocommit-retry.js';
import { StatementLogger } from './statement-count.js';
import { withMigrationLock } from './migration-lock.js';
import { InitialSchema1764201600000 } from './migrations/1764201600000-initial-schema.js';
import { AuthorizationRequestRedirectSent1764800000000 } from './migrations/1764800000000-authorization-request-redirect-sent.js';
import { TokenChain1764900000000 } from './migrations/1764900000000-token-chain.js';
import { DeviceFlowAndAppIdentity1765000000000 } from './migrations/1765000000000-device-flow-and-app-identity.js';
import { AuthorizationsOnePairKey1765100000000 } from './migrations/1765100000000-authorizations-one-pair-key.js';
import { LeakedCredentialsAndSuspension1765200000000 } from './migrations/1765200000000-leaked-credentials-and-suspension.js';
import { OpenIdSigningKeys1765300000000 } from './migrations/1765300000000-openid-signing-keys.js';
import { Dpop1765310000000 } from './migrations/1765310000000-dpop.js';
import { PushedAuthorizationRequests1765320000000 } from './migrations/1765320000000-pushed-authorization-requests.js';
import { IdTokenSigningAlg1765340000000 } from './migrations/1765340000000-id-token-signing-alg.js';
import { GrantSignInsEndWithGrant1765350000000 } from './migrations/1765350000000-grant-sign-ins-end-with-grant.js';
import { TokensNameTheirCode1765360000000 } from './migrations/1765360000000-tokens-name-their-code.js';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- TypeORM's own type for entity classes
export type EntityList = Function[];

const migrations = [
  InitialSchema1764201600000,
  AuthorizationRequestRedirectSent1764800000000,
  TokenChain1764900000000,
  DeviceFlowAndAppIdentity1765000000000,
  AuthorizationsOnePairKey1765100000000,
  LeakedCredentialsAndSuspension1765200000000,
  OpenIdSigningKeys1765300000000,
  Dpop1765310000000,
  PushedAuthorizationRequests1765320000000,
  IdTokenSigningAlg1765340000000,
  GrantSignInsEndWithGrant1765350000000,
  TokensNameTheirCode1765360000000,
];

export type DatabaseKind = 'mysql' | 'sqlite';

export function databaseKind(url: string): DatabaseKind {
  return url.startsWith('mysql://') ? 'mysql' : 'sqlite';
}

/**
 * The entities come from the composition (composition/entities.ts): `db/` knows no feature.
 * `node`: the host of a host list to connect to (a single-host URL is passed as it is).
 */
export function dataSourceOptions(
  databaseUrl: string,
  entities: EntityList,
  node?: DatabaseHost,
): DataSourceOptions {
  if (databaseKind(databaseUrl) === 'mysql') {
    const target = parseMysqlUrl(databaseUrl);
    // TypeORM reads one host from a URL; a host list is handed over as its parts.
    const connection =
      target.hosts.length === 1
        ? { url: databaseUrl }
        : {
            host: (node ?? target.hosts[0])?.host,
            port: (node ?? target.hosts[0])?.port,
            username: target.username,
            password: target.password,
            database: target.database,
          };
    return {
      type: 'mysql',
      ...connection,
      charset: 'utf8mb4_unicode_ci',
      entities,
      logger: new StatementLogger(undefined),
      migrations,
      migrationsRun: false,
      synchronize: false,
      // A BIGINT within 2^53 (every epoch-ms time, every token id so far) is read as a number, as
      // SQLite reads it, and only a larger one as a string (supportBigNumbers). TypeORM's default
      // makes every one a string through a 64-bit integer library, which costs the hot paths
      // measurable CPU (bench/README.md); the row mapper makes ids strings either way.
      bigNumberStrings: false,
      extra: { connectionLimit: 10, enableKeepAlive: true },
    };
  }
  const path = databaseUrl.slice('sqlite:'.length);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  return {
    type: 'better-sqlite3',
    database: path,
    entities,
    logger: new StatementLogger(undefined),
    migrations,
    synchronize: false,
    // WAL lets readers proceed while a writer commits; a busy wait covers a second process.
    // SQLite enforces foreign keys only when each connection asks: the schema's ON DELETE
    // CASCADE (token → authorization → app) is what lets the bearer check read one row.
    prepareDatabase: (db: { pragma(sql: string): unknown }) => {
      db.pragma('foreign_keys = ON');
      db.pragma('journal_mode = WAL');
      db.pragma('busy_timeout = 5000');
    },
  };
}

/**
 * Opens the database and brings its schema up to date (never `synchronize`). A MySQL host list
 * starts on its first ready node; on Galera, reads are causal before the migrations read.
 */
export async function openDatabase(
  databaseUrl: string,
  entities: EntityList,
  cluster: ClusterOptions = {},
): Promise<DataSource> {
  const mysql = databaseKind(databaseUrl) === 'mysql';
  const node = mysql ? await startingNode(databaseUrl) : undefined;
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, entities, node));
  await dataSource.initialize();
  if (mysql && node) {
    retryAutocommitStatements(dataSource);
    await joinCluster(dataSource, databaseUrl, node, cluster);
  }
  await withMigrationLock(dataSource, () => dataSource.runMigrations({ transaction: 'each' }));
  return dataSource;
}
