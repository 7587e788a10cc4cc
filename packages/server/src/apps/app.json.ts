import type { AppEntity } from './app.entity.js';
import type { OAuthClientJson, OAuthClientWithSecretJson } from './apps.schemas.js';

/** The REST shape of an app (docs/features.md, "Owned OAuth Applications"): snake_case, ISO times, never the secret. */
export function toAppJson(app: AppEntity): OAuthClientJson {
  return {
    client_id: app.clientId,
    name: app.name,
    redirect_uris: app.redirectUris,
    require_secret: app.requireSecret,
    created_at: app.createdAt.toISOString(),
    updated_at: app.updatedAt.toISOString(),
    last_used_at: app.lastUsedAt?.toISOString() ?? null,
    allow_device_flow: app.allowDeviceFlow,
    description: app.description,
    homepage_url: app.homepageUrl,
    privacy_policy_url: app.privacyPolicyUrl,
    terms_of_service_url: app.termsOfServiceUrl,
    rotate_secret_on_leak: app.rotateSecretOnLeak,
    require_pushed_authorization_requests: app.requirePushedAuthorizationRequests,
    require_dpop: app.requireDpop,
    id_token_signed_response_alg: app.idTokenSignedResponseAlg,
    secret_leaked_at: app.secretLeakedAt?.toISOString() ?? null,
    secret_leak_url: app.secretLeakUrl,
    suspended_at: app.suspendedAt?.toISOString() ?? null,
    suspended_reason: app.suspendedReason,
  };
}

/** After an action that created a secret: the app plus `client_secret`, only when there is one. */
export function toAppJsonWithSecret(
  app: AppEntity,
  clientSecret: string | null,
): OAuthClientWithSecretJson {
  return { ...toAppJson(app), ...(clientSecret === null ? {} : { client_secret: clientSecret }) };
}
