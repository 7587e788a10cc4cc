// The test kit: what the server tests, the browser tests and the benchmarks do to get a user, an
// app and tokens, written once. Each file has a .d.mts beside it with its types.
export { signUp, uniqueEmail, PASSWORD } from './accounts.mjs';
export { createApp, DEFAULT_REDIRECT_URI } from './apps.mjs';
export {
  authorize,
  clientAuthFor,
  exchangeCode,
  obtainTokens,
  pendingCode,
  postAsApp,
} from './code-flow.mjs';
export { APPROVE_AUTHORIZATION, CREATE_APP, SIGN_IN, SIGN_UP } from './operations.mjs';
export { pkcePair } from './pkce.mjs';
export { HttpSession } from './session.mjs';
export { basicAuthorization } from '../client-auth.mjs';
