/**
 * The /consumer/v1 reply types, checked by `pnpm typecheck` (this file is compiled, never run).
 * Each `@ts-expect-error` must meet an error: if the type provider stopped checking replies
 * against the route's response schema, the directive would be unused and the check would fail.
 */
import { toAppJson } from '../../src/apps/app.json.js';
import type { AppEntity } from '../../src/apps/app.entity.js';
import {
  APP_SCHEMAS,
  oauthClient,
  oauthClientList,
  type OAuthClientJson,
} from '../../src/apps/apps.schemas.js';
import { addResponseSchemas, type ConsumerRoutes } from '../../src/toolkit/http/consumer-api.js';
import { jsonAnswer } from '../../src/toolkit/http/openapi-responses.js';

export const replyTypeChecks: ConsumerRoutes<{ app: AppEntity }> = (consumerApi, { app }) => {
  const api = addResponseSchemas(consumerApi, APP_SCHEMAS);
  const one = { schema: { response: { 200: jsonAnswer('The app', oauthClient, {}) } } };
  const created = { schema: { response: { 201: jsonAnswer('The app', oauthClient, {}) } } };
  const page = { schema: { response: { 200: jsonAnswer('Apps', oauthClientList, {}) } } };
  const json = toAppJson(app);

  // What the schema describes compiles, returned or sent.
  api.get('/right', one, async () => json);
  api.get('/right-sent', one, async (_request, reply) => {
    await reply.send({ ...json });
  });
  api.get('/right-page', page, async () => ({ data: [json], next_cursor: null }));

  // A required field missing.
  // @ts-expect-error: `name` and the other required fields are missing
  api.get('/missing', one, async () => ({ client_id: json.client_id }));
  // A wrong type.
  // @ts-expect-error: `require_secret` is a boolean
  api.get('/wrong-type', one, async () => ({ ...json, require_secret: 'yes' }));
  // A wrong type inside a `$ref`'d item of a list.
  // @ts-expect-error: `created_at` is a string
  api.get('/wrong-item', page, async () => ({
    data: [{ ...json, created_at: 0 }],
    next_cursor: null,
  }));
  // A 201 set apart, its body returned: checked the same way.
  // @ts-expect-error: `redirect_uris` is an array of strings
  api.post('/wrong-created', created, async (_request, reply) => {
    reply.code(201);
    return { ...json, redirect_uris: 'https://app.example/cb' };
  });
  // A field the (closed, as sent) schema does not list: the serializer would drop it silently.
  api.get('/unknown-field', one, async (_request, reply) => {
    // @ts-expect-error: `secret_sealed` is not a field of OAuthClient
    await reply.send({ ...json, secret_sealed: 'x' });
  });
};

/** A mapper declares the derived type, so a field the schema does not list fails there too. */
export const unknownFieldInMapper = (json: OAuthClientJson): OAuthClientJson => ({
  ...json,
  // @ts-expect-error: `owner_id` is not a field of OAuthClient
  owner_id: 'x',
});
