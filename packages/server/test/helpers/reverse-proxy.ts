import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './server-process.js';

const NGINX = '/usr/sbin/nginx';

export type ReverseProxy = {
  /** Plain http into the proxy: it forwards `X-Forwarded-Proto: http`. */
  httpUrl: string;
  /** TLS into the proxy (a self-signed certificate): it forwards `X-Forwarded-Proto: https`. */
  httpsUrl: string;
  /** The address the proxy connects to the instances from: what TRUST_PROXY names. */
  address: string;
  errorLog(): string;
  stop(): Promise<void>;
};

/**
 * A real nginx (Debian's nginx-light) on loopback in front of the given instances, configured as
 * docs/scaling-out.md tells an operator: round robin over the upstream, the client address
 * appended to `X-Forwarded-For`, the scheme in `X-Forwarded-Proto`. It connects to the
 * instances from `address` (default 127.0.0.3), so it is told apart from test clients on other
 * loopback addresses. Everything it writes (config, pid, temp files, logs, certificate) stays in a
 * temporary folder of its own.
 */
export async function startReverseProxy(
  upstreams: string[],
  options: { address?: string } = {},
): Promise<ReverseProxy> {
  if (!existsSync(NGINX)) throw new Error(`${NGINX} is missing: apt-get install nginx-light`);
  const address = options.address ?? '127.0.0.3';
  const dir = mkdtempSync(join(tmpdir(), 'bnder-nginx-'));
  selfSignedCertificate(dir);
  const [httpPort, httpsPort] = [await freePort(), await freePort()];
  const config = nginxConfig({ dir, upstreams, address, httpPort, httpsPort });
  writeFileSync(join(dir, 'nginx.conf'), config);
  const errorLog = join(dir, 'error.log');
  const child = spawn(NGINX, ['-p', dir, '-c', join(dir, 'nginx.conf'), '-e', errorLog], {
    stdio: 'ignore',
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const readLog = () => (existsSync(errorLog) ? readFileSync(errorLog, 'utf8') : '');
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      await exited;
    }
    rmSync(dir, { recursive: true, force: true });
  };
  const httpUrl = `http://127.0.0.1:${httpPort}`;
  try {
    await untilAnswering(`${httpUrl}/healthz`, () => child.exitCode !== null, readLog);
  } catch (error) {
    await stop();
    throw error;
  }
  return { httpUrl, httpsUrl: `https://127.0.0.1:${httpsPort}`, address, errorLog: readLog, stop };
}

type ConfigInput = {
  dir: string;
  upstreams: string[];
  address: string;
  httpPort: number;
  httpsPort: number;
};

function nginxConfig({ dir, upstreams, address, httpPort, httpsPort }: ConfigInput): string {
  const servers = upstreams.map((url) => `    server ${new URL(url).host};`).join('\n');
  // Run as root (these tests do): workers as another user could not use the temp folder.
  const user = process.getuid?.() === 0 ? 'user root;' : '';
  return `${user}
daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  upstream bnder {
${servers}
  }
  server {
    listen 127.0.0.1:${httpPort};
    listen 127.0.0.1:${httpsPort} ssl;
    ssl_certificate ${dir}/cert.pem;
    ssl_certificate_key ${dir}/key.pem;
    location / {
      proxy_pass http://bnder;
      proxy_bind ${address};
      proxy_set_header Host $host;
      proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
      proxy_set_header X-Forwarded-Proto $scheme;
    }
  }
}
`;
}

function selfSignedCertificate(dir: string): void {
  execFileSync(
    'openssl',
    [
      ...['req', '-x509', '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:P-256', '-nodes'],
      ...['-subj', '/CN=127.0.0.1', '-days', '1'],
      ...['-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
    ],
    { stdio: 'ignore' },
  );
}

async function untilAnswering(url: string, exited: () => boolean, log: () => string) {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    if (exited()) throw new Error(`nginx exited at start:\n${log()}`);
    try {
      const response = await fetch(url);
      await response.arrayBuffer();
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not answer ${url} within 15 s:\n${log()}`);
}
