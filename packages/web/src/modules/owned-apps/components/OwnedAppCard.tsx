import { Link } from 'react-router';
import { Badge } from '../../../ui/Badge';
import { Facts } from '../../../ui/Facts';
import type { OwnedApp } from '../graphql/types';
import { useClientSecret } from '../hooks/useClientSecret';
import { appPath } from '../paths';
import { appDates } from './AppFacts';
import { ClientSecretSection } from './ClientSecretSection';
import { ClientTypeBadge } from './ClientTypeBadge';
import { CredentialValue } from './CredentialValue';

/** One owned app in the list: its credentials can be copied, revealed and rotated right here. */
export function OwnedAppCard({ app }: { app: OwnedApp }) {
  const secret = useClientSecret(app.clientId);
  const leaked = app.requireSecret && app.secretLeakedAt !== null;

  return (
    <li className="card app-card">
      <div className="app-card__header">
        <h3 className="app-card__name">
          <Link to={appPath(app.clientId)}>{app.name}</Link>
        </h3>
        <div className="app-card__badges">
          {app.suspendedAt && <Badge tone="warning">Suspended by Bnder</Badge>}
          {leaked && <Badge tone="warning">Secret leaked: rotate it</Badge>}
          <ClientTypeBadge requireSecret={app.requireSecret} />
        </div>
      </div>
      <CredentialValue
        label="Client ID"
        appName={app.name}
        display={app.clientId}
        copyValue={app.clientId}
      />
      {app.requireSecret && <ClientSecretSection app={app} secret={secret} appName={app.name} />}
      <Facts facts={appDates(app)} />
    </li>
  );
}
