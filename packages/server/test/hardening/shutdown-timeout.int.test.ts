import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../helpers/database.js';
import { startServerProcess, type ServerProcess } from '../helpers/server-process.js';

let database: TestDatabase;
let server: ServerProcess;
let stderr = '';
const sockets: Socket[] = [];
afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.destroy();
  await server.stop('SIGKILL');
  await database.drop();
});

/** A web build whose one asset is far bigger than the socket buffers between two processes. */
function webBuildWithLargeAsset(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bnder-web-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Bnder</title>');
  writeFileSync(join(dir, 'assets', 'large.bin'), randomBytes(48 * 1024 * 1024));
  return dir;
}

/** The database of this pass: SQLite, or MariaDB when TEST_DATABASE_URL names it. */
async function startWithShutdownTimeout(webDistDir?: string) {
  database = await createTestDatabase();
  server = await startServerProcess({
    DATABASE_URL: database.url,
    DATA_DIR: database.dataDir,
    SHUTDOWN_TIMEOUT: '1',
    ...(webDistDir ? { WEB_DIST_DIR: webDistDir } : {}),
  });
  stderr = '';
  server.child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
}

/** A forced exit is not a clean one: a supervisor sees a failure code and the reason on stderr. */
function expectForcedExit(exitCode: number | null) {
  expect(exitCode).not.toBe(0);
  expect(exitCode).not.toBeNull();
  expect(stderr).toMatch(/Forced exit: requests were still open when SHUTDOWN_TIMEOUT \(1 s\)/);
  expect(server.output()).toMatch(/shutdown timeout reached/);
}

/** A raw connection that sends `head` and resolves once the server has answered something. */
async function holdRequest(head: string, onFirstAnswer: (socket: Socket) => void) {
  const { hostname, port } = new URL(server.url);
  const socket = connect(Number(port), hostname);
  sockets.push(socket);
  const closed = new Promise<void>((resolve) => socket.once('close', () => resolve()));
  socket.on('error', () => undefined);
  await new Promise<void>((resolve) => {
    socket.once('data', () => {
      onFirstAnswer(socket);
      resolve();
    });
    socket.write(head);
  });
  return { socket, closed };
}

describe('SHUTDOWN_TIMEOUT after SIGTERM', () => {
  it('closes a slow upload that never ends, then exits non-zero saying why', async () => {
    await startWithShutdownTimeout();
    // Expect: 100-continue makes the server answer once it holds the request (RFC 9110 §10.1.1).
    const upload = await holdRequest(
      'POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n' +
        'Content-Length: 60000\r\nExpect: 100-continue\r\n\r\n{"query":"',
      () => undefined,
    );

    expectForcedExit(await server.stop('SIGTERM'));
    await upload.closed;
  });

  it('closes a response whose client stopped reading, then exits non-zero saying why', async () => {
    const webDistDir = webBuildWithLargeAsset();
    try {
      await startWithShutdownTimeout(webDistDir);
      const download = await holdRequest(
        'GET /assets/large.bin HTTP/1.1\r\nHost: localhost\r\n\r\n',
        (socket) => socket.pause(),
      );

      expectForcedExit(await server.stop('SIGTERM'));
      // Reading again, the client drains what was sent and then finds the connection closed.
      download.socket.resume();
      await download.closed;
    } finally {
      rmSync(webDistDir, { recursive: true, force: true });
    }
  });
});
