/** Which integrity rule a failed statement broke, for the drivers this product runs on. */
export type ViolatedConstraint = 'unique' | 'foreign-key';

// mysql2 errnos: ER_DUP_ENTRY, ER_NO_REFERENCED_ROW_2. better-sqlite3 codes: extended result codes.
const MYSQL_ERRNOS = new Map<number, ViolatedConstraint>([
  [1062, 'unique'],
  [1452, 'foreign-key'],
]);
const SQLITE_CODES = new Map<string, ViolatedConstraint>([
  ['SQLITE_CONSTRAINT_UNIQUE', 'unique'],
  ['SQLITE_CONSTRAINT_PRIMARYKEY', 'unique'],
  ['SQLITE_CONSTRAINT_FOREIGNKEY', 'foreign-key'],
]);

/** The constraint behind a driver error, or null for any other failure. */
export function violatedConstraint(error: unknown): ViolatedConstraint | null {
  const { errno, code } = (error ?? {}) as { errno?: unknown; code?: unknown };
  if (typeof errno === 'number' && MYSQL_ERRNOS.has(errno)) return MYSQL_ERRNOS.get(errno) ?? null;
  if (typeof code === 'string') return SQLITE_CODES.get(code) ?? null;
  return null;
}
