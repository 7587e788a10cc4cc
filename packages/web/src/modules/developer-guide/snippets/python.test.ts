import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import type { ConnectValues } from './connect-values';
import { pythonExamples } from './python';
import { CONFIDENTIAL_APP, PUBLIC_APP, REVEALED_SECRET } from './test-values';

const all = (values: ConnectValues) =>
  pythonExamples(values)
    .map((e) => e.code)
    .join('\n');

/** Python parses the examples (the system interpreter, as any user's would). */
function parses(source: string): void {
  execFileSync('python3', ['-c', 'import ast, sys; ast.parse(sys.stdin.read())'], {
    input: source,
  });
}

describe('Python (Authlib) examples', () => {
  it('are valid Python', () => {
    parses(all(PUBLIC_APP));
    parses(all({ ...CONFIDENTIAL_APP, deviceFlow: true }));
  });

  it('use this app’s client id, redirect URI and scopes, and PKCE S256', () => {
    const code = all(PUBLIC_APP);
    expect(code).toContain('client_id="pub_client_123"');
    expect(code).toContain('redirect_uri="http://127.0.0.1:8765/callback"');
    expect(code).toContain('scope="read write"');
    expect(code).toContain('code_challenge_method="S256"');
    expect(code).toContain('token_endpoint_auth_method="none"');
  });

  it('read a confidential app’s secret from the environment unless it is revealed', () => {
    expect(all(CONFIDENTIAL_APP)).toContain('client_secret=os.environ["CLIENT_SECRET"]');
    expect(all(CONFIDENTIAL_APP)).toContain('import os');
    expect(all(CONFIDENTIAL_APP)).not.toContain('bnd_cs_');
    const revealed = all({ ...CONFIDENTIAL_APP, clientSecret: REVEALED_SECRET });
    expect(revealed).toContain(`client_secret="${REVEALED_SECRET}"`);
    expect(revealed).not.toContain('import os');
  });

  it('show the device flow only when the app allows it', () => {
    expect(all(PUBLIC_APP)).not.toContain('device_code');
    expect(all({ ...PUBLIC_APP, deviceFlow: true })).toContain(
      'grant_type="urn:ietf:params:oauth:grant-type:device_code"',
    );
  });
});
