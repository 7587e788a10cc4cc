import type { ConsumerRoutes } from '../toolkit/http/consumer-api.js';
import { addResponseSchemas, requireScope } from '../toolkit/http/consumer-api.js';
import { requireProfile } from '../toolkit/principal.js';
import { needs, securedBy } from '../toolkit/http/openapi.js';
import { jsonAnswer } from '../toolkit/http/openapi-responses.js';
import { API_EXAMPLES } from './api.examples.js';
import { profile, updateProfileBody, type ProfileJson } from './api.schemas.js';
import type { Profile, ProfileService } from './profile.service.js';
import { withSnakeCaseFields } from './rest-fields.js';

const toProfileJson = (p: Profile): ProfileJson => ({
  id: p.id,
  email: p.email,
  display_name: p.displayName,
});

/** GET and PATCH /consumer/v1/me: the caller's own profile. */
export const meRoutes: ConsumerRoutes<{ profile: ProfileService }> = (
  consumerApi,
  { profile: profiles },
) => {
  const api = addResponseSchemas(consumerApi, [profile]);

  api.get(
    '/me',
    {
      config: { profile: true },
      schema: {
        tags: ['Profile'],
        operationId: 'getProfile',
        summary: 'Get your profile',
        description: needs('read'),
        security: securedBy('read'),
        response: { 200: jsonAnswer('Your profile', profile, API_EXAMPLES.profile) },
      },
    },
    async (request) => {
      // The bearer check (or the session lookup) read the user in this request already.
      return toProfileJson(requireProfile(requireScope(request, 'read')));
    },
  );

  api.patch(
    '/me',
    {
      schema: {
        tags: ['Profile'],
        operationId: 'updateProfile',
        summary: 'Change your display name',
        description: needs('write'),
        security: securedBy('write'),
        body: updateProfileBody,
        response: {
          200: jsonAnswer('Your profile after the change', profile, API_EXAMPLES.profile),
        },
      },
    },
    async (request) => {
      const { user } = requireScope(request, 'write');
      const updated = await withSnakeCaseFields(() =>
        profiles.updateDisplayName(user.id, request.body.display_name),
      );
      return toProfileJson(updated);
    },
  );
};
