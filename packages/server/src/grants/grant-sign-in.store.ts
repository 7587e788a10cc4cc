import type { DataSource, EntityManager, Repository } from 'typeorm';
import { GrantSignInEntity } from './grant-sign-in.entity.js';

/** The sign-in time behind each OpenID grant, for the ID tokens of its refreshes (OIDC §12.2). */
export class GrantSignInStore {
  private readonly rows: Repository<GrantSignInEntity>;

  constructor(db: DataSource) {
    this.rows = db.getRepository(GrantSignInEntity);
  }

  /** In the transaction that issues the grant's first tokens. */
  async record(m: EntityManager, grantId: string, authTime: Date): Promise<void> {
    await m.getRepository(GrantSignInEntity).insert({ grantId, authTime, createdAt: new Date() });
  }

  /** Alone, after the code exchange has won its code (see authorization-code.grant.ts). */
  async recordAlone(grantId: string, authTime: Date): Promise<void> {
    await this.rows.insert({ grantId, authTime, createdAt: new Date() });
  }

  async authTimeOf(grantId: string): Promise<Date | null> {
    return (await this.rows.findOneBy({ grantId }))?.authTime ?? null;
  }
}
