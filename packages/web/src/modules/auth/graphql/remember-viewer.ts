import type { ApolloCache } from '@apollo/client';
import { VIEWER_QUERY, type Viewer } from './viewer';

/** After signing in or up, the settings pages know who is signed in without asking again. */
export function rememberViewer(cache: ApolloCache, viewer: Viewer | undefined): void {
  if (viewer) cache.writeQuery({ query: VIEWER_QUERY, data: { viewer } });
}
