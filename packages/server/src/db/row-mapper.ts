import type { DataSource, EntityTarget, ObjectLiteral } from 'typeorm';

/** A raw driver row, keyed by column name (optionally prefixed, for a joined table's columns). */
export type RawRow = Record<string, unknown>;

/**
 * Maps the rows of a plain-SQL query (see fast-query.ts) with the entity's own column mapping:
 * the names, types and transformers of its decorators, hydrated as TypeORM hydrates them. So a
 * table has one row mapper, its entity, whether a row is read by TypeORM or by the driver.
 * `columns` are the database names the query selects, each as `${prefix}${name}` in the row.
 */
export function rowMapper<Entity extends ObjectLiteral>(
  db: DataSource,
  target: EntityTarget<Entity>,
  columns: readonly string[],
  prefix = '',
): (row: RawRow) => Entity {
  const metadata = db.getMetadata(target);
  const mapped = columns.map((name) => {
    const column = metadata.findColumnWithDatabaseName(name);
    if (!column) throw new Error(`${metadata.tableName} has no column ${name}`);
    // A BIGINT id is a string in the entity (it can exceed 2^53); SQLite, and MySQL below 2^53
    // (db/data-source.ts), return a number.
    const asString = column.type === 'bigint' && !column.transformer;
    return { key: `${prefix}${name}`, column, asString };
  });
  const driver = db.driver;
  return (row) => {
    const entity = metadata.create() as Entity;
    for (const { key, column, asString } of mapped) {
      const value = driver.prepareHydratedValue(row[key], column) as unknown;
      column.setEntityValue(entity, asString && value != null ? String(value) : value);
    }
    return entity;
  };
}

/** `c.id, c.client_id`, or with a prefix `t.id AS token_id`: the select list rowMapper reads. */
export function selectList(alias: string, columns: readonly string[], prefix = ''): string {
  return columns
    .map((name) => (prefix ? `${alias}.${name} AS ${prefix}${name}` : `${alias}.${name}`))
    .join(', ');
}
