import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';

const dataDir = () => mkdtempSync(join(tmpdir(), 'bnder-config-'));

describe('loadConfig', () => {
  it('uses the documented defaults', () => {
    const config = loadConfig({ DATA_DIR: dataDir() });
    expect(config).toMatchObject({
      port: 3000,
      host: '127.0.0.1',
      publicUrl: 'http://localhost:3000',
      databaseUrl: 'sqlite:./data/bnder.sqlite',
      bcryptCost: 12,
      rateLimitsEnabled: true,
      shutdownTimeoutSeconds: 10,
      maxAppsPerAccount: 100,
      maxNotesPerAccount: 10_000,
    });
    expect(config.rateLimits.failedSignIn).toEqual({ max: 10, windowSeconds: 900 });
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid setting PORT:/],
    [{ DATABASE_URL: 'postgres://x' }, /^Invalid setting DATABASE_URL:/],
    [{ SECRET_KEY: 'c2hvcnQ=' }, /^Invalid setting SECRET_KEY:/],
    [
      { NODE_ENV: 'production' },
      /^Invalid setting SECRET_KEY: is required when NODE_ENV=production/,
    ],
    [{ RATE_LIMITS: 'maybe' }, /^Invalid setting RATE_LIMITS:/],
    [{ RATE_LIMIT_SIGN_IN: 'ten' }, /^Invalid setting RATE_LIMIT_SIGN_IN:/],
    [
      { DATABASE_URL: 'mysql://root@127.0.0.1:3311,,127.0.0.1:3313/bnder' },
      /^Invalid setting DATABASE_URL: host 2 of the list \(""\) is not host or host:port$/,
    ],
    [
      { DATABASE_URL: 'mysql://root@127.0.0.1:3311,127.0.0.1:33a2/bnder' },
      /^Invalid setting DATABASE_URL: host 2 of the list \("127.0.0.1:33a2"\)/,
    ],
    [{ DATABASE_URL: 'mysql://root@db1:99999/bnder' }, /^Invalid setting DATABASE_URL: host 1/],
    [{ SHUTDOWN_TIMEOUT: 'soon' }, /^Invalid setting SHUTDOWN_TIMEOUT:/],
    [{ SHUTDOWN_TIMEOUT: '-1' }, /^Invalid setting SHUTDOWN_TIMEOUT:/],
    [{ TRUST_PROXY: 'true' }, /^Invalid setting TRUST_PROXY: "true" is not an IP address/],
    [{ TRUST_PROXY: '10.0.0.1,proxy.local' }, /^Invalid setting TRUST_PROXY: "proxy.local"/],
    [{ TRUST_PROXY: '10.0.0.0/33' }, /^Invalid setting TRUST_PROXY: "10.0.0.0\/33"/],
    [{ TRUST_PROXY: '10.0.0.0/8/8' }, /^Invalid setting TRUST_PROXY:/],
    [{ TRUST_PROXY: ' , ' }, /^Invalid setting TRUST_PROXY: must list proxy addresses/],
    [{ MAX_APPS_PER_ACCOUNT: '0' }, /^Invalid setting MAX_APPS_PER_ACCOUNT:/],
    [{ MAX_NOTES_PER_ACCOUNT: 'many' }, /^Invalid setting MAX_NOTES_PER_ACCOUNT:/],
  ])('stops with one line naming the bad setting for %j', (env, message) => {
    expect(() => loadConfig({ DATA_DIR: dataDir(), ...env })).toThrow(message);
  });

  it('generates SECRET_KEY once into the data folder, readable by the owner only', () => {
    const dir = dataDir();
    const first = loadConfig({ DATA_DIR: dir }).secretKey;
    const second = loadConfig({ DATA_DIR: dir }).secretKey;
    expect(first).toHaveLength(32);
    expect(second.equals(first)).toBe(true);
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(
      Buffer.from(readFileSync(join(dir, 'secret.key'), 'utf8').trim(), 'base64').equals(first),
    ).toBe(true);
  });

  it('accepts a MySQL host list, and one host as before', () => {
    const list = 'mysql://app:p%40ss@db1:3306,db2,[::1]:3307/bnder';
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: list }).databaseUrl).toBe(list);
    const one = 'mysql://root@127.0.0.1:3306/bnder';
    expect(loadConfig({ DATA_DIR: dataDir(), DATABASE_URL: one }).databaseUrl).toBe(one);
  });

  it('trusts no proxy unless TRUST_PROXY lists addresses or CIDR ranges', () => {
    expect(loadConfig({ DATA_DIR: dataDir() }).trustedProxies).toEqual([]);
    const listed = loadConfig({
      DATA_DIR: dataDir(),
      TRUST_PROXY: '10.0.0.5, 192.168.0.0/16,fd00::/8 ,::1',
    });
    expect(listed.trustedProxies).toEqual(['10.0.0.5', '192.168.0.0/16', 'fd00::/8', '::1']);
  });

  it('reads configurable rate limits', () => {
    const config = loadConfig({ DATA_DIR: dataDir(), RATE_LIMIT_TOKEN: '5/10' });
    expect(config.rateLimits.tokenRequests).toEqual({ max: 5, windowSeconds: 10 });
  });
});
