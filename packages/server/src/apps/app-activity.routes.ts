import {
  addResponseSchemas,
  requireScope,
  type ConsumerRoutes,
} from '../toolkit/http/consumer-api.js';
import { needs, securedBy } from '../toolkit/http/openapi.js';
import { jsonAnswer } from '../toolkit/http/openapi-responses.js';
import { pageQuery, restPageRequest, sendPage } from '../toolkit/http/rest-page.js';
import type { AppActivityService } from './app-activity.service.js';
import {
  APP_EVENT_EXAMPLES,
  APP_EVENT_SCHEMAS,
  appEventList,
  toAppEventJson,
} from './app-activity.schemas.js';
import { clientParams } from './apps.schemas.js';

/** GET /consumer/v1/oauth/clients/{client_id}/activity: the owner's log of one app, paged. */
export const appActivityRoutes: ConsumerRoutes<{ appActivity: AppActivityService }> = (
  consumerApi,
  { appActivity },
) => {
  const api = addResponseSchemas(consumerApi, APP_EVENT_SCHEMAS);

  api.get(
    '/oauth/clients/:client_id/activity',
    {
      schema: {
        tags: ['OAuth clients'],
        operationId: 'listOAuthClientActivity',
        summary: 'List an app’s activity log, newest first, a page at a time (kept after deletion)',
        description: needs('read'),
        security: securedBy('read'),
        params: clientParams,
        querystring: pageQuery,
        response: {
          200: jsonAnswer('A page of the log', appEventList, APP_EVENT_EXAMPLES.events, {
            Link: 'NextPage',
          }),
        },
      },
    },
    async (request, reply) => {
      const { user } = requireScope(request, 'read');
      const clientId = request.params.client_id;
      const page = await appActivity.list(user.id, clientId, restPageRequest(request));
      return sendPage(request, reply, page, toAppEventJson);
    },
  );
};
