import { signInSchema, signUpSchema } from '@bnder/shared';
import type { DataSource, Repository } from 'typeorm';
import type { Config } from '../config/load-config.js';
import { newId } from '../crypto/tokens.js';
import { DomainError, badInput } from '../errors/domain-error.js';
import { validate } from '../errors/validate.js';
import type { RateLimiter } from '../rate-limits/rate-limiter.js';
import type { PasswordHasher } from './password-hasher.js';
import { FailedSignIns } from './failed-sign-ins.js';
import { refuseGuessablePassword } from './guessable-passwords.js';
import { UserEntity } from './user.entity.js';

export type SignUpCommand = { email: string; password: string; displayName: string; ip: string };
export type SignInCommand = { email: string; password: string; ip: string };
export type ConfirmPasswordCommand = { userId: string; password: string; ip: string };

const WRONG_CREDENTIALS = 'Email or password is incorrect';
const WRONG_PASSWORD = 'Password is incorrect';

export class AccountsService {
  private readonly users: Repository<UserEntity>;
  private readonly failedSignIns: FailedSignIns;

  constructor(
    db: DataSource,
    private readonly hasher: PasswordHasher,
    private readonly limiter: RateLimiter,
    private readonly limits: Config['rateLimits'],
  ) {
    this.users = db.getRepository(UserEntity);
    this.failedSignIns = new FailedSignIns(limiter, limits);
  }

  async signUp(command: SignUpCommand): Promise<UserEntity> {
    await this.limiter.hit(`signup:ip:${command.ip}`, this.limits.signUp);
    const input = validate(signUpSchema, command);
    refuseGuessablePassword(input.password, [input.email, input.displayName]);
    if (await this.users.existsBy({ email: input.email })) {
      throw badInput('An account with this email already exists', 'email');
    }
    const now = new Date();
    const user = this.users.create({
      id: newId(),
      email: input.email,
      displayName: input.displayName,
      passwordHash: await this.hasher.hash(input.password),
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.users.insert(user);
    } catch (error) {
      // Two sign-ups racing for one email: the unique index decides.
      if (await this.users.existsBy({ email: input.email })) {
        throw badInput('An account with this email already exists', 'email');
      }
      throw error;
    }
    return user;
  }

  /**
   * Unknown email and wrong password take the same path and give the same error. The attempt
   * takes its slot before the password is checked; a wrong one keeps it.
   */
  async signIn(command: SignInCommand): Promise<UserEntity> {
    const input = validate(signInSchema, command);
    await this.failedSignIns.reserve(input.email, command.ip);
    const user = await this.users.findOneBy({ email: input.email });
    if (!(await this.hasher.verify(input.password, user?.passwordHash ?? null)) || !user) {
      throw new DomainError('UNAUTHENTICATED', WRONG_CREDENTIALS, 'password');
    }
    await this.failedSignIns.succeeded(input.email, command.ip);
    return user;
  }

  /**
   * Sudo mode: the signed-in user proves their password again. Each try takes a slot of the
   * same limit as sign-ins for that account and IP; a right one gives it back.
   */
  async confirmPassword(command: ConfirmPasswordCommand): Promise<void> {
    const user = await this.users.findOneBy({ id: command.userId });
    const account = user?.email ?? command.userId;
    await this.failedSignIns.reserve(account, command.ip);
    if (!(await this.hasher.verify(command.password, user?.passwordHash ?? null))) {
      throw new DomainError('UNAUTHENTICATED', WRONG_PASSWORD, 'password');
    }
    await this.failedSignIns.succeeded(account, command.ip);
  }
}
