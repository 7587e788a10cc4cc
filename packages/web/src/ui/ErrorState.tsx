import { Link, useLocation } from 'react-router';
import { errorCode, errorMessage } from '../lib/graphql-errors';
import { Button } from './Button';

export interface ErrorStateProps {
  error: unknown;
  title?: string;
  onRetry?: () => void;
}

export function ErrorState({
  error,
  title = 'This could not be loaded',
  onRetry,
}: ErrorStateProps) {
  const signedOut = errorCode(error) === 'UNAUTHENTICATED';
  const { pathname, search } = useLocation();
  const signInPath = `/signin?return_to=${encodeURIComponent(pathname + search)}`;
  return (
    <div className="error-state" role="alert">
      <p className="error-state__title">{signedOut ? 'Your session has ended' : title}</p>
      <p>{signedOut ? 'Sign in again to continue.' : errorMessage(error)}</p>
      {signedOut ? (
        <Link className="button button--primary" to={signInPath}>
          Sign in
        </Link>
      ) : (
        onRetry && (
          <Button variant="secondary" onClick={onRetry}>
            Try again
          </Button>
        )
      )}
    </div>
  );
}
