import type { DataSource } from 'typeorm';
import { statementSent } from './statement-count.js';
import { retriedOnDeadlock } from './transaction.js';

export type FastQuery = <Row>(sql: string, params: readonly unknown[]) => Promise<Row[]>;

type MysqlPool = {
  execute(
    sql: string,
    params: readonly unknown[],
    done: (error: Error | null, rows: unknown) => void,
  ): void;
};
type SqliteDatabase = {
  prepare(sql: string): {
    all(...params: unknown[]): unknown[];
    run(...params: unknown[]): { changes: number };
  };
};

/** A write that answers how many rows it changed. */
export type FastChange = (sql: string, params: readonly unknown[]) => Promise<number>;

type SqliteStatement = ReturnType<SqliteDatabase['prepare']>;

/**
 * A statement straight on the driver, for the hot paths only (the bearer check, the token
 * endpoints' client-and-token look-up and INSERT, last-used writes, rate-limit counters): it
 * skips TypeORM's per-query runner and uses prepared statements, cached per SQL text. It runs
 * outside any transaction; rows are mapped with their entity (see row-mapper.ts). The rule for
 * the rest is in docs/architecture.md, "Data access".
 */
export function fastQuery(db: DataSource): FastQuery {
  return onDriver(
    db,
    (rows) => rows as never[],
    (statement, sql, params) =>
      returnsRows(sql) ? (statement.all(...params) as never[]) : (statement.run(...params), []),
  );
}

/** A SELECT, or a write with RETURNING (its rows come from the same statement). */
function returnsRows(sql: string): boolean {
  return /^\s*select\b|\breturning\b/i.test(sql);
}

/**
 * Like fastQuery, for a conditional write whose caller needs to know whether it changed a row
 * (a single-use claim): the number of rows it changed (on MySQL, that it matched: mysql2 asks
 * for found rows; the claims' conditions change every row they match).
 */
export function fastChange(db: DataSource): FastChange {
  return onDriver(
    db,
    (result) => (result as { affectedRows: number }).affectedRows,
    (statement, _sql, params) => statement.run(...params).changes,
  );
}

/** One statement on the driver itself; each run is reported (statement-count.ts). */
function onDriver<T>(
  db: DataSource,
  fromMysql: (result: unknown) => T,
  onSqlite: (statement: SqliteStatement, sql: string, params: readonly unknown[]) => T,
): (sql: string, params: readonly unknown[]) => Promise<T> {
  const driver = db.driver as unknown as { pool?: MysqlPool; databaseConnection?: SqliteDatabase };
  if (db.options.type === 'mysql') {
    // Each statement commits alone: one that lost a deadlock or a Galera certification ran
    // again (see autocommit-retry.ts). The pool is looked up each time: failover replaces it.
    return (sql, params) =>
      retriedOnDeadlock(
        () =>
          new Promise((resolve, reject) => {
            const pool = driver.pool;
            if (!pool) return reject(new Error('the MySQL pool is not open'));
            statementSent(db, sql);
            pool.execute(sql, params, (error, result) =>
              error ? reject(error) : resolve(fromMysql(result)),
            );
          }),
      );
  }
  const statements = new Map<string, SqliteStatement>();
  return async (sql, params) => {
    const connection = driver.databaseConnection;
    if (!connection) throw new Error('the SQLite database is not open');
    let statement = statements.get(sql);
    if (!statement) {
      statement = connection.prepare(sql);
      statements.set(sql, statement);
    }
    statementSent(db, sql);
    return onSqlite(statement, sql, params);
  };
}
