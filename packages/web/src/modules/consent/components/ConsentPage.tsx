import '../consent.css';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { errorCode } from '../../../lib/graphql-errors';
import { Brand } from '../../../ui/Brand';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { AUTHORIZATION_REQUEST_QUERY } from '../graphql/consent';
import type { AuthorizationRequest } from '../graphql/consent';
import { useConsentDecision } from '../hooks/useConsentDecision';
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
    return <CodeFlowConsent request={data.authorizationRequest} />;
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

/** The code flow's consent: the answer sends the browser back to the app's redirect URI. */
function CodeFlowConsent({ request }: { request: AuthorizationRequest }) {
  const { decide, choice, error } = useConsentDecision(request.id);
  return (
    <ConsentCard
      app={request.app}
      scopes={request.scopes}
      redirectHost={request.redirectHost}
      choice={choice}
      error={error}
      onDecide={(next) => void decide(next)}
    />
  );
}
