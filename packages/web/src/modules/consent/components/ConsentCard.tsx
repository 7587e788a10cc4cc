import { useViewer } from '../../auth/hooks/useViewer';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { PageHeading } from '../../../ui/PageHeading';
import type { AuthorizationRequest } from '../graphql/consent';
import { useConsentDecision } from '../hooks/useConsentDecision';

export function ConsentCard({ request }: { request: AuthorizationRequest }) {
  const { viewer } = useViewer();
  const { decide, choice, error } = useConsentDecision(request.id);
  const busy = choice !== null;

  return (
    <>
      <PageHeading>Authorize {request.appName}</PageHeading>
      <p className="consent__owner">by {request.ownerName}</p>
      {viewer && (
        <p className="muted">
          Signed in as <strong>{viewer.email}</strong>
        </p>
      )}
      <h2 className="consent__subtitle">{request.appName} wants to:</h2>
      <ul className="consent__scopes">
        {request.scopes.map((scope) => (
          <li key={scope.name}>
            <code>{scope.name}</code>
            <span>{scope.description}</span>
          </li>
        ))}
      </ul>
      <p className="consent__redirect">
        You will be redirected to <strong>{request.redirectHost}</strong>
      </p>
      {error && <Alert>{error}</Alert>}
      <div className="consent__actions">
        <Button variant="primary" onClick={() => void decide('approve')} busy={busy}>
          {choice === 'approve' ? 'Authorizing…' : 'Authorize'}
        </Button>
        <Button onClick={() => void decide('deny')} busy={busy}>
          {choice === 'deny' ? 'Cancelling…' : 'Cancel'}
        </Button>
      </div>
      <p className="muted consent__footnote">
        You can revoke access at any time in Settings → Authorized OAuth Applications.
      </p>
    </>
  );
}
