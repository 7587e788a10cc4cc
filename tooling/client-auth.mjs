// RFC 6749 §2.3.1: client_secret_basic. The client id and secret are each encoded with the
// application/x-www-form-urlencoded algorithm (Appendix B) before they are joined with a colon
// and base64-encoded, so an id or secret with ':' or non-ASCII characters survives.
const formEncode = (/** @type {string} */ value) =>
  new URLSearchParams([['', value]]).toString().slice(1);

/**
 * The Authorization header value for HTTP Basic client authentication.
 * @param {string} clientId
 * @param {string} clientSecret
 */
export function basicAuthorization(clientId, clientSecret) {
  const pair = `${formEncode(clientId)}:${formEncode(clientSecret)}`;
  return `Basic ${Buffer.from(pair, 'utf8').toString('base64')}`;
}
