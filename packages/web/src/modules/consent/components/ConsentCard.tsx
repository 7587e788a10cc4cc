import type { ReactNode } from 'react';
import { useViewer } from '../../auth/hooks/useViewer';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { PageHeading } from '../../../ui/PageHeading';
import type { AppIdentity, ConsentChoice, ConsentScope } from '../graphql/consent';
import { SCOPE_WARNINGS } from '../scope-warnings';
import { AppIdentityCard } from './AppIdentityCard';

export interface ConsentCardProps {
  app: AppIdentity;
  scopes: ConsentScope[];
  /** Where the browser goes next (code flow); the device flow has no redirect. */
  redirectHost?: string;
  /** A flow-specific warning above the buttons. */
  notice?: ReactNode;
  choice: ConsentChoice | null;
  error: string | null;
  onDecide: (choice: ConsentChoice) => void;
}

/** The consent card of both flows: who asks, for what, and the user's two answers. */
export function ConsentCard(props: ConsentCardProps) {
  const { app, scopes, redirectHost, notice, choice, error, onDecide } = props;
  const { viewer } = useViewer();
  const busy = choice !== null;
  const warnings = scopes.filter((scope) => scope.name in SCOPE_WARNINGS);

  return (
    <>
      <PageHeading>Authorize {app.name}</PageHeading>
      <p className="consent__owner">by {app.ownerName}</p>
      <AppIdentityCard app={app} />
      {viewer && (
        <p className="muted">
          Signed in as <strong>{viewer.email}</strong>
        </p>
      )}
      <h2 className="consent__subtitle">{app.name} wants to:</h2>
      <ul className="consent__scopes">
        {scopes.map((scope) => (
          <li key={scope.name}>
            <code>{scope.name}</code>
            <span>{scope.description}</span>
          </li>
        ))}
      </ul>
      {warnings.map((scope) => (
        <Alert key={scope.name} tone="warning" urgent={false}>
          {SCOPE_WARNINGS[scope.name]}
        </Alert>
      ))}
      {redirectHost && (
        <p className="consent__redirect">
          You will be redirected to <strong>{redirectHost}</strong>
        </p>
      )}
      {notice}
      {error && <Alert>{error}</Alert>}
      <div className="consent__actions">
        <Button variant="primary" onClick={() => onDecide('approve')} busy={busy}>
          {choice === 'approve' ? 'Authorizing…' : 'Authorize'}
        </Button>
        <Button onClick={() => onDecide('deny')} busy={busy}>
          {choice === 'deny' ? 'Cancelling…' : 'Cancel'}
        </Button>
      </div>
      <p className="muted consent__footnote">
        You can revoke access at any time in Settings → Authorized OAuth Applications.
      </p>
    </>
  );
}
