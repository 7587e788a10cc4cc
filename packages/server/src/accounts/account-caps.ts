import type { EntityManager } from 'typeorm';
import { badInput } from '../errors/domain-error.js';
import { UserEntity } from './user.entity.js';

/** What one account may hold at most, from the settings (MAX_APPS_PER_ACCOUNT, MAX_NOTES_PER_ACCOUNT). */
export type AccountCap = { max: number; what: string; setting: string };

/**
 * Refuses a creation that would take the account past its cap. Run inside the creating
 * transaction: on MySQL it first locks the account's row, so parallel creations of one account
 * count one after another and none slips past the cap (SQLite runs one writer at a time).
 */
export async function checkAccountCap(
  m: EntityManager,
  userId: string,
  cap: AccountCap,
  countHeld: () => Promise<number>,
): Promise<void> {
  if (m.connection.options.type === 'mysql') {
    await m.findOne(UserEntity, {
      where: { id: userId },
      select: { id: true },
      lock: { mode: 'pessimistic_write' },
    });
  }
  if ((await countHeld()) >= cap.max) {
    throw badInput(
      `An account can hold at most ${cap.max} ${cap.what} (${cap.setting}); delete one to add another`,
    );
  }
}
