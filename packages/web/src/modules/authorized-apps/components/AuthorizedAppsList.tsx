import { useEffect, useMemo, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { EmptyState } from '../../../ui/EmptyState';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { ShowMore } from '../../../ui/ShowMore';
import { useOlderPages } from '../../../lib/use-older-pages';
import {
  AUTHORIZED_APPS_QUERY,
  OLDER_AUTHORIZED_APPS_QUERY,
  type AuthorizedApp,
} from '../graphql/authorized-apps';
import { AuthorizedAppCard } from './AuthorizedAppCard';

/** Where focus goes once a card is gone: the next card's Revoke access, else the page heading. */
type FocusTarget = { clientId: string | null };

export function AuthorizedAppsList({ onRevoked }: { onRevoked: (app: AuthorizedApp) => void }) {
  const { data, loading, error, refetch } = useQuery(AUTHORIZED_APPS_QUERY, {
    fetchPolicy: 'cache-and-network',
  });
  const listRef = useRef<HTMLUListElement>(null);
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(null);
  const focused = useRef<FocusTarget | null>(null);
  const firstPage = data?.authorizedOAuthAppsConnection;
  const more = useOlderPages(
    OLDER_AUTHORIZED_APPS_QUERY,
    {},
    (page) => page.authorizedOAuthAppsConnection,
    firstPage?.pageInfo,
  );
  const [revokedIds, setRevokedIds] = useState<ReadonlySet<string>>(new Set());
  const older = more.older;
  const apps = useMemo(
    () =>
      firstPage && [...firstPage.nodes, ...older.filter((app) => !revokedIds.has(app.clientId))],
    [firstPage, older, revokedIds],
  );

  useEffect(() => {
    if (!focusTarget || focused.current === focusTarget) return;
    const next = focusTarget.clientId
      ? listRef.current?.querySelector<HTMLElement>(
          `[data-revoke-for="${CSS.escape(focusTarget.clientId)}"]`,
        )
      : null;
    (next ?? document.querySelector<HTMLElement>('h1'))?.focus();
    focused.current = focusTarget;
  }, [focusTarget, apps]);

  if (loading && !data) return <Loading label="Loading authorized applications…" />;
  if (error && !data) {
    return (
      <ErrorState
        error={error}
        title="Authorized applications could not be loaded"
        onRetry={() => void refetch()}
      />
    );
  }

  if (!apps || apps.length === 0) {
    return (
      <EmptyState title="No authorized applications" icon="✓">
        <p>When you authorize an application to use your account, it appears here.</p>
      </EmptyState>
    );
  }

  function revoked(app: AuthorizedApp, index: number, list: readonly AuthorizedApp[]) {
    const neighbour = list[index + 1] ?? list[index - 1];
    setFocusTarget({ clientId: neighbour?.clientId ?? null });
    // An older page is held outside the cache: a revoked app leaves it here.
    setRevokedIds((ids) => new Set(ids).add(app.clientId));
    onRevoked(app);
  }

  return (
    <>
      <ul ref={listRef} className="app-list" aria-label="Authorized applications">
        {apps.map((app, index) => (
          <AuthorizedAppCard
            key={app.clientId}
            app={app}
            onRevoked={(gone) => revoked(gone, index, apps)}
          />
        ))}
      </ul>
      {more.hasMore && (
        <ShowMore
          label="Show more"
          loading={more.loading}
          error={more.error}
          onShowMore={() => void more.loadMore()}
        />
      )}
    </>
  );
}
