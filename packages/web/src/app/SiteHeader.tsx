import { Link } from 'react-router';
import { useSignOut } from '../modules/auth/hooks/useSignOut';
import { useViewer } from '../modules/auth/hooks/useViewer';
import { Alert } from '../ui/Alert';
import { Brand } from '../ui/Brand';
import { Button } from '../ui/Button';

/**
 * The bar on top of every page outside the sign-in and consent cards: the brand, which leads
 * home, and the account (or a way to sign in).
 */
export function SiteHeader() {
  const { viewer, loading, error: sessionError } = useViewer();
  const { signOut, pending, error } = useSignOut();

  return (
    <>
      <header className="topbar">
        <Link to="/" className="topbar__home">
          <Brand />
        </Link>
        {viewer && (
          <div className="topbar__account">
            <span className="topbar__user">
              <span className="topbar__name">{viewer.displayName}</span>
              <span className="topbar__email">{viewer.email}</span>
            </span>
            <Button size="sm" onClick={() => void signOut()} busy={pending}>
              Sign out
            </Button>
          </div>
        )}
        {!viewer && !loading && !sessionError && (
          <Link to="/signin" className="button button--secondary button--sm">
            Sign in
          </Link>
        )}
      </header>
      {error && <Alert>{error}</Alert>}
    </>
  );
}
