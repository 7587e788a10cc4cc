import { InvalidRequest } from '../errors.js';
import type { OAuthParams } from '../form.js';

export type Prompt = 'none' | 'login' | 'consent';

/** The OpenID Connect authentication request parameters this server honours (Core §3.1.2.1). */
export type OpenIdParams = {
  nonce: string | null;
  prompts: Prompt[];
  /** Seconds; the sign-in must be at most this old. */
  maxAge: number | null;
  loginHint: string | null;
  idTokenHint: string | null;
};

const NONCE_MAX = 512;
const HINT_MAX = 320;
const ID_TOKEN_HINT_MAX = 4096;
const PROMPTS: readonly string[] = ['none', 'login', 'consent', 'select_account'];

/** Core §3.1.2.1: reads and bounds nonce, prompt, max_age, login_hint and id_token_hint. */
export function checkOpenIdParams(params: OAuthParams): OpenIdParams {
  const nonce = bounded(params, 'nonce', NONCE_MAX);
  const loginHint = bounded(params, 'login_hint', HINT_MAX);
  const idTokenHint = bounded(params, 'id_token_hint', ID_TOKEN_HINT_MAX);
  return {
    nonce,
    prompts: checkPrompt(params.prompt),
    maxAge: checkMaxAge(params.max_age),
    loginHint,
    idTokenHint,
  };
}

/**
 * Core §3.1.2.1: space-separated; `none` stands alone. `select_account` is accepted and means
 * nothing more here: a session holds one account.
 */
function checkPrompt(raw: string | undefined): Prompt[] {
  if (raw === undefined) return [];
  const values = raw.split(' ').filter((v) => v !== '');
  const unknown = values.filter((v) => !PROMPTS.includes(v));
  if (unknown.length > 0) throw new InvalidRequest(`unknown prompt value: ${unknown.join(' ')}`);
  if (values.includes('none') && values.length > 1)
    throw new InvalidRequest('prompt=none cannot be combined with another prompt value');
  return values.filter((v): v is Prompt => v !== 'select_account');
}

function checkMaxAge(raw: string | undefined): number | null {
  if (raw === undefined) return null;
  if (!/^\d{1,10}$/.test(raw)) throw new InvalidRequest('max_age must be a number of seconds');
  return Number(raw);
}

function bounded(params: OAuthParams, name: string, max: number): string | null {
  const value = params[name] ?? null;
  if (value !== null && value.length > max)
    throw new InvalidRequest(`${name} must be at most ${max} characters`);
  return value;
}
