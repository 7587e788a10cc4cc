import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ConnectValues } from './connect-values';
import { javascriptExamples } from './javascript';
import { CONFIDENTIAL_APP, PUBLIC_APP, REVEALED_SECRET } from './test-values';

const all = (values: ConnectValues) =>
  javascriptExamples(values)
    .map((e) => e.code)
    .join('\n');

/** Node parses the module (imports and top-level await included) without running it. */
function parses(source: string): void {
  const file = join(mkdtempSync(join(tmpdir(), 'bnder-js-example-')), 'example.mjs');
  writeFileSync(file, source);
  execFileSync(process.execPath, ['--check', file]);
}

describe('JavaScript (oauth4webapi) examples', () => {
  it('are valid JavaScript, each after the setup', () => {
    for (const values of [PUBLIC_APP, { ...CONFIDENTIAL_APP, deviceFlow: true }]) {
      const [first, ...rest] = javascriptExamples(values);
      parses(first?.code ?? '');
      for (const example of rest) parses(`async function run() {\n${example.code}\n}`);
    }
  });

  it('use this app’s client id, redirect URI and scopes', () => {
    const code = all(PUBLIC_APP);
    expect(code).toContain('client_id: "pub_client_123"');
    expect(code).toContain('const redirectUri = "http://127.0.0.1:8765/callback"');
    expect(code).toContain('scope: "read write"');
    expect(code).toContain('const clientAuth = oauth.None()');
  });

  it('read a confidential app’s secret from the environment unless it is revealed', () => {
    expect(all(CONFIDENTIAL_APP)).toContain('oauth.ClientSecretBasic(process.env.CLIENT_SECRET)');
    expect(all(CONFIDENTIAL_APP)).not.toContain('bnd_cs_');
    expect(all({ ...CONFIDENTIAL_APP, clientSecret: REVEALED_SECRET })).toContain(
      `oauth.ClientSecretBasic("${REVEALED_SECRET}")`,
    );
  });

  it('allow plain http only for an http issuer', () => {
    expect(all(PUBLIC_APP)).not.toContain('allowInsecureRequests');
    expect(all({ ...PUBLIC_APP, issuer: 'http://localhost:3000' })).toContain(
      '[oauth.allowInsecureRequests]: true',
    );
  });

  it('show the device flow only when the app allows it', () => {
    expect(all(PUBLIC_APP)).not.toContain('deviceAuthorizationRequest');
    expect(all({ ...PUBLIC_APP, deviceFlow: true })).toContain('deviceAuthorizationRequest');
  });
});
