import type { FromSchema } from 'json-schema-to-ts';
import type { JsonOf } from '../toolkit/http/reply-types.js';
import { nextCursorProperty } from '../toolkit/http/rest-page.js';
import { APP_DESCRIPTION_MAX, APP_NAME_MAX, REDIRECT_URIS_MAX } from '@bnder/shared';

/**
 * JSON schemas of /consumer/v1/oauth/clients: they check the request's types, shape the
 * response (a field not listed here is never sent) and become the OpenAPI document. The
 * rules on values are the shared zod schemas', applied by the service with the field named.
 */

const name = {
  type: 'string',
  description: `1–${APP_NAME_MAX} characters after trimming, no control, bidi or invisible characters, no word mixing Latin, Cyrillic and Greek letters`,
} as const;
const redirectUris = {
  type: 'array',
  items: { type: 'string' },
  description:
    `1–${REDIRECT_URIS_MAX} distinct absolute URIs, in order: https:, http: on loopback only ` +
    '(127.0.0.1, [::1], localhost), or a private-use scheme such as com.example.app:/cb ' +
    '(RFC 8252 §7). No fragment, wildcard or user info.',
} as const;
const requireSecret = {
  type: 'boolean',
  description:
    'On: a confidential client with a client secret. Off: a public client (PKCE S256); ' +
    'turning it off deletes the secret and signs out every OAuth session of the app.',
} as const;
const clientSecret = {
  type: 'string',
  description: 'The client secret in full (bnd_cs_…). Store it safely.',
} as const;
const time = { type: 'string', format: 'date-time' } as const;
const allowDeviceFlow = {
  type: 'boolean',
  description:
    'Whether the app may use the device authorization grant (RFC 8628, ' +
    '`POST /oauth/device_authorization`); off unless turned on.',
} as const;
const requireDpop = {
  type: 'boolean',
  description:
    'Require DPoP (RFC 9449): a token request without a DPoP proof is refused with ' +
    '`invalid_dpop_proof`. Off unless turned on; a client may send proofs either way.',
} as const;
const idTokenSignedResponseAlg = {
  type: 'string',
  enum: ['RS256', 'ES256'],
  description:
    'The algorithm the app’s ID tokens are signed with (OpenID Connect Dynamic Client ' +
    'Registration 1.0 §2): `RS256` unless set to `ES256`. Both keys are in the JWKS.',
} as const;
const description = {
  type: ['string', 'null'],
  description: `What the app does, shown on the consent page: at most ${APP_DESCRIPTION_MAX} characters, with the name’s character rules. Empty or null clears it.`,
} as const;
const link = (what: string) =>
  ({
    type: ['string', 'null'],
    description: `The app’s ${what}, an https: URL shown on the consent page. Empty or null clears it.`,
  }) as const;
const rotateSecretOnLeak = {
  type: 'boolean',
  description:
    'Rotate automatically when the secret leaks: a secret reported found in public is ' +
    'replaced at once, signing out every OAuth session of the app. Off unless turned on.',
} as const;
const requirePushedAuthorizationRequests = {
  type: 'boolean',
  description:
    'Require pushed authorization requests (RFC 9126): authorize links must carry a ' +
    '`request_uri` from `POST /oauth/par`; a link with the parameters in it is refused. ' +
    'Off unless turned on.',
} as const;
const nullableTime = (what: string) =>
  ({ type: ['string', 'null'], format: 'date-time', description: what }) as const;
/** Who the app is, and its switches: accepted on create and update. */
const profileProperties = {
  allow_device_flow: allowDeviceFlow,
  rotate_secret_on_leak: rotateSecretOnLeak,
  require_pushed_authorization_requests: requirePushedAuthorizationRequests,
  require_dpop: requireDpop,
  id_token_signed_response_alg: idTokenSignedResponseAlg,
  description,
  homepage_url: link('homepage'),
  privacy_policy_url: link('privacy policy'),
  terms_of_service_url: link('terms of service'),
} as const;

