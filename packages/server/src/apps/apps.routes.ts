import type { FastifyRequest } from 'fastify';
import { withSnakeCaseFields } from '../api/rest-fields.js';
import {
  addResponseSchemas,
  requireScope,
  type ConsumerRoutes,
} from '../toolkit/http/consumer-api.js';
import { needs, securedBy } from '../toolkit/http/openapi.js';
import { jsonAnswer, noContent } from '../toolkit/http/openapi-responses.js';
import { hasRecentSignIn, requireRecentSignIn } from '../principals/recent-sign-in.js';
import { noStore } from '../toolkit/http/security-headers.js';
import { pageQuery, restPageRequest, sendPage } from '../toolkit/http/rest-page.js';
import type { Config } from '../config/load-config.js';
import type { AppSecretsService } from './app-secrets.service.js';
import type { AppsService } from './apps.service.js';
import { toAppJson, toAppJsonWithSecret } from './app.json.js';
import { APP_EXAMPLES } from './apps.examples.js';
import {
  APP_SCHEMAS,
  clientParams,
  clientSecretOnly,
  createClientBody,
  oauthClient,
  oauthClientList,
  oauthClientWithSecret,
  updateClientBody,
  appPatchFrom,
} from './apps.schemas.js';

const tags = ['OAuth clients'];
const params = clientParams;
const SUDO_NOTE =
  'With the cookie session it also needs a sign-in or password confirmation within `SUDO_TTL` ' +
  '(15 minutes by default); otherwise 403 `sudo_required`.';

/** /consumer/v1/oauth/clients: the owner's management of their OAuth apps (docs/features.md, "Owned OAuth Applications"). */
type AppsRoutesDeps = { apps: AppsService; appSecrets: AppSecretsService; config: Config };

