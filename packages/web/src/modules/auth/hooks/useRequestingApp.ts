import { useQuery } from '@apollo/client/react';
import { REQUESTING_APP_QUERY } from '../graphql/requesting-app';
import { requestingAppOf } from '../requesting-app';

/** The name of the app a sign-in is for, or null while unknown or when there is none. */
export function useRequestingApp(returnTo: string | null): string | null {
  const asked = requestingAppOf(returnTo);
  const { data } = useQuery(REQUESTING_APP_QUERY, {
    variables: asked ?? {},
    skip: asked === null,
  });
  return data?.requestingOAuthApp?.name ?? null;
}
