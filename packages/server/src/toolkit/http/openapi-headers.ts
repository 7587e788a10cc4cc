/**
 * The response headers the OpenAPI document names, defined once under components.headers.
 * A route's response refers to one with headerRef; the document builder turns the reference
 * into a Header Object `$ref`.
 */
export const RESPONSE_HEADERS = {
  Challenge: {
    required: true,
    description:
      'The challenge every 401 carries (RFC 9110 §15.5.2): the Bearer scheme (RFC 6750 §3), ' +
      'with `error` and `error_description` when the request sent a token, and ' +
      "`resource_metadata`, the URL of this API's protected resource metadata (RFC 9728 §5.1)",
    schema: {
      type: 'string',
      examples: [
        'Bearer error="invalid_token", error_description="The access token is invalid", ' +
          'resource_metadata="https://bnder.example/.well-known/oauth-protected-resource/consumer/v1"',
      ],
    },
  },
  ErrorChallenge: {
    description:
      'Sent when the request carried a bearer token: the RFC 6750 §3.1 error, and for ' +
      '`insufficient_scope` the scope needed; `resource_metadata` as on a 401 (RFC 9728 §5.1)',
    schema: {
      type: 'string',
      examples: [
        'Bearer error="insufficient_scope", scope="write", ' +
          'resource_metadata="https://bnder.example/.well-known/oauth-protected-resource/consumer/v1"',
      ],
    },
  },
  RetryAfter: {
    required: true,
    description: 'Seconds to wait before trying again (RFC 9110 §10.2.3)',
    schema: { type: 'string', pattern: '^[0-9]+$', examples: ['5'] },
  },
  NoStore: {
    required: true,
    description: 'The answer holds a client secret, so no cache may keep it (RFC 9111 §5.2.2.5)',
    schema: { type: 'string', const: 'no-store' },
  },
  NextPage: {
    description:
      'Sent when a next page follows: its URL, relative to this one, as `<…>; rel="next"` ' +
      '(RFC 8288 §3); the same page `next_cursor` leads to',
    schema: {
      type: 'string',
      examples: ['</consumer/v1/notes?limit=50&cursor=MTc2NTAw…>; rel="next"'],
    },
  },
  NoStoreWhenSecret: {
    description: '`no-store` whenever the answer holds `client_secret` (RFC 9111 §5.2.2.5)',
    schema: { type: 'string', const: 'no-store' },
  },
} as const;

export type ResponseHeader = keyof typeof RESPONSE_HEADERS;

const COMPONENT = '#/components/headers/';

export const headerRef = (name: ResponseHeader) => ({ $ref: `${COMPONENT}${name}` });

type Answers = { responses?: Record<string, { headers?: Record<string, unknown> }> };

/**
 * @fastify/swagger wraps a response header in `{ schema }`; a header that refers to a
 * component is unwrapped into the Reference Object OpenAPI 3.1 allows there.
 */
export function referComponentHeaders(paths: object): void {
  const operations = Object.values(paths).flatMap((item: object) => Object.values(item));
  for (const operation of operations as Answers[]) {
    for (const { headers } of Object.values(operation.responses ?? {})) {
      for (const [name, header] of Object.entries(headers ?? {})) {
        const ref = (header as { schema?: { $ref?: unknown } }).schema?.$ref;
        if (headers && typeof ref === 'string' && ref.startsWith(COMPONENT))
          headers[name] = { $ref: ref };
      }
    }
  }
}
