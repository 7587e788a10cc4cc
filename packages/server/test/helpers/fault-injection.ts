import type { DataSource } from 'typeorm';

export type FaultingStatement = 'INSERT' | 'UPDATE' | 'DELETE';

/**
 * Makes the database itself refuse a statement on a table, through a trigger, so a test can fail
 * a multi-row change in its middle and see whether any part of it stayed.
 */
export async function failStatementsOn(
  db: DataSource,
  table: string,
  statement: FaultingStatement,
): Promise<() => Promise<void>> {
  const name = `fault_${table}_${statement.toLowerCase()}`;
  const sql =
    db.options.type === 'mysql'
      ? `CREATE TRIGGER ${name} BEFORE ${statement} ON ${table} FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'injected fault'`
      : `CREATE TRIGGER ${name} BEFORE ${statement} ON ${table} BEGIN SELECT RAISE(ABORT, 'injected fault'); END`;
  await db.query(sql);
  return async () => {
    await db.query(`DROP TRIGGER ${name}`);
  };
}

/** How many of the server's log lines carry the injected fault's message (see the trigger). */
export function injectedFaultsLogged(logs: readonly string[]): number {
  return logs.filter((line) => line.includes('injected fault')).length;
}
