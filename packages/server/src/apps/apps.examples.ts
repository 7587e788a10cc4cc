/** Examples of /consumer/v1/oauth/clients answers, for the OpenAPI document. */

const exampleApp = {
  client_id: 'Xo3vU9pQd2kR7sTnY1bWcA',
  name: 'My integration',
  redirect_uris: ['https://client.example/callback'],
  require_secret: true,
  created_at: '2026-01-05T09:30:00.000Z',
  updated_at: '2026-01-05T09:30:00.000Z',
  last_used_at: null,
  allow_device_flow: false,
  description: 'Syncs your notes to a calendar',
  homepage_url: 'https://client.example',
  privacy_policy_url: 'https://client.example/privacy',
  terms_of_service_url: null,
  rotate_secret_on_leak: false,
  require_pushed_authorization_requests: false,
  require_dpop: false,
  id_token_signed_response_alg: 'RS256',
  secret_leaked_at: null,
  secret_leak_url: null,
  suspended_at: null,
  suspended_reason: null,
};
const exampleSecret = 'bnd_cs_4vJ0oG8m2yQe5TzK1xWbN7rLs3dHu6aPcF9iE0gVtYk';

export const APP_EXAMPLES = {
  app: { app: { summary: 'A confidential app', value: exampleApp } },
  appWithSecret: {
    confidential: {
      summary: 'A confidential app: its secret, once',
      value: { ...exampleApp, client_secret: exampleSecret },
    },
    public: {
      summary: 'A public app: no secret',
      value: { ...exampleApp, require_secret: false },
    },
  },
  list: {
    apps: { summary: 'One app, the last page', value: { data: [exampleApp], next_cursor: null } },
  },
  secret: { secret: { summary: 'The secret', value: { client_secret: exampleSecret } } },
};
