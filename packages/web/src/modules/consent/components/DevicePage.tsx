import '../consent.css';
import { useQuery } from '@apollo/client/react';
import { useSearchParams } from 'react-router';
import { errorCode, errorMessage } from '../../../lib/graphql-errors';
import { Alert } from '../../../ui/Alert';
import { Brand } from '../../../ui/Brand';
import { ErrorState } from '../../../ui/ErrorState';
import { Loading } from '../../../ui/Loading';
import { PageHeading } from '../../../ui/PageHeading';
import { DEVICE_AUTHORIZATION_QUERY, type DeviceAuthorization } from '../graphql/device';
import { useDeviceDecision } from '../hooks/useDeviceDecision';
import { ConsentCard } from './ConsentCard';
import { UserCodeForm } from './UserCodeForm';

/** /device and /device?user_code=…: connect a device that shows a code (RFC 8628 §3.3). */
export default function DevicePage() {
  const [params, setParams] = useSearchParams();
  const userCode = params.get('user_code') ?? '';
  const enter = (code: string) => setParams({ user_code: code });

  return (
    <div className="auth-layout">
      <header className="auth-layout__brand">
        <Brand />
      </header>
      <main className="auth-card consent">
        {userCode === '' ? (
          <EnterCode onCode={enter} />
        ) : (
          <DeviceRequest key={userCode} userCode={userCode} onCode={enter} />
        )}
      </main>
    </div>
  );
}

function EnterCode({ onCode, error }: { onCode: (code: string) => void; error?: string }) {
  return (
    <>
      <PageHeading>Connect a device</PageHeading>
      <p className="auth-card__intro">
        Enter the code your device shows to let it use your Bnder account.
      </p>
      <UserCodeForm onCode={onCode} serverError={error ?? null} />
    </>
  );
}

function DeviceRequest({ userCode, onCode }: { userCode: string; onCode: (code: string) => void }) {
  const { data, loading, error, refetch } = useQuery(DEVICE_AUTHORIZATION_QUERY, {
    variables: { userCode },
    fetchPolicy: 'network-only',
  });
  const code = errorCode(error);
  if (code === 'NOT_FOUND' || code === 'TOO_MANY_REQUESTS')
    return <EnterCode onCode={onCode} error={errorMessage(error)} />;
  if (loading && !data) return <Loading label="Looking up the code…" />;
  if (!data) {
    return (
      <ErrorState
        error={error}
        title="The code could not be checked"
        onRetry={() => void refetch()}
      />
    );
  }
  return <DeviceConsent request={data.deviceAuthorization} />;
}

function DeviceConsent({ request }: { request: DeviceAuthorization }) {
  const { decide, choice, decided, error } = useDeviceDecision(request.userCode);
  if (decided) return <DeviceDecided approved={decided === 'approve'} appName={request.app.name} />;
  return (
    <ConsentCard
      app={request.app}
      scopes={request.scopes}
      choice={choice}
      error={error}
      onDecide={(next) => void decide(next)}
      notice={
        <Alert tone="warning" urgent={false} title={`Code ${request.userCode}`}>
          Continue only if this code is on a device you are holding or can see, and you started
          signing in there yourself. If someone sent you this code, choose Cancel.
        </Alert>
      }
    />
  );
}

function DeviceDecided({ approved, appName }: { approved: boolean; appName: string }) {
  return (
    <>
      <PageHeading>{approved ? 'Device connected' : 'Request cancelled'}</PageHeading>
      <p>
        {approved
          ? `Return to your device: ${appName} will finish signing in there in a few seconds.`
          : `Return to your device: ${appName} was not given access to your account.`}
      </p>
    </>
  );
}
