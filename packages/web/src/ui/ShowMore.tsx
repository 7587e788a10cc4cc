import { errorMessage } from '../lib/graphql-errors';
import { Button } from './Button';

export interface ShowMoreProps {
  label: string;
  loading: boolean;
  error: unknown;
  onShowMore: () => void;
}

/** The button under a list that loads its next page, with its loading and error states. */
export function ShowMore({ label, loading, error, onShowMore }: ShowMoreProps) {
  return (
    <div className="show-more">
      {error ? (
        <p className="show-more__error" role="alert">
          The next page could not be loaded: {errorMessage(error)}
        </p>
      ) : null}
      <Button variant="secondary" busy={loading} onClick={onShowMore}>
        {loading ? 'Loading…' : error ? 'Try again' : label}
      </Button>
    </div>
  );
}
