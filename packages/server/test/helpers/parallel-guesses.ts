import { basicAuthorization } from '../../../../tooling/client-auth.mjs';
import { PASSWORD, TestClient, signUp, SIGN_IN } from './client.js';
import { createApp } from './oauth.js';
import { requestFrom, STRANGER_ADDRESS, USER_ADDRESS } from './from-address.js';
import { graphql } from '../gql/index.js';

/**
 * Many guesses at one secret sent at the same moment, spread over the given server instances,
 * and what the clients heard. A guess limit holds only if no more than its `max` guesses were
 * answered as wrong; the rest must be refused as TOO_MANY_REQUESTS without being checked.
 */
export const GUESSES = 40;

/** The rate limits the scenarios run under: `max` guesses, wide per-IP limits. */
export function guessLimitsEnv(max: number): Record<string, string> {
  return {
    // A password check as slow as in production keeps the guesses in flight together.
    BCRYPT_COST: '8',
    RATE_LIMITS: 'on',
    RATE_LIMIT_SIGN_IN: `${max}/900`,
    RATE_LIMIT_SIGN_IN_IP: '100000/900',
    // Every scenario signs up from 127.0.0.1, and Redis keeps that count from one run to the next.
    RATE_LIMIT_SIGN_UP: '100000/3600',
    RATE_LIMIT_CLIENT_AUTH: `${max}/900`,
    RATE_LIMIT_DEVICE: '100000/900',
    RATE_LIMIT_USER_CODE: `${max}/900`,
    RATE_LIMIT_CODE_IP: '100000/900',
  };
}

/** How the parallel guesses were answered, and how the right secret was answered afterwards. */
export type Tally = { wrong: number; limited: number; other: string[]; rightAfterwards: string };

type Outcome = 'wrong' | 'limited' | string;

async function tally(
  guess: (i: number) => Promise<Outcome>,
  right: () => Promise<Outcome>,
): Promise<Tally> {
  const outcomes = await Promise.all(Array.from({ length: GUESSES }, (_, i) => guess(i)));
  return {
    wrong: outcomes.filter((o) => o === 'wrong').length,
    limited: outcomes.filter((o) => o === 'limited').length,
    other: outcomes.filter((o) => o !== 'wrong' && o !== 'limited'),
    rightAfterwards: await right(),
  };
}

const pick = (urls: string[], i: number) => urls[i % urls.length] ?? '';

/**
 * A GraphQL answer read as an outcome: `wrongCode` is what a checked wrong guess gets; an
 * accepted answer reads `200 none`.
 */
function gqlOutcome(
  answer: { status: number; errors?: { extensions?: { code?: string } }[] },
  wrongCode: string,
): Outcome {
  const code = answer.errors?.[0]?.extensions?.code ?? 'none';
  if (code === wrongCode) return 'wrong';
  if (code === 'TOO_MANY_REQUESTS' && answer.status === 429) return 'limited';
  return `${answer.status} ${code}`;
}

/** Wrong passwords for one account at once, then the right one. */
export async function parallelWrongPasswords(urls: string[]): Promise<Tally> {
  const user = await signUp(new TestClient(pick(urls, 0)));
  const signIn = (url: string, password: string) =>
    new TestClient(url).gql(SIGN_IN, { input: { email: user.email, password } });
  return tally(
    async (i) => gqlOutcome(await signIn(pick(urls, i), `wrong password ${i}`), 'UNAUTHENTICATED'),
    async () => gqlOutcome(await signIn(pick(urls, 1), PASSWORD), 'UNAUTHENTICATED'),
  );
}

const CONFIRM = `mutation($password: String!) { confirmPassword(password: $password) }`;

/** Wrong sudo confirmations from one signed-in session at once, then the right password. */
export async function parallelWrongConfirmations(urls: string[]): Promise<Tally> {
  const session = new TestClient(pick(urls, 0));
  await signUp(session);
  const confirm = (url: string, password: string) => session.at(url).gql(CONFIRM, { password });
  return tally(
    async (i) => gqlOutcome(await confirm(pick(urls, i), `wrong password ${i}`), 'UNAUTHENTICATED'),
    async () => gqlOutcome(await confirm(pick(urls, 1), PASSWORD), 'UNAUTHENTICATED'),
  );
}

