import { describe, expect, it } from 'vitest';
import { PASSWORD, TestClient, signUp } from '../helpers/client.js';
import { liveUserCode, wrongCode } from '../helpers/parallel-guesses.js';
import { useTestServer } from '../helpers/server.js';

// One operation is never worth more guesses than one request: guessing fields may appear once,
// and lists count by their page size, checked before any resolver runs.
const server = useTestServer({ RATE_LIMIT_CODE_IP: '50/900', RATE_LIMIT_USER_CODE: '10/900' });

const refusedBeforeRunning = (answer: Awaited<ReturnType<TestClient['gql']>>) => ({
  status: answer.status,
  data: answer.data,
  code: answer.errors?.[0]?.extensions?.code,
});
const REFUSED = { status: 400, data: null, code: 'GRAPHQL_VALIDATION_FAILED' };

/** `count` aliases of one field, the live user code hidden among wrong ones. */
function aliases(count: number, field: (i: number) => string): string {
  return Array.from({ length: count }, (_, i) => `a${i}: ${field(i)}`).join('\n');
}

describe('the cost of one GraphQL operation', () => {
  it('refuses 150 aliases of requestingOAuthApp(userCode:) without naming the app', async () => {
    const { userCode, appName } = await liveUserCode(server.url);
    const fields = aliases(150, (i) =>
      i === 77
        ? `requestingOAuthApp(userCode: "${userCode}") { name }`
        : `requestingOAuthApp(userCode: "${wrongCode(i)}") { name }`,
    );
    const stranger = new TestClient(server.url);
    const answer = await stranger.gql(`{ ${fields} }`);
    expect(refusedBeforeRunning(answer)).toEqual(REFUSED);
    expect(answer.errors?.[0]?.message).toMatch(/only one of .*requestingOAuthApp/);
    expect(JSON.stringify(answer)).not.toContain(appName);
    // Nothing was looked up, so nothing was counted: the one honest look-up still works.
    const one = await stranger.gql(`{ requestingOAuthApp(userCode: "${userCode}") { name } }`);
    expect(one.data).toEqual({ requestingOAuthApp: { name: appName } });
  });

  it('refuses aliases of the signed-in deviceAuthorization query', async () => {
    const { userCode } = await liveUserCode(server.url);
    const session = new TestClient(server.url);
    await signUp(session);
    const fields = aliases(
      20,
      (i) => `deviceAuthorization(userCode: "${i === 3 ? userCode : wrongCode(i)}") { userCode }`,
    );
    expect(refusedBeforeRunning(await session.gql(`{ ${fields} }`))).toEqual(REFUSED);
  });

  it('refuses a mutation with many signIn aliases, and counts none of them', async () => {
    const user = await signUp(new TestClient(server.url));
    const fields = aliases(
      30,
      (i) => `signIn(input: { email: "${user.email}", password: "guess ${i}" }) { id }`,
    );
    const guesser = new TestClient(server.url);
    expect(refusedBeforeRunning(await guesser.gql(`mutation { ${fields} }`))).toEqual(REFUSED);
    const honest = await guesser.gql(
      `mutation($input: SignInInput!) { signIn(input: $input) { id } }`,
      { input: { email: user.email, password: PASSWORD } },
    );
    expect(honest.data).toEqual({ signIn: { id: user.id } });
  });

  it('counts guessing fields through fragments and across kinds', async () => {
    const session = new TestClient(server.url);
    await signUp(session);
    const twice = await session.gql(`query { ...Look ...Again }
      fragment Look on Query { deviceAuthorization(userCode: "BCDF-GHJK") { userCode } }
      fragment Again on Query { other: deviceAuthorization(userCode: "BCDF-GHJL") { userCode } }`);
    expect(refusedBeforeRunning(twice)).toEqual(REFUSED);
    const mixed = await session.gql(`{ requestingOAuthApp(userCode: "BCDF-GHJK") { name }
      deviceAuthorization(userCode: "BCDF-GHJL") { userCode } }`);
    expect(refusedBeforeRunning(mixed)).toEqual(REFUSED);
    const confirmTwice = await session.gql(`mutation {
      a: confirmPassword(password: "one guess") b: confirmPassword(password: "another") }`);
    expect(refusedBeforeRunning(confirmTwice)).toEqual(REFUSED);
  });

  it('weighs a list by its page size and refuses an operation over the cost limit', async () => {
    const owner = new TestClient(server.url);
    await signUp(owner);
    const appFields = 'clientId name redirectUris requireSecret createdAt updatedAt';
    const one = await owner.gql(`{ ownedOAuthApps { ${appFields} } }`);
    expect(one.data).toEqual({ ownedOAuthApps: [] });
    // 1 + 100 × 6 each: nine copies of the list are over 5000, though only 63 fields.
    const many = await owner.gql(`{ ${aliases(9, () => `ownedOAuthApps { ${appFields} }`)} }`);
    expect(refusedBeforeRunning(many)).toEqual(REFUSED);
    expect(many.errors?.[0]?.message).toMatch(/costs 5409, over the limit of 5000/);
  });
});
