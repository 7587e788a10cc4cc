import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { errorCode } from '../../../lib/graphql-errors';
import { Brand } from '../../../ui/Brand';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { AUTHORIZATION_REQUEST_QUERY } from '../graphql/consent';
import { ConsentCard } from './ConsentCard';
import { ExpiredRequest } from './ExpiredRequest';

export default function ConsentPage() {
  const [params] = useSearchParams();
  const requestId = params.get('request_id') ?? '';
  const { data, loading, error, refetch } = useQuery(AUTHORIZATION_REQUEST_QUERY, {
    variables: { id: requestId },
    skip: requestId === '',
    fetchPolicy: 'network-only',
  });

  function body() {
    if (requestId === '' || errorCode(error) === 'NOT_FOUND') return <ExpiredRequest />;
    if (loading && !data) return <Loading label="Loading the authorization request…" />;
    if (!data) {
      return (
        <ErrorState
          error={error}
          title="The authorization request could not be loaded"
          onRetry={() => void refetch()}
        />
      );
    }
    return <ConsentCard request={data.authorizationRequest} />;
  }

  return (
    <div className="auth-layout">
      <header className="auth-layout__brand">
        <Brand />
      </header>
      <main className="auth-card consent">{body()}</main>
    </div>
  );
}