/** Each endpoint that authenticates a client, with a form it would otherwise accept. */
export const CLIENT_AUTH_ENDPOINTS: Record<string, string> = {
  '/oauth/token': 'grant_type=refresh_token&refresh_token=bnd_rt_unknown',
  '/oauth/revoke': 'token=bnd_at_unknown',
  '/oauth/introspect': 'token=bnd_at_unknown',
  '/oauth/device_authorization': 'scope=read',
  '/oauth/par': 'response_type=code&scope=read',
};

/**
 * Wrong client secrets (or, with `secret: 'none'`, no secret) for one confidential app at one
 * endpoint at once, then the right secret.
 */
export async function parallelWrongClientSecrets(
  urls: string[],
  path: string,
  secret: 'wrong' | 'none' = 'wrong',
): Promise<Tally> {
  const owner = new TestClient(pick(urls, 0));
  await signUp(owner);
  const app = await createApp(owner, { requireSecret: true });
  const send = async (url: string, presented: string | null): Promise<Outcome> => {
    const response = await fetch(new URL(path, url), {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        ...(presented === null
          ? {}
          : { authorization: basicAuthorization(app.clientId, presented) }),
      },
      body: `${CLIENT_AUTH_ENDPOINTS[path]}${presented === null ? `&client_id=${app.clientId}` : ''}`,
    });
    const body = (await response.json().catch(() => ({}))) as { error?: string };
    if (response.status === 401 && body.error === 'invalid_client') return 'wrong';
    if (response.status === 429) return 'limited';
    return `${response.status} ${body.error ?? ''}`;
  };
  return tally(
    (i) => send(pick(urls, i), secret === 'none' ? null : `bnd_cs_wrong_${i}`),
    () => send(pick(urls, 1), app.clientSecret ?? ''),
  );
}

/** How a busy client's requests sent at once were answered: by status and error. */
export type BusyTally = Record<string, number>;

/**
 * `count` requests with the right client secret at once from 127.0.0.1, spread over the
 * instances, after `wrongFirst` wrong guesses sent one by one: how each was answered (`200 ` for
 * introspection and revocation, the grant's or the device flow's own error where client
 * authentication passed). With `strangerGuesses`, a stranger at 127.0.0.2 sends that many wrong
 * secrets for the same client in the same moment; `stranger` tallies what it heard.
 */
export async function busyClient(
  urls: string[],
  path: string,
  {
    count,
    wrongFirst = 0,
    strangerGuesses = 0,
  }: { count: number; wrongFirst?: number; strangerGuesses?: number },
): Promise<Record<string, number | BusyTally>> {
  const owner = new TestClient(pick(urls, 0));
  await signUp(owner);
  const app = await createApp(owner, { requireSecret: true });
  const send = async (from: string, url: string, secret: string): Promise<string> => {
    const answer = await requestFrom(from, new URL(path, url).href, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        authorization: basicAuthorization(app.clientId, secret),
      },
      body: CLIENT_AUTH_ENDPOINTS[path],
    });
    const body = (() => {
      try {
        return answer.json<{ error?: string }>();
      } catch {
        return {};
      }
    })();
    return `${answer.status} ${body.error ?? ''}`;
  };
  for (let i = 0; i < wrongFirst; i += 1)
    await send(USER_ADDRESS, pick(urls, i), `bnd_cs_wrong_${i}`);
  // The stranger's guesses are sent first, so they would hold every slot of a shared bucket.
  const [guesses, answers] = await Promise.all([
    Promise.all(
      Array.from({ length: strangerGuesses }, (_, i) =>
        send(STRANGER_ADDRESS, pick(urls, i + 1), `bnd_cs_stranger_${i}`),
      ),
    ),
    Promise.all(
      Array.from({ length: count }, (_, i) =>
        send(USER_ADDRESS, pick(urls, i), app.clientSecret ?? ''),
      ),
    ),
  ]);
  return strangerGuesses === 0
    ? countAnswers(answers)
    : { ...countAnswers(answers), stranger: countAnswers(guesses) };
}

function countAnswers(answers: string[]): BusyTally {
  const tally: BusyTally = {};
  for (const answer of answers) tally[answer] = (tally[answer] ?? 0) + 1;
  return tally;
}

const ALLOW_DEVICE = `mutation($clientId: String!, $input: UpdateOAuthAppInput!) {
  updateOAuthApp(clientId: $clientId, input: $input) { allowDeviceFlow } }`;

