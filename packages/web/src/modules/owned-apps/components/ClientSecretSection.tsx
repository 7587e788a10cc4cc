import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { messageUnlessCancelled } from '../../auth/sudo';
import { SECRET_AVAILABILITY, ofApp } from '../copy';
import type { OwnedApp } from '../graphql/types';
import type { useClientSecret } from '../hooks/useClientSecret';
import { CredentialValue } from './CredentialValue';
import { RotateSecretDialog } from './RotateSecretDialog';

const MASK = '••••••••';

export interface ClientSecretSectionProps {
  app: OwnedApp;
  secret: ReturnType<typeof useClientSecret>;
  /** Names the app in the controls' names, where several apps' controls share a page. */
  appName?: string;
}

export function ClientSecretSection({ app, secret, appName }: ClientSecretSectionProps) {
  const [rotateOpen, setRotateOpen] = useState(false);
  const [revealError, setRevealError] = useState<string | null>(null);
  const { shown } = secret;

  if (!app.requireSecret) {
    return (
      <div className="credential">
        <span className="credential__label">Client secret</span>
        <p className="muted">
          None. This is a public client: it must use PKCE with the S256 method.
        </p>
      </div>
    );
  }

  async function reveal() {
    setRevealError(null);
    try {
      await secret.revealSecret();
    } catch (error) {
      setRevealError(messageUnlessCancelled(error));
    }
  }

  /** Copy fetches a masked secret without showing it: the screen may be shared. */
  async function valueToCopy(): Promise<string | null> {
    setRevealError(null);
    try {
      return await secret.copySecret();
    } catch (error) {
      setRevealError(messageUnlessCancelled(error));
      return null;
    }
  }

  return (
    <>
      {shown && shown.origin !== 'revealed' && (
        <Alert tone="success" title="New client secret">
          Copy it now and update your integration.
          {shown.origin === 'rotated' && ' The previous secret no longer works.'}{' '}
          {SECRET_AVAILABILITY}
        </Alert>
      )}
      <CredentialValue
        label="Client secret"
        appName={appName}
        display={shown ? shown.value : MASK}
        masked={!shown}
        copyValue={valueToCopy}
        before={
          // One button that toggles, so focus stays on it after Reveal and Hide.
          <Button
            size="sm"
            onClick={shown ? secret.hide : () => void reveal()}
            busy={secret.revealing}
            aria-label={appName && `${shown ? 'Hide' : 'Reveal'} client secret${ofApp(appName)}`}
          >
            {shown ? 'Hide' : 'Reveal'}
          </Button>
        }
        after={
          <Button
            size="sm"
            variant="danger"
            onClick={() => setRotateOpen(true)}
            aria-label={appName && `Rotate secret${ofApp(appName)}`}
          >
            Rotate secret
          </Button>
        }
      />
      {revealError && <Alert>{revealError}</Alert>}
      {rotateOpen && (
        <RotateSecretDialog app={app} secret={secret} onClose={() => setRotateOpen(false)} />
      )}
    </>
  );
}