export const appsRoutes: ConsumerRoutes<AppsRoutesDeps> = (
  consumerApi,
  { apps, appSecrets, config },
) => {
  /** The caller with the scope and, with the cookie session, a recent sign-in (sudo mode). */
  function requireSudo(request: FastifyRequest, scope: 'write' | 'delete') {
    const principal = requireScope(request, scope);
    requireRecentSignIn(principal, config);
    return principal;
  }

  const api = addResponseSchemas(consumerApi, APP_SCHEMAS);

  api.get(
    '/oauth/clients',
    {
      schema: {
        tags,
        operationId: 'listOAuthClients',
        summary: 'List your OAuth apps, newest first, a page at a time',
        description: needs('read'),
        security: securedBy('read'),
        querystring: pageQuery,
        response: {
          200: jsonAnswer('A page of your OAuth apps', oauthClientList, APP_EXAMPLES.list, {
            Link: 'NextPage',
          }),
        },
      },
    },
    async (request, reply) => {
      const { user } = requireScope(request, 'read');
      const page = await apps.list(user.id, restPageRequest(request));
      return sendPage(request, reply, page, toAppJson);
    },
  );

  api.post(
    '/oauth/clients',
    {
      schema: {
        tags,
        operationId: 'createOAuthClient',
        summary: 'Create an OAuth app; a confidential one gets its secret here, once',
        description: needs('write'),
        security: securedBy('write'),
        body: createClientBody,
        response: {
          201: jsonAnswer(
            'The new app, with its client secret when it is confidential',
            oauthClientWithSecret,
            APP_EXAMPLES.appWithSecret,
            { 'Cache-Control': 'NoStoreWhenSecret' },
          ),
        },
      },
    },
    async (request, reply) => {
      const { user } = requireScope(request, 'write');
      const created = await withSnakeCaseFields(() =>
        apps.create(user.id, appPatchFrom(request.body)),
      );
      if (created.clientSecret !== null) noStore(reply);
      // Fastify types `reply.code(201).send()` without the response's `content` schema, so the
      // status is set apart and the body returned, which the type provider checks.
      reply.code(201);
      return toAppJsonWithSecret(created.app, created.clientSecret);
    },
  );

  api.get(
    '/oauth/clients/:client_id',
    {
      schema: {
        tags,
        operationId: 'getOAuthClient',
        summary: 'Get one of your OAuth apps (never its secret)',
        description: needs('read'),
        security: securedBy('read'),
        params,
        response: { 200: jsonAnswer('The app', oauthClient, APP_EXAMPLES.app) },
      },
    },
    async (request) => {
      const { user } = requireScope(request, 'read');
      return toAppJson(await apps.get(user.id, request.params.client_id));
    },
  );

  api.patch(
    '/oauth/clients/:client_id',
    {
      schema: {
        tags,
        operationId: 'updateOAuthClient',
        summary:
          'Change the name, redirect URIs, Require a client secret, Allow device flow or who the app is',
        description:
          `${needs('write')} Turning require_secret on answers the new secret, once. ` +
          'Turning it off, adding a redirect URI or turning allow_device_flow on widens who ' +
          `can get the app's codes and tokens: ${SUDO_NOTE}`,
        security: securedBy('write'),
        params,
        body: updateClientBody,
        response: {
          200: jsonAnswer(
            'The app after the change, with a new client secret when the change created one',
            oauthClientWithSecret,
            APP_EXAMPLES.appWithSecret,
            { 'Cache-Control': 'NoStoreWhenSecret' },
          ),
        },
      },
    },
    async (request, reply) => {
      const principal = requireScope(request, 'write');
      if (request.body.require_secret === false) requireRecentSignIn(principal, config);
      const recentSignIn = hasRecentSignIn(principal, config);
      const updated = await withSnakeCaseFields(() =>
        apps.update(
          principal.user.id,
          request.params.client_id,
          appPatchFrom(request.body),
          recentSignIn,
        ),
      );
      if (updated.clientSecret !== null) noStore(reply);
      return toAppJsonWithSecret(updated.app, updated.clientSecret);
    },
  );

  // Rotate and reveal answer the same way: a fresh or current secret, never cached.
  const secretRoute = (
    method: 'GET' | 'POST',
    url: string,
    operationId: string,
    summary: string,
    answer: string,
    action: (ownerId: string, clientId: string) => Promise<{ clientSecret: string }>,
  ) =>
    api.route({
      method,
      url,
      schema: {
        tags,
        operationId,
        summary,
        description: `${needs('write')} ${SUDO_NOTE}`,
        security: securedBy('write'),
        params,
        response: {
          200: jsonAnswer(answer, clientSecretOnly, APP_EXAMPLES.secret, {
            'Cache-Control': 'NoStore',
          }),
        },
      },
      handler: async (request, reply) => {
        const { user } = requireSudo(request, 'write');
        const { clientSecret } = await action(user.id, request.params.client_id);
        noStore(reply);
        return { client_secret: clientSecret };
      },
    });
  secretRoute(
    'POST',
    '/oauth/clients/:client_id/secret/rotate',
    'rotateOAuthClientSecret',
    'Rotate the client secret; every OAuth session of the app is signed out',
    'The new client secret; the old one no longer works',
    (owner, clientId) => appSecrets.rotateSecret(owner, clientId),
  );
  secretRoute(
    'GET',
    '/oauth/clients/:client_id/secret',
    'revealOAuthClientSecret',
    'Reveal the current client secret (recorded in the app’s activity log)',
    'The current client secret',
    (owner, clientId) => appSecrets.revealSecret(owner, clientId),
  );

  api.delete(
    '/oauth/clients/:client_id',
    {
      schema: {
        tags,
        operationId: 'deleteOAuthClient',
        summary: 'Delete an OAuth app; its tokens stop working at once',
        description: `${needs('delete')} ${SUDO_NOTE}`,
        security: securedBy('delete'),
        params,
        response: { 204: noContent('Deleted: its tokens no longer work') },
      },
    },
    async (request, reply) => {
      const { user } = requireSudo(request, 'delete');
      await apps.delete(user.id, request.params.client_id);
      // The 204 schema is `null`; Fastify sends a 204 without a body (RFC 9110 §15.3.5).
      return reply.code(204).send(null);
    },
  );
};
