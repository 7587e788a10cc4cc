import { useState } from 'react';
import { SCOPE_DESCRIPTIONS, isIdentityScope, isScope } from '@bnder/shared';
import { Badge } from '../../../ui/Badge';
import { Button } from '../../../ui/Button';
import { DateText } from '../../../ui/DateText';
import { Facts } from '../../../ui/Facts';
import type { AuthorizedApp } from '../graphql/authorized-apps';
import { RevokeAccessDialog } from './RevokeAccessDialog';

export function AuthorizedAppCard({
  app,
  onRevoked,
}: {
  app: AuthorizedApp;
  onRevoked: (app: AuthorizedApp) => void;
}) {
  const [confirming, setConfirming] = useState(false);

  return (
    <li className="card app-card">
      <div className="app-card__header">
        <div>
          <h2 className="app-card__name">{app.name}</h2>
          <p className="muted">by {app.ownerName}</p>
        </div>
        <Button
          variant="danger"
          size="sm"
          onClick={() => setConfirming(true)}
          aria-label={`Revoke access for ${app.name}`}
          data-revoke-for={app.clientId}
        >
          Revoke access
        </Button>
      </div>
      {app.suspended && (
        <p className="legacy-note">
          <Badge tone="warning">Suspended by Bnder</Badge>{' '}
          <span className="muted">This app cannot act on your account while it is suspended.</span>
        </p>
      )}
      {app.tokenLeakedAt && (
        <p className="legacy-note">
          <Badge tone="warning">Token found in public</Badge>{' '}
          <span className="muted">
            A token of this app was found in public and revoked on{' '}
            <DateText iso={app.tokenLeakedAt} />. The app may ask you to authorize it again.
          </span>
        </p>
      )}
      {app.legacy && (
        <p className="legacy-note">
          <Badge tone="warning">Read-only until re-authorized</Badge>{' '}
          <span className="muted">
            It holds older tokens with pre-release scopes, which can only read until you authorize
            the app again.
          </span>
        </p>
      )}
      <div className="scopes">
        <span className="scopes__label">Granted scopes</span>
        <ul className="scopes__list">
          {app.scopes.map((scope) => (
            <li key={scope} title={isScope(scope) ? SCOPE_DESCRIPTIONS[scope] : undefined}>
              <code>{scope}</code>
              {/* Identity scopes say in words what the app learns (OpenID Connect sign-in). */}
              {isIdentityScope(scope) && (
                <span className="scopes__words"> {SCOPE_DESCRIPTIONS[scope]}</span>
              )}
            </li>
          ))}
        </ul>
      </div>
      <Facts
        facts={[
          { label: 'First authorized', date: app.authorizedAt },
          { label: 'Last used', date: app.lastUsedAt },
        ]}
      />
      {confirming && (
        <RevokeAccessDialog
          app={app}
          onClose={() => setConfirming(false)}
          onRevoked={() => onRevoked(app)}
        />
      )}
    </li>
  );
}
