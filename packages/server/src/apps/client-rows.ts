import type { DataSource } from 'typeorm';
import { rowMapper } from '../db/row-mapper.js';
import type { ClientRows } from '../grants/client.store.js';
import { AppEntity } from './app.entity.js';

/** OAuthClient's columns (grants/client.store.ts): the token endpoints read only these. */
const CLIENT_COLUMNS = [
  'id',
  'client_id',
  'require_secret',
  'secret_sealed',
  'last_used_at',
  'allow_device_flow',
  'suspended_at',
  'require_dpop',
  'id_token_signed_response_alg',
];

/**
 * oauth_apps rows as grants/client.store.ts reads them with plain SQL. AppEntity is the one
 * mapping of these rows, for TypeORM and for those queries, so apps/ (the table's owner) hands
 * out its column lists and mappers rather than grants/ knowing the entity.
 */
export function appClientRows(db: DataSource): ClientRows<AppEntity> {
  const allColumns = db.getMetadata(AppEntity).columns.map((column) => column.databaseName);
  return {
    allColumns,
    mapApp: rowMapper(db, AppEntity, allColumns),
    clientColumns: CLIENT_COLUMNS,
    mapClient: rowMapper(db, AppEntity, CLIENT_COLUMNS),
  };
}
