import {
  Table,
  TableForeignKey,
  TableIndex,
  type MigrationInterface,
  type QueryRunner,
} from 'typeorm';
import type { TableColumnOptions } from 'typeorm/schema-builder/options/TableColumnOptions.js';

const id = (name = 'id'): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '36',
  isPrimary: true,
});
const ref = (name: string): TableColumnOptions => ({ name, type: 'varchar', length: '36' });
const hash = (name: string): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: '64',
  isPrimary: true,
});
const time = (name: string, nullable = false): TableColumnOptions => ({
  name,
  type: 'bigint',
  isNullable: nullable,
});
const text = (name: string, length: number, nullable = false): TableColumnOptions => ({
  name,
  type: 'varchar',
  length: String(length),
  isNullable: nullable,
});
const cascadeTo = (column: string, table: string) =>
  new TableForeignKey({
    columnNames: [column],
    referencedTableName: table,
    referencedColumnNames: ['id'],
    onDelete: 'CASCADE',
  });

/** The whole schema, written with the QueryRunner API so the same migration serves MySQL and SQLite. */
export class InitialSchema1764201600000 implements MigrationInterface {
  name = 'InitialSchema1764201600000';

  async up(q: QueryRunner): Promise<void> {
    await q.createTable(
      new Table({
        name: 'users',
        columns: [
          id(),
          text('email', 254),
          text('display_name', 100),
          text('password_hash', 100),
          time('created_at'),
          time('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'uq_users_email', columnNames: ['email'], isUnique: true }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'sessions',
        columns: [
          hash('id_hash'),
          ref('user_id'),
          time('created_at'),
          time('authenticated_at'),
          time('expires_at'),
        ],
        indices: [new TableIndex({ name: 'ix_sessions_user', columnNames: ['user_id'] })],
        foreignKeys: [cascadeTo('user_id', 'users')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'oauth_apps',
        columns: [
          id(),
          text('client_id', 64),
          ref('owner_id'),
          text('name', 100),
          { name: 'redirect_uris', type: 'text' },
          { name: 'require_secret', type: 'boolean' },
          text('secret_sealed', 255, true),
          time('secret_leaked_at', true),
          time('created_at'),
          time('updated_at'),
          time('last_used_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'uq_oauth_apps_client_id',
            columnNames: ['client_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_oauth_apps_owner', columnNames: ['owner_id'] }),
        ],
        foreignKeys: [cascadeTo('owner_id', 'users')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'oauth_app_events',
        columns: [
          id(),
          text('client_id', 64),
          ref('owner_id'),
          { ...ref('actor_id'), isNullable: true },
          text('type', 40),
          { name: 'detail', type: 'text', isNullable: true },
          time('created_at'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_oauth_app_events_client',
            columnNames: ['client_id', 'created_at'],
          }),
          new TableIndex({ name: 'ix_oauth_app_events_owner', columnNames: ['owner_id'] }),
        ],
      }),
    );
    await q.createTable(
      new Table({
        name: 'oauth_authorizations',
        columns: [
          id(),
          ref('user_id'),
          ref('app_id'),
          text('scope', 255),
          time('created_at'),
          time('updated_at'),
          time('last_used_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'uq_oauth_authorizations_user_app',
            columnNames: ['user_id', 'app_id'],
            isUnique: true,
          }),
          new TableIndex({ name: 'ix_oauth_authorizations_app', columnNames: ['app_id'] }),
        ],
        foreignKeys: [cascadeTo('user_id', 'users'), cascadeTo('app_id', 'oauth_apps')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'oauth_authorization_requests',
        columns: [
          id(),
          ref('user_id'),
          ref('app_id'),
          text('redirect_uri', 2000),
          text('scope', 255),
          text('state', 1000, true),
          text('code_challenge', 128, true),
          time('expires_at'),
        ],
        indices: [
          new TableIndex({
            name: 'ix_oauth_authorization_requests_expiry',
            columnNames: ['expires_at'],
          }),
        ],
        foreignKeys: [cascadeTo('user_id', 'users'), cascadeTo('app_id', 'oauth_apps')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'oauth_authorization_codes',
        columns: [
          hash('code_hash'),
          ref('app_id'),
          ref('user_id'),
          text('redirect_uri', 2000),
          { name: 'redirect_uri_sent', type: 'boolean' },
          text('scope', 255),
          text('code_challenge', 128, true),
          time('expires_at'),
          time('used_at', true),
        ],
        indices: [
          new TableIndex({
            name: 'ix_oauth_authorization_codes_user_app',
            columnNames: ['user_id', 'app_id'],
          }),
        ],
        foreignKeys: [cascadeTo('user_id', 'users'), cascadeTo('app_id', 'oauth_apps')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'oauth_tokens',
        columns: [
          hash('token_hash'),
          text('kind', 10),
          ref('app_id'),
          ref('user_id'),
          text('scope', 255),
          text('grant_id', 64),
          time('created_at'),
          time('expires_at'),
          time('used_at', true),
          time('last_used_at', true),
        ],
        indices: [
          new TableIndex({ name: 'ix_oauth_tokens_grant', columnNames: ['grant_id'] }),
          new TableIndex({ name: 'ix_oauth_tokens_app_user', columnNames: ['app_id', 'user_id'] }),
        ],
        foreignKeys: [cascadeTo('user_id', 'users'), cascadeTo('app_id', 'oauth_apps')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'notes',
        columns: [
          id(),
          ref('user_id'),
          text('title', 200),
          { name: 'body', type: 'text' },
          time('created_at'),
          time('updated_at'),
        ],
        indices: [
          new TableIndex({ name: 'ix_notes_user', columnNames: ['user_id', 'created_at'] }),
        ],
        foreignKeys: [cascadeTo('user_id', 'users')],
      }),
    );
    await q.createTable(
      new Table({
        name: 'rate_limits',
        columns: [
          { name: 'bucket', type: 'varchar', length: '191', isPrimary: true },
          { name: 'hits', type: 'int' },
          time('reset_at'),
        ],
      }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'rate_limits',
      'notes',
      'oauth_tokens',
      'oauth_authorization_codes',
      'oauth_authorization_requests',
      'oauth_authorizations',
      'oauth_app_events',
      'oauth_apps',
      'sessions',
      'users',
    ]) {
      await q.dropTable(table);
    }
  }
}
