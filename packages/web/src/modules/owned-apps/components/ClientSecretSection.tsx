import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { messageUnlessCancelled } from '../../auth/sudo';
import type { OwnedApp } from '../graphql/types';
import type { useClientSecret } from '../hooks/useClientSecret';
import { CredentialValue } from './CredentialValue';
import { RotateSecretDialog } from './RotateSecretDialog';

const MASK = '••••••••';

export interface ClientSecretSectionProps {
  app: OwnedApp;
  secret: ReturnType<typeof useClientSecret>;
}

export function ClientSecretSection({ app, secret }: ClientSecretSectionProps) {
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

  /** Copy reveals first when needed: the owner asked for the secret either way. */
  async function valueToCopy(): Promise<string | null> {
    try {
      return await secret.revealSecret();
    } catch (error) {
      setRevealError(messageUnlessCancelled(error));
      return null;
    }
  }

  return (
    <>
      {shown && shown.origin !== 'revealed' && (
        <Alert tone="success" title="New client secret">
          Copy it now and update your integration. It can be revealed again from this page.
          {shown.origin === 'rotated' && ' The previous secret no longer works.'}
        </Alert>
      )}
      <CredentialValue
        label="Client secret"
        display={shown ? shown.value : MASK}
        masked={!shown}
        copyValue={valueToCopy}
        before={
          shown ? (
            <Button size="sm" onClick={secret.hide}>
              Hide
            </Button>
          ) : (
            <Button size="sm" onClick={() => void reveal()} disabled={secret.revealing}>
              Reveal
            </Button>
          )
        }
        after={
          <Button size="sm" variant="danger" onClick={() => setRotateOpen(true)}>
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
