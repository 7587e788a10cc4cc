import { Fragment, useEffect, type ComponentType, type ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { useViewer } from '../hooks/useViewer';
import { signInPathFor } from '../return-to';

const CHECKING = 'Checking your session…';
const FAILED = 'Your session could not be checked';

/** The tab says what the page is doing while it has no heading of its own yet. */
function useStateTitle(title: string | null) {
  useEffect(() => {
    if (title) document.title = `${title} · Bnder`;
  }, [title]);
}

/**
 * Renders its children for a signed-in user; sends everyone else to sign in and back. While the
 * session is checked, or when that fails, it shows the state in place: the page around it (the
 * settings shell, the consent card) stays.
 */
export function RequireViewer({
  children,
  frame: Frame = Fragment,
  signedOut,
}: {
  children: ReactNode;
  /** What a signed-out visitor gets instead of sign-in with the way back here. */
  signedOut?: ReactNode;
  /** What the waiting and failed states show in, where the page's own frame is not drawn yet. */
  frame?: ComponentType<{ children: ReactNode }>;
}) {
  const { viewer, loading, error, refetch } = useViewer();
  const location = useLocation();
  useStateTitle(loading ? CHECKING : error ? FAILED : null);

  if (loading) {
    return (
      <Frame>
        <Loading label={CHECKING} />
      </Frame>
    );
  }
  if (error) {
    return (
      <Frame>
        <ErrorState error={error} title={FAILED} onRetry={() => void refetch()} />
      </Frame>
    );
  }
  if (!viewer && signedOut) return signedOut;
  if (!viewer) {
    const here = `${location.pathname}${location.search}${location.hash}`;
    return <Navigate to={signInPathFor(here)} replace />;
  }
  return children;
}
