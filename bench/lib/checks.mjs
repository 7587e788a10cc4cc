import { postForm } from './flow.mjs';

/**
 * One request per figure before it is measured, checking the answer's content (wrk only sees
 * status codes): a benchmark of the wrong path is worse than none.
 */
/** @param {{ scheme?: string, dpop?: string }} [options] R1D sends `DPoP` and a proof. */
export async function checkMe(baseUrl, accessToken, userId, options = {}) {
  const { scheme = 'Bearer', dpop } = options;
  const response = await fetch(new URL('/consumer/v1/me', baseUrl), {
    headers: { authorization: `${scheme} ${accessToken}`, ...(dpop ? { dpop } : {}) },
  });
  const body = await response.json();
  if (response.status !== 200 || body.id !== userId) {
    throw new Error(
      `${dpop ? 'R1D' : 'R1'} check: GET /consumer/v1/me answered ${response.status} ${body.error ?? ''}`,
    );
  }
}

export async function checkIntrospect(baseUrl, auth, accessToken) {
  const { status, body } = await postForm(baseUrl, '/oauth/introspect', auth, {
    token: accessToken,
  });
  if (status !== 200 || body.active !== true) {
    throw new Error(`R2 check: introspection answered ${status} active=${body.active}`);
  }
}

/** A grant request with one freshly minted credential must answer 200 with new tokens. */
export async function checkGrant(id, baseUrl, auth, params) {
  const { status, body } = await postForm(baseUrl, '/oauth/token', auth, params);
  if (status !== 200 || typeof body.access_token !== 'string') {
    throw new Error(`${id} check: /oauth/token answered ${status} ${body.error ?? ''}`);
  }
}

/** F1 must answer as R1 does: the token's user. */
export async function checkFloorMe(floorUrl, accessToken, userId) {
  const response = await fetch(new URL('/me', floorUrl), {
    headers: { authorization: `Bearer ${accessToken}` },
  });
  const body = await response.json();
  if (response.status !== 200 || body.id !== userId)
    throw new Error(`F1 check: the floor's /me answered ${response.status} ${body.error ?? ''}`);
}

/** F2 must answer as R2 does: the token is active. */
export async function checkFloorIntrospect(floorUrl, auth, accessToken) {
  const { status, body } = await postForm(floorUrl, '/introspect', auth, { token: accessToken });
  if (status !== 200 || body.active !== true)
    throw new Error(`F2 check: the floor's /introspect answered ${status} active=${body.active}`);
}

/** A grant floor (F3, F4) must answer one fresh credential with new tokens too. */
export async function checkFloorGrant(id, floorUrl, path, auth, params) {
  const { status, body } = await postForm(floorUrl, path, auth, params);
  if (status !== 200 || typeof body.access_token !== 'string') {
    throw new Error(`${id} check: the floor's ${path} answered ${status} ${body.error ?? ''}`);
  }
}
