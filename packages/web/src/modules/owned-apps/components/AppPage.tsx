import '../owned-apps.css';
import { useCallback, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Link, useParams } from 'react-router';
import { errorCode } from '../../../lib/graphql-errors';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { ConnectYourApp } from '../../developer-guide/components/ConnectYourApp';
import { PageHeading } from '../../../ui/PageHeading';
import { UnsavedChangesPrompt } from '../../../ui/UnsavedChangesPrompt';
import { OWNED_APP_QUERY } from '../graphql/queries';
import type { OwnedApp } from '../graphql/types';
import { useClientSecret } from '../hooks/useClientSecret';
import { OWNED_APPS_PATH } from '../paths';
import { ActivityLog } from './ActivityLog';
import { AppDetailsForm } from './AppDetailsForm';
import { AppFacts } from './AppFacts';
import { AppIdentityForm } from './AppIdentityForm';
import { AppNotFound } from './AppNotFound';
import { ClientSecretSection } from './ClientSecretSection';
import { ClientTypeBadge } from './ClientTypeBadge';
import { CredentialValue } from './CredentialValue';
import { DeleteAppSection } from './DeleteAppSection';
import { DeviceFlowSetting } from './DeviceFlowSetting';
import { LeakedSecretBanner } from './LeakedSecretBanner';
import { RequireSecretSetting } from './RequireSecretSetting';
import { PushedRequestsSetting } from './PushedRequestsSetting';
import { RequireDpopSetting } from './RequireDpopSetting';
import { IdTokenAlgSetting } from './IdTokenAlgSetting';
import { RotateOnLeakSetting } from './RotateOnLeakSetting';
import { SuspendedAppBanner } from './SuspendedAppBanner';
import { Section } from './Section';

export default function AppPage() {
  const { clientId = '' } = useParams();
  // A new key per app: a secret revealed for one app never shows on another's page.
  return <AppPageContent key={clientId} clientId={clientId} />;
}

function AppPageContent({ clientId }: { clientId: string }) {
  const { data, loading, error, refetch } = useQuery(OWNED_APP_QUERY, { variables: { clientId } });

  if (loading && !data) return <Loading label="Loading application…" />;
  if (errorCode(error) === 'NOT_FOUND') return <AppNotFound clientId={clientId} />;
  if (!data) {
    return (
      <ErrorState
        error={error}
        title="This application could not be loaded"
        onRetry={() => void refetch()}
      />
    );
  }
  return <AppDetails app={data.ownedOAuthApp} />;
}

function AppDetails({ app }: { app: OwnedApp }) {
  const secret = useClientSecret(app.clientId);
  // Either form may hold unsaved edits; one prompt guards the page.
  const [editing, setEditing] = useState({ settings: false, identity: false });
  const reportSettings = useCallback(
    (settings: boolean) => setEditing((e) => ({ ...e, settings })),
    [],
  );
  const reportIdentity = useCallback(
    (identity: boolean) => setEditing((e) => ({ ...e, identity })),
    [],
  );

  return (
    <>
      <nav className="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <Link to={OWNED_APPS_PATH}>Development</Link>
          </li>
          <li aria-current="page">{app.name}</li>
        </ol>
      </nav>
      <div className="page-title">
        <PageHeading>{app.name}</PageHeading>
        <ClientTypeBadge requireSecret={app.requireSecret} />
      </div>
      {app.suspendedAt && (
        <SuspendedAppBanner since={app.suspendedAt} reason={app.suspendedReason} />
      )}
      {app.secretLeakedAt && app.requireSecret && (
        <LeakedSecretBanner app={app} seenAt={app.secretLeakedAt} secret={secret} />
      )}
      <AppFacts app={app} />
      <Section title="Credentials">
        <CredentialValue label="Client ID" display={app.clientId} copyValue={app.clientId} />
        <ClientSecretSection app={app} secret={secret} />
      </Section>
      <Section title="Connect your app">
        <ConnectYourApp app={app} shownSecret={secret.shown?.value ?? null} />
      </Section>
      <Section title="Application settings">
        <AppDetailsForm app={app} onEditingChange={reportSettings} />
      </Section>
      <Section title="Shown on the consent page">
        <AppIdentityForm app={app} onEditingChange={reportIdentity} />
      </Section>
      <Section title="Client type">
        <RequireSecretSetting app={app} secret={secret} />
        {app.requireSecret && <RotateOnLeakSetting app={app} />}
      </Section>
      <Section title="Token binding">
        <RequireDpopSetting app={app} />
      </Section>
      <Section title="Device flow">
        <DeviceFlowSetting app={app} />
      </Section>
      <Section title="Authorization requests">
        <PushedRequestsSetting app={app} />
      </Section>
      <Section title="OpenID Connect">
        <IdTokenAlgSetting app={app} />
      </Section>
      <Section title="Activity">
        <ActivityLog clientId={app.clientId} />
      </Section>
      <Section title="Danger zone" tone="danger">
        <DeleteAppSection app={app} />
      </Section>
      <UnsavedChangesPrompt
        dirty={editing.settings || editing.identity}
        what={`the settings of ${app.name}`}
      />
    </>
  );
}
