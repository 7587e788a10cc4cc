import { describe, expect, it } from 'vitest';
import { TestClient, SIGN_IN } from '../helpers/client.js';
import { useTestServer } from '../helpers/server.js';

// A sign-in's bucket names its email and address; an email near its 254-character limit makes a
// name longer than the counters' key column, which must still count it (not answer 500).
const LIMIT = 3;

const server = useTestServer({
  RATE_LIMITS: 'on',
  RATE_LIMIT_SIGN_IN: `${LIMIT}/900`,
  RATE_LIMIT_SIGN_IN_IP: '1000/900',
});

const longEmail = (tag: string) =>
  `${tag}${'a'.repeat(60)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(50)}.test`;

async function codesFor(email: string, tries: number): Promise<string[]> {
  const codes: string[] = [];
  for (let i = 0; i < tries; i++) {
    const answer = await new TestClient(server.url).gql(SIGN_IN, {
      input: { email, password: `wrong password ${i}` },
    });
    codes.push(answer.errors?.[0]?.extensions?.code ?? 'none');
  }
  return codes;
}

describe('failed sign-ins with an email near its longest', () => {
  it('are counted and limited like any other', async () => {
    expect(await codesFor(longEmail('x'), LIMIT + 1)).toEqual([
      ...Array<string>(LIMIT).fill('UNAUTHENTICATED'),
      'TOO_MANY_REQUESTS',
    ]);
  });

  it('keep two long emails that share a beginning apart', async () => {
    await codesFor(longEmail('y1'), LIMIT + 1);
    expect(await codesFor(longEmail('y2'), 1)).toEqual(['UNAUTHENTICATED']);
  });
});
