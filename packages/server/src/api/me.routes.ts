import type { ConsumerRoutes } from '../toolkit/http/consumer-api.js';
import { requireScope } from '../toolkit/http/consumer-api.js';
import { securedBy } from '../toolkit/http/openapi.js';
import { errorResponses, needs, profile, updateProfileBody } from './api.schemas.js';
import type { Profile, ProfileService } from './profile.service.js';
import { withSnakeCaseFields } from './rest-fields.js';

const toProfileJson = (p: Profile) => ({ id: p.id, email: p.email, display_name: p.displayName });

/** GET and PATCH /consumer/v1/me: the caller's own profile. */
export const meRoutes: ConsumerRoutes<{ profile: ProfileService }> = (
  api,
  { profile: profiles },
) => {
  api.get(
    '/me',
    {
      schema: {
        tags: ['Profile'],
        summary: 'Get your profile',
        description: needs('read'),
        security: securedBy('read'),
        response: { 200: profile, ...errorResponses },
      },
    },
    async (request) => {
      // The bearer check (or the session lookup) read the user in this request already.
      const { user } = requireScope(request, 'read');
      return toProfileJson(user);
    },
  );

  api.patch<{ Body: { display_name: string } }>(
    '/me',
    {
      schema: {
        tags: ['Profile'],
        summary: 'Change your display name',
        description: needs('write'),
        security: securedBy('write'),
        body: updateProfileBody,
        response: { 200: profile, ...errorResponses },
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
