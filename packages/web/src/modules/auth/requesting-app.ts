/**
 * What a sign-in was started for, read from its return_to: an authorize link names its app by
 * client_id, the device page by the code the device shows. Anything else asks for nothing.
 */
export function requestingAppOf(
  returnTo: string | null,
): { clientId: string } | { userCode: string } | null {
  if (!returnTo?.startsWith('/')) return null;
  const url = new URL(returnTo, 'http://localhost');
  const clientId = url.searchParams.get('client_id');
  const userCode = url.searchParams.get('user_code');
  if (url.pathname === '/oauth/authorize' && clientId) return { clientId };
  if (url.pathname === '/device' && userCode) return { userCode };
  return null;
}
