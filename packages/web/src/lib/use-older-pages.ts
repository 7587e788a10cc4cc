import { useState } from 'react';
import type { TypedDocumentNode } from '@apollo/client';
import { useApolloClient } from '@apollo/client/react';

export type PageInfo = { hasNextPage: boolean; endCursor?: string | null };
export type Connection<T> = { nodes: readonly T[]; pageInfo: PageInfo };

/**
 * The pages after a list's first one, loaded on demand ("Show more"). The first page stays the
 * cached query the rest of the app updates; later pages are fetched with the server's cursor
 * (`after: endCursor`) and kept here, so they vanish with the list and load fresh next time.
 */
export function useOlderPages<T, TData, TVars extends { after: string }>(
  query: TypedDocumentNode<TData, TVars>,
  variables: Omit<TVars, 'after'>,
  select: (data: TData) => Connection<T>,
  firstPage: PageInfo | undefined,
) {
  const client = useApolloClient();
  const [older, setOlder] = useState<readonly T[]>([]);
  const [lastPage, setLastPage] = useState<PageInfo | null>(null);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const pageInfo = lastPage ?? firstPage;
  const hasMore = Boolean(pageInfo?.hasNextPage && pageInfo.endCursor);

  async function loadMore() {
    const after = pageInfo?.endCursor;
    if (!after || loading) return;
    setLoading(true);
    setError(null);
    try {
      const { data } = await client.query({
        query,
        variables: { ...variables, after } as TVars,
        fetchPolicy: 'no-cache',
      });
      if (!data) throw new Error('The server returned no page');
      const page = select(data as TData);
      setOlder((shown) => [...shown, ...page.nodes]);
      setLastPage(page.pageInfo);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  }

  return { older, hasMore, loading, error, loadMore };
}
