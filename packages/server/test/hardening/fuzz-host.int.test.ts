import fc from 'fast-check';
import { request as httpRequest } from 'node:http';
import { describe, it } from 'vitest';
import {
  expectAlive,
  expectAuthorizeShape,
  expectGraphQLShape,
  expectJsonErrorShape,
  type Answer,
} from './fuzz-checks.js';
import { TIMEOUT, server, useFuzzServer } from './fuzz-server.js';

useFuzzServer();

/** A raw request with a Host header fetch would never send. */
function withHost(path: string, method: string, host: string, body?: string): Promise<Answer> {
  const { port } = new URL(server.url);
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { host };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const request = httpRequest(
      { host: '127.0.0.1', port, path, method, headers, setHost: false },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (text += chunk));
        response.on('end', () => {
          const status = response.statusCode ?? 0;
          const responseHeaders = new Headers();
          for (const [name, value] of Object.entries(response.headers))
            if (typeof value === 'string') responseHeaders.set(name, value);
          resolve({
            status,
            headers: responseHeaders,
            text,
            label: `${method} ${path} Host: ${host} → ${status} ${text.slice(0, 200)}`,
          });
        });
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

describe('fuzzing the Host header', () => {
  it(
    'answers every entry point with no 5xx whatever the Host says',
    async () => {
      const host = fc.oneof(
        fc.constantFrom('[', '[::1', 'a b', '%zz', 'x:99999999', '', 'évil.example', '::'),
        fc.stringMatching(/^[\x21-\x7e]{1,30}$/),
      );
      const entry = fc.constantFrom('graphql', 'rest', 'token', 'authorize');
      await fc.assert(
        fc.asyncProperty(entry, host, async (which, value) => {
          if (which === 'graphql') {
            const body = JSON.stringify({ query: '{ viewer { id } }' });
            expectGraphQLShape(await withHost('/graphql', 'POST', value, body));
          } else if (which === 'rest') {
            expectJsonErrorShape(await withHost('/consumer/v1/me', 'GET', value));
          } else if (which === 'token') {
            expectJsonErrorShape(await withHost('/oauth/token', 'POST', value, '{}'));
          } else {
            const answer = await withHost(`/oauth/authorize?client_id=x`, 'GET', value);
            expectAuthorizeShape(answer, server.url, []);
          }
          await expectAlive(server.url);
        }),
        { numRuns: 60 },
      );
    },
    TIMEOUT,
  );
});
