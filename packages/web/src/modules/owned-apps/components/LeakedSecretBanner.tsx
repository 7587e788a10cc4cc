import { useState } from 'react';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { DateText } from '../../../ui/DateText';
import type { OwnedApp } from '../graphql/types';
import type { useClientSecret } from '../hooks/useClientSecret';
import { RotateSecretDialog } from './RotateSecretDialog';

/**
 * The current secret may be known to others: a secret scanner found it in public (and said
 * where), someone reported it, or it appeared in an authorize link, where anyone on the path
 * could read it. Rotating is one click away.
 */
export function LeakedSecretBanner({
  app,
  seenAt,
  secret,
}: {
  app: OwnedApp;
  seenAt: string;
  secret: ReturnType<typeof useClientSecret>;
}) {
  const [rotateOpen, setRotateOpen] = useState(false);
  return (
    <Alert tone="warning" title="Rotate this client secret">
      {app.secretLeakUrl ? (
        <p>
          The client secret was found in public at{' '}
          <a href={app.secretLeakUrl} rel="noreferrer noopener" target="_blank">
            {app.secretLeakUrl}
          </a>{' '}
          on <DateText iso={seenAt} withTime />. Anyone who saw it can act as this app: rotate the
          secret now.
        </p>
      ) : (
        <p>
          The client secret was seen in an authorize link or reported found in public on{' '}
          <DateText iso={seenAt} withTime />. It may have leaked through browser history, logs or a
          public file. Rotate the secret and send it only to the token endpoint.
        </p>
      )}
      <Button size="sm" onClick={() => setRotateOpen(true)}>
        Rotate secret
      </Button>
      {rotateOpen && (
        <RotateSecretDialog app={app} secret={secret} onClose={() => setRotateOpen(false)} />
      )}
    </Alert>
  );
}
