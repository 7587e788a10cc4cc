import bcrypt from 'bcrypt';

export class PasswordHasher {
  /** A hash of a random password, compared against when the email is unknown, so both paths cost the same. */
  private readonly dummyHash: Promise<string>;

  constructor(private readonly cost: number) {
    this.dummyHash = bcrypt.hash(`dummy-${Math.random()}`, cost);
  }

  hash(password: string): Promise<string> {
    return bcrypt.hash(password, this.cost);
  }

  async verify(password: string, hash: string | null): Promise<boolean> {
    const matches = await bcrypt.compare(password, hash ?? (await this.dummyHash));
    return matches && hash !== null;
  }
}
