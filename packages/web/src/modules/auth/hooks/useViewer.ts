import { useQuery } from '@apollo/client/react';
import { VIEWER_QUERY } from '../graphql/viewer';

export function useViewer() {
  const { data, loading, error, refetch } = useQuery(VIEWER_QUERY);
  return { viewer: data?.viewer ?? null, loading, error, refetch };
}