/** A live user code of a fresh device-flow app, and the app's name. */
export async function liveUserCode(url: string): Promise<{ userCode: string; appName: string }> {
  const owner = new TestClient(url);
  await signUp(owner);
  const appName = `Device app ${Math.random().toString(36).slice(2, 8)}`;
  const app = await createApp(owner, { requireSecret: false, name: appName });
  await owner.gql(ALLOW_DEVICE, { clientId: app.clientId, input: { allowDeviceFlow: true } });
  const response = await fetch(new URL('/oauth/device_authorization', url), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `client_id=${app.clientId}&scope=read`,
  });
  const body = (await response.json()) as { user_code?: string };
  if (!body.user_code) throw new Error(`device start failed: ${JSON.stringify(body)}`);
  return { userCode: body.user_code, appName };
}

/** Every GraphQL entry point that takes a user code from a signed-in session. */
export const USER_CODE_OPERATIONS: Record<string, string> = {
  deviceAuthorization: `query($code: String!) { deviceAuthorization(userCode: $code) { userCode } }`,
  approveDeviceAuthorization: `mutation($code: String!) { approveDeviceAuthorization(userCode: $code) }`,
  denyDeviceAuthorization: `mutation($code: String!) { denyDeviceAuthorization(userCode: $code) }`,
};

/** Wrong user codes from one signed-in session at once, then the live code. */
export async function parallelWrongUserCodes(urls: string[], operation: string): Promise<Tally> {
  const { userCode } = await liveUserCode(pick(urls, 0));
  const session = new TestClient(pick(urls, 0));
  await signUp(session);
  const query = USER_CODE_OPERATIONS[operation] ?? '';
  const ask = (url: string, code: string) => session.at(url).gql(query, { code });
  return tally(
    async (i) => gqlOutcome(await ask(pick(urls, i), wrongCode(i)), 'NOT_FOUND'),
    async () => gqlOutcome(await ask(pick(urls, 1), userCode), 'NOT_FOUND'),
  );
}

/** A well-formed user code (RFC 8628 §6.1 alphabet) that no device was given. */
export function wrongCode(i: number): string {
  const letters = 'BCDFGHJKLMNPQRSTVWXZ';
  const tail = [i % 20, Math.floor(i / 20) % 20].map((n) => letters[n]).join('');
  return `ZZZZ-ZZ${tail}`;
}

/** The per-IP limits at `max`, the rest as in guessLimitsEnv. */
export function perIpLimitsEnv(max: number): Record<string, string> {
  return {
    ...guessLimitsEnv(100000),
    RATE_LIMIT_SIGN_IN_IP: `${max}/900`,
    RATE_LIMIT_CODE_IP: `${max}/900`,
  };
}

/** Wrong passwords for many accounts from one IP at once, then a right one. */
export async function parallelSprayedPasswords(urls: string[]): Promise<Tally> {
  const user = await signUp(new TestClient(pick(urls, 0)));
  const signIn = (url: string, email: string, password: string) =>
    new TestClient(url).gql(SIGN_IN, { input: { email, password } });
  return tally(
    async (i) =>
      gqlOutcome(
        await signIn(pick(urls, i), `sprayed.${i}.${user.email}`, PASSWORD),
        'UNAUTHENTICATED',
      ),
    async () => gqlOutcome(await signIn(pick(urls, 1), user.email, PASSWORD), 'UNAUTHENTICATED'),
  );
}

const REQUESTING_APP = graphql(`
  query ParallelGuessesRequestingOAuthApp($code: String) {
    requestingOAuthApp(userCode: $code) {
      name
    }
  }
`);

/** Wrong user codes on the signed-out sign-in page from one IP at once, then the live code. */
export async function parallelWrongCodesSignedOut(urls: string[]): Promise<Tally> {
  const { userCode } = await liveUserCode(pick(urls, 0));
  const ask = async (url: string, code: string): Promise<Outcome> => {
    const answer = await new TestClient(url).gql(REQUESTING_APP, {
      code,
    });
    if (answer.errors) return gqlOutcome(answer, 'NOT_FOUND');
    return answer.data?.requestingOAuthApp === null ? 'wrong' : 'named';
  };
  return tally(
    (i) => ask(pick(urls, i), wrongCode(i)),
    () => ask(pick(urls, 1), userCode),
  );
}