const appProperties = {
  client_id: { type: 'string', description: 'The public client identifier (RFC 6749 §2.2)' },
  name: { type: 'string', description: 'The name users see on the consent page' },
  redirect_uris: {
    type: 'array',
    items: { type: 'string' },
    description: 'Where authorization answers may go, matched exactly (RFC 6749 §3.1.2)',
  },
  require_secret: {
    type: 'boolean',
    description: 'Whether the app is confidential and authenticates with its client secret',
  },
  created_at: { ...time, description: 'When the app was created' },
  updated_at: { ...time, description: 'When the owner last changed the app' },
  last_used_at: {
    type: ['string', 'null'],
    format: 'date-time',
    description: 'When a token of the app was last used; null before that',
  },
  ...profileProperties,
  secret_leaked_at: nullableTime(
    'When the current secret was seen in an authorize link or reported found in public: rotate it',
  ),
  secret_leak_url: {
    type: ['string', 'null'],
    description: 'Where a secret scanner found the current secret, when it said',
  },
  suspended_at: nullableTime(
    'When Bnder suspended the app: its tokens were revoked and it cannot be used',
  ),
  suspended_reason: {
    type: ['string', 'null'],
    description: 'Why Bnder suspended the app; only Bnder can lift a suspension',
  },
} as const;
const appRequired = [
  'client_id',
  'name',
  'redirect_uris',
  'require_secret',
  'created_at',
  'updated_at',
  'last_used_at',
  'allow_device_flow',
  'description',
  'homepage_url',
  'privacy_policy_url',
  'terms_of_service_url',
  'rotate_secret_on_leak',
  'require_pushed_authorization_requests',
  'require_dpop',
  'id_token_signed_response_alg',
  'secret_leaked_at',
  'secret_leak_url',
  'suspended_at',
  'suspended_reason',
] as const;

/** An app as read: never its secret. */
export const oauthClient = {
  $id: 'OAuthClient',
  type: 'object',
  description: 'An OAuth app, as its owner reads it (never its secret)',
  properties: appProperties,
  required: appRequired,
} as const;

/** An app after an action that created a secret: the secret once, in full. */
export const oauthClientWithSecret = {
  $id: 'OAuthClientWithSecret',
  type: 'object',
  description: 'An OAuth app, with `client_secret` when the action created one',
  properties: { ...appProperties, client_secret: clientSecret },
  required: appRequired,
} as const;

export const oauthClientList = {
  $id: 'OAuthClientList',
  type: 'object',
  description: 'A page of your OAuth apps, newest first',
  properties: {
    data: { type: 'array', items: { $ref: 'OAuthClient#' } },
    next_cursor: nextCursorProperty,
  },
  required: ['data', 'next_cursor'],
} as const;

export const clientSecretOnly = {
  $id: 'ClientSecret',
  type: 'object',
  description: 'A client secret, in full',
  properties: { client_secret: clientSecret },
  required: ['client_secret'],
} as const;

/** The response schemas above, for the API's components.schemas and the `$ref`s' types. */
export const APP_SCHEMAS = [
  oauthClient,
  oauthClientWithSecret,
  oauthClientList,
  clientSecretOnly,
] as const;

/** An app as its REST answers carry it (derived from the schema, not written again). */
export type OAuthClientJson = JsonOf<typeof oauthClient>;
export type OAuthClientWithSecretJson = JsonOf<typeof oauthClientWithSecret>;

export const createClientBody = {
  type: 'object',
  properties: {
    name,
    redirect_uris: redirectUris,
    require_secret: requireSecret,
    ...profileProperties,
  },
  required: ['name', 'redirect_uris', 'require_secret'],
  additionalProperties: false,
} as const;

export const updateClientBody = {
  type: 'object',
  properties: {
    name,
    redirect_uris: redirectUris,
    require_secret: requireSecret,
    ...profileProperties,
  },
  additionalProperties: false,
} as const;

export const clientParams = {
  type: 'object',
  properties: {
    client_id: { type: 'string', maxLength: 64, description: 'The app’s client id' },
  },
  required: ['client_id'],
} as const;

/** A create or update body: the update schema's fields, which the create body's are too. */
type ClientBody = FromSchema<typeof updateClientBody>;

/** The service's camelCase patch from a REST body's snake_case fields. */
export function appPatchFrom(body: ClientBody) {
  return {
    name: body.name,
    redirectUris: body.redirect_uris,
    requireSecret: body.require_secret,
    allowDeviceFlow: body.allow_device_flow,
    rotateSecretOnLeak: body.rotate_secret_on_leak,
    requirePushedAuthorizationRequests: body.require_pushed_authorization_requests,
    requireDpop: body.require_dpop,
    idTokenSignedResponseAlg: body.id_token_signed_response_alg,
    description: body.description,
    homepageUrl: body.homepage_url,
    privacyPolicyUrl: body.privacy_policy_url,
    termsOfServiceUrl: body.terms_of_service_url,
  };
}
