import type { DataSource } from 'typeorm';
import { violatedConstraint } from './constraint-errors.js';
import { fastQuery, type FastQuery } from './fast-query.js';

// Hot statements asked for at the same moment share one on MySQL. On two busy cores a request's
// round trip to the database cost the server and the database more than its statement's own work
// (bench/README.md, "What limits them"): the socket write that wakes the database's thread, and
// the database's cost per statement and per commit. Here a statement asked for while the event
// loop handles one round of ready sockets waits for that round to end (setImmediate) and then
// goes out with the others: a lone request is not delayed past its own turn of the loop, and
// under load many requests share one round trip, and for inserts one commit. A read is sent
// after it was asked for, never before, so it sees every revocation committed before. On
// SQLite, where a statement is a call into the same process, each runs alone.
// docs/architecture.md, "Statements shared by requests at the same moment".

/** Finds the row stored under `key`, or null. */
export type KeyedRead<Row> = (key: Buffer) => Promise<Row | null>;

/** The most callers one statement carries; a busier moment sends several statements. */
export const MOST_PER_STATEMENT = 16;

type Waiter<Ask, Answer> = {
  ask: Ask;
  resolve: (answer: Answer | Promise<Answer>) => void;
  reject: (error: Error) => void;
};

/**
 * Point reads by a unique key, sent as one `IN (…)` statement. `sqlFor(n)` is the SELECT for n
 * keys and must return `keyColumn`, by which each row finds its caller; `paramsAfterKeys` come
 * after the keys, taken when the statement is sent.
 */
export function coalescedReads<Row extends Record<string, unknown>>(
  db: DataSource,
  sqlFor: (keys: number) => string,
  keyColumn: keyof Row & string,
  paramsAfterKeys: () => readonly unknown[],
): KeyedRead<Row> {
  const query = fastQuery(db);
  const read = (keys: Buffer[]) => query<Row>(sqlFor(keys.length), [...keys, ...paramsAfterKeys()]);
  if (db.options.type !== 'mysql') return async (key) => (await read([key]))[0] ?? null;
  return perTurn<Buffer, Row | null>(async (keys) => {
    const rows = await read(padded(keys));
    const byKey = new Map<string, Row>();
    for (const row of rows) byKey.set((row[keyColumn] as Buffer).toString('latin1'), row);
    return keys.map((key) => byKey.get(key.toString('latin1')) ?? null);
  });
}

/**
 * Any SELECT, with reads of the same SQL sent together as one `UNION ALL` of its copies, each
 * tagged with its place so its rows find their caller. For statements keyed by more than one
 * value (a client and the token it presents), where an IN list cannot say which goes with which.
 */
export function coalescedSelects(db: DataSource): FastQuery {
  const query = fastQuery(db);
  if (db.options.type !== 'mysql') return query;
  const bySql = new Map<string, (params: readonly unknown[]) => Promise<unknown[]>>();
  return <Row>(sql: string, params: readonly unknown[]) => {
    let read = bySql.get(sql);
    if (!read) {
      read = perTurn<readonly unknown[], unknown[]>((asks) => unionOf(query, sql, asks));
      bySql.set(sql, read);
    }
    return read(params) as Promise<Row[]>;
  };
}

const SLOT = 'coalesced_slot';

async function unionOf(
  query: FastQuery,
  sql: string,
  asks: (readonly unknown[])[],
): Promise<unknown[][]> {
  if (asks.length === 1) return [await query(sql, asks[0] as readonly unknown[])];
  const all = padded(asks);
  const body = sql.replace(/^\s*select\b/i, '');
  // Without parentheses, so the statement still reads as a SELECT (statement-count.ts); the
  // statements coalesced have no ORDER BY or LIMIT of their own.
  const union = all.map((_, slot) => `SELECT ${slot} AS ${SLOT},${body}`).join(' UNION ALL ');
  const rows = await query<Record<string, unknown>>(union, all.flat());
  const answers = asks.map((): unknown[] => []);
  for (const row of rows) answers[Number(row[SLOT])]?.push(row);
  return answers;
}

/**
 * Rows for one table, each caller's group of rows sent with the others' as one multi-row INSERT
 * that commits them together. The statement is atomic: when any row is refused (a unique key that
 * decides a race, a foreign key to a row revoked meanwhile), none is stored, and every group runs
 * again alone, so each caller gets exactly the answer its own INSERT would have had. `into` is
 * `INSERT INTO table (columns)`, `row` the placeholders of one row.
 */
export function coalescedInserts(
  db: DataSource,
  into: string,
  row: string,
): (rows: unknown[][]) => Promise<void> {
  const query = fastQuery(db);
  const insert = async (rows: unknown[][]) => {
    await query(`${into} VALUES ${rows.map(() => `(${row})`).join(', ')}`, rows.flat());
  };
  if (db.options.type !== 'mysql') return insert;
  return perTurn<unknown[][], void>(async (groups) => {
    if (groups.length === 1) return [await insert(groups[0] as unknown[][])];
    try {
      await insert(groups.flat());
      return groups.map(() => undefined);
    } catch (error) {
      // Any other failure (the database gone, a conflict still lost after its retries) is every
      // caller's: running again alone could find the rows of a shared INSERT that did commit.
      if (violatedConstraint(error) === null) throw error;
      return groups.map((group) => insert(group));
    }
  });
}

/**
 * Calls made in one turn of the event loop, handed to `send` together once it ends, at most
 * MOST_PER_STATEMENT at a time; `send` answers each ask in order, with its answer or with
 * a promise of it (which may fail that ask alone).
 */
function perTurn<Ask, Answer>(
  send: (asks: Ask[]) => Promise<(Answer | Promise<Answer>)[]>,
): (ask: Ask) => Promise<Answer> {
  let waiting: Waiter<Ask, Answer>[] = [];
  const sendPart = (part: Waiter<Ask, Answer>[]) => {
    send(part.map((waiter) => waiter.ask)).then(
      (answers) => part.forEach((waiter, i) => waiter.resolve(answers[i] as Answer)),
      (error: Error) => part.forEach((waiter) => waiter.reject(error)),
    );
  };
  const flush = () => {
    const all = waiting;
    waiting = [];
    for (let start = 0; start < all.length; start += MOST_PER_STATEMENT)
      sendPart(all.slice(start, start + MOST_PER_STATEMENT));
  };
  return (ask) =>
    new Promise((resolve, reject) => {
      if (waiting.length === 0) setImmediate(flush);
      waiting.push({ ask, resolve, reject });
    });
}

/** Padded to the next power of two by repeating the last, so few statements are prepared. */
function padded<T>(items: T[]): T[] {
  let size = 1;
  while (size < items.length) size *= 2;
  const last = items[items.length - 1] as T;
  return size === items.length ? items : [...items, ...Array<T>(size - items.length).fill(last)];
}

/** `?, ?, …` for an IN list of n parameters. */
export function placeholders(count: number): string {
  return Array<string>(count).fill('?').join(', ');
}
