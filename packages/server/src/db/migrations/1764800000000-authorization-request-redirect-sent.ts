import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * RFC 6749 §4.1.3: the token request must repeat redirect_uri only when the authorize request
 * carried it, so a pending consent remembers whether it did (as codes already do).
 */
export class AuthorizationRequestRedirectSent1764800000000 implements MigrationInterface {
  name = 'AuthorizationRequestRedirectSent1764800000000';

  async up(q: QueryRunner): Promise<void> {
    await q.addColumn(
      'oauth_authorization_requests',
      new TableColumn({ name: 'redirect_uri_sent', type: 'boolean', default: 1 }),
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.dropColumn('oauth_authorization_requests', 'redirect_uri_sent');
  }
}
