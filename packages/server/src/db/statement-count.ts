import { AdvancedConsoleLogger, type DataSource, type QueryRunner } from 'typeorm';

/** What a statement does, by its first keyword: a bounded label, never the SQL itself. */
export const STATEMENT_KINDS = [
  'select',
  'insert',
  'update',
  'delete',
  'transaction',
  'other',
] as const;

export type StatementKind = (typeof STATEMENT_KINDS)[number];

export type StatementListener = (kind: StatementKind) => void;

const listeners = new WeakMap<DataSource, StatementListener>();

const KINDS: Record<string, StatementKind> = {
  select: 'select',
  insert: 'insert',
  replace: 'insert',
  update: 'update',
  delete: 'delete',
  start: 'transaction',
  begin: 'transaction',
  commit: 'transaction',
  rollback: 'transaction',
  savepoint: 'transaction',
  release: 'transaction',
};

export function statementKind(sql: string): StatementKind {
  const keyword = /^\s*([a-z]+)/i.exec(sql)?.[1]?.toLowerCase();
  return (keyword && KINDS[keyword]) || 'other';
}

/**
 * Tells `listener` about every statement sent on `db`: those of the hot paths (fast-query.ts)
 * and TypeORM's (StatementLogger). The metrics count them, so an operator sees what each
 * request costs the database and a change that adds a statement shows.
 */
export function onStatement(db: DataSource, listener: StatementListener): void {
  listeners.set(db, listener);
}

export function statementSent(db: DataSource, sql: string): void {
  listeners.get(db)?.(statementKind(sql));
}

/**
 * TypeORM's default logger (what it uses without a `logger` option), which also reports each
 * statement its query runners send: TypeORM calls logQuery for every one, logged or not.
 */
export class StatementLogger extends AdvancedConsoleLogger {
  override logQuery(query: string, parameters?: unknown[], queryRunner?: QueryRunner): void {
    if (queryRunner) statementSent(queryRunner.dataSource, query);
    super.logQuery(query, parameters, queryRunner);
  }
}
