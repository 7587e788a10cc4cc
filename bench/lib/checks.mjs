import { postForm } from './flow.mjs';

/**
 * One request per figure before it is measured, checking the answer's content (wrk only sees
 * status codes): a benchmark of the wrong path is worse than none.
 */
/**
 * @param {{ scheme?: string, dpop?: string, id?: string, path?: string }} [options] R1D sends
 * `DPoP` and a proof; the floor's F1 answers at its own `path`.
 */
export async function checkMe(baseUrl, accessToken, userId, options = {}) {
  const { scheme = 'Bearer', dpop, id = dpop ? 'R1D' : 'R1', path = '/consumer/v1/me' } = options;
  const response = await fetch(new URL(path, baseUrl), {
    headers: { authorization: `${scheme} ${accessToken}`, ...(dpop ? { dpop } : {}) },
  });
  const body = await response.json();
  if (response.status !== 200 || body.id !== userId) {
    throw new Error(`${id} check: GET ${path} answered ${response.status} ${body.error ?? ''}`);
  }
}

export async function checkIntrospect(
  baseUrl,
  auth,
  accessToken,
  { id = 'R2', path = '/oauth/introspect' } = {},
) {
  const { status, body } = await postForm(baseUrl, path, auth, { token: accessToken });
  if (status !== 200 || body.active !== true) {
    throw new Error(`${id} check: ${path} answered ${status} active=${body.active}`);
  }
}

/** A grant request with one freshly minted credential must answer 200 with new tokens. */
export async function checkGrant(id, baseUrl, auth, params, path = '/oauth/token') {
  const { status, body } = await postForm(baseUrl, path, auth, params);
  if (status !== 200 || typeof body.access_token !== 'string') {
    throw new Error(`${id} check: ${path} answered ${status} ${body.error ?? ''}`);
  }
}
