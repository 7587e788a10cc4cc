import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { curlExamples, shellQuote } from './curl';
import type { ConnectValues, ExampleId } from './connect-values';
import { CONFIDENTIAL_APP, PUBLIC_APP, REVEALED_SECRET } from './test-values';

const code = (values: ConnectValues, id: ExampleId) =>
  curlExamples(values).find((example) => example.id === id)?.code ?? '';

/** Runs an example in bash with curl replaced by a stand-in that prints its arguments. */
function curlArguments(script: string): string[] {
  const output = execFileSync('bash', ['-c', `curl() { printf '%s\\n' "$@"; }\n${script}`], {
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      CODE: 'the-code',
      CODE_VERIFIER: 'the-verifier',
      REFRESH_TOKEN: 'bnd_rt_x',
      CLIENT_SECRET: 'from-env',
    },
    encoding: 'utf8',
  });
  return output.trim().split('\n');
}

describe('curl examples', () => {
  it('exchange a public client’s code with client_id, the redirect URI and the verifier', () => {
    expect(curlArguments(code(PUBLIC_APP, 'exchange'))).toEqual([
      '-sS',
      '-X',
      'POST',
      'https://bnder.example/oauth/token',
      '-d',
      'grant_type=authorization_code',
      '--data-urlencode',
      'code=the-code',
      '--data-urlencode',
      'redirect_uri=http://127.0.0.1:8765/callback',
      '--data-urlencode',
      'code_verifier=the-verifier',
      '-d',
      'client_id=pub_client_123',
    ]);
  });

  it('authenticate a confidential client with Basic and $CLIENT_SECRET, never the secret itself', () => {
    const exchange = code(CONFIDENTIAL_APP, 'exchange');
    expect(exchange).toContain('"conf_client_456:$CLIENT_SECRET"');
    expect(curlArguments(exchange)).toEqual(
      expect.arrayContaining([
        '-u',
        'conf_client_456:from-env',
        'redirect_uri=https://weather.example/oauth/callback?tenant=a b',
      ]),
    );
    for (const example of curlExamples(CONFIDENTIAL_APP)) {
      expect(example.code).not.toContain('bnd_cs_');
    }
  });

  it('fill in the secret only while it is revealed', () => {
    const revealed = { ...CONFIDENTIAL_APP, clientSecret: REVEALED_SECRET };
    expect(curlArguments(code(revealed, 'refresh'))).toEqual(
      expect.arrayContaining([
        '-u',
        `conf_client_456:${REVEALED_SECRET}`,
        'refresh_token=bnd_rt_x',
      ]),
    );
  });

  it('make a PKCE pair whose challenge is the S256 of the verifier, in the authorize link', () => {
    const script = `${code(PUBLIC_APP, 'pkce')}\necho "$CODE_VERIFIER"`;
    const [link = '', verifier = ''] = execFileSync('bash', ['-c', script], { encoding: 'utf8' })
      .trim()
      .split('\n');
    const url = new URL(link);
    expect(url.origin + url.pathname).toBe('https://bnder.example/oauth/authorize');
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code',
      client_id: 'pub_client_123',
      redirect_uri: 'http://127.0.0.1:8765/callback',
      scope: 'read write',
      code_challenge_method: 'S256',
    });
    expect(verifier).toMatch(/^[A-Za-z0-9_-]{43,128}$/);
    const challenge = execFileSync(
      'bash',
      [
        '-c',
        `printf '%s' '${verifier}' | openssl dgst -sha256 -binary | openssl base64 | tr '+/' '-_' | tr -d '=\\n'`,
      ],
      { encoding: 'utf8' },
    );
    expect(url.searchParams.get('code_challenge')).toBe(challenge);
    expect(url.searchParams.get('state')).toMatch(/^[0-9a-f]{32}$/);
  });

  it('show the device flow only when the app allows it', () => {
    expect(curlExamples(PUBLIC_APP).map((e) => e.id)).not.toContain('device');
    const device = code({ ...PUBLIC_APP, deviceFlow: true }, 'device');
    expect(device).toContain('https://bnder.example/oauth/device_authorization');
    expect(device).toContain('grant_type=urn:ietf:params:oauth:grant-type:device_code');
  });

  it('quote for the shell so nothing inside expands', () => {
    expect(curlArguments(`curl ${shellQuote("it's $HOME `x`")}`)).toEqual(["it's $HOME `x`"]);
  });
});
