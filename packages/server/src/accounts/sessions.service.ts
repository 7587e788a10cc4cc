import type { DataSource, Repository } from 'typeorm';
import { randomToken, sha256Hex } from '../crypto/tokens.js';
import { purgeRows } from '../db/expired-rows.js';
import { SessionEntity } from './session.entity.js';
import { UserEntity } from './user.entity.js';

export type SignedInSession = { user: UserEntity; session: SessionEntity };

/** Server-side sessions: the cookie holds a random value, the database only its SHA-256. */
export class SessionsService {
  private readonly sessions: Repository<SessionEntity>;

  constructor(
    private readonly db: DataSource,
    private readonly ttlSeconds: number,
  ) {
    this.sessions = db.getRepository(SessionEntity);
  }

  async start(userId: string): Promise<{ cookieValue: string; expiresAt: Date }> {
    const cookieValue = randomToken('', 32);
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
    await this.sessions.insert({
      idHash: sha256Hex(cookieValue),
      userId,
      createdAt: now,
      authenticatedAt: now,
      expiresAt,
    });
    return { cookieValue, expiresAt };
  }

  async find(cookieValue: string): Promise<SignedInSession | null> {
    const session = await this.sessions.findOneBy({ idHash: sha256Hex(cookieValue) });
    if (!session) return null;
    if (session.expiresAt.getTime() <= Date.now()) {
      await this.sessions.delete({ idHash: session.idHash });
      return null;
    }
    const user = await this.db.getRepository(UserEntity).findOneBy({ id: session.userId });
    return user ? { user, session } : null;
  }

  /** The password was proven again in this session (sudo mode starts over). */
  async markAuthenticated(cookieValue: string, at: Date = new Date()): Promise<void> {
    await this.sessions.update({ idHash: sha256Hex(cookieValue) }, { authenticatedAt: at });
  }

  async end(cookieValue: string): Promise<void> {
    await this.sessions.delete({ idHash: sha256Hex(cookieValue) });
  }

  /**
   * Sessions that expired before `now` (epoch ms). `find` deletes one presented after its
   * expiry, but a cookie that is never sent again would keep its row forever.
   */
  purgeExpired(now: number): Promise<number> {
    return purgeRows(this.db, {
      table: 'sessions',
      key: 'id_hash',
      where: 'expires_at <= ?',
      params: [now],
    });
  }
}
