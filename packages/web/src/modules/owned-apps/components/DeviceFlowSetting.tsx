import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { Alert } from '../../../ui/Alert';
import { Switch } from '../../../ui/Switch';
import { useSudo } from '../../auth/hooks/useSudo';
import { messageUnlessCancelled } from '../../auth/sudo';
import { forgetActivity } from '../graphql/cache';
import { UPDATE_APP_MUTATION } from '../graphql/mutations';
import type { OwnedApp } from '../graphql/types';

/**
 * RFC 8628: off by default; on lets a CLI or TV show a code that a user enters at /device.
 * Turning it on may ask for the password first (sudo mode); Cancel leaves it off, silently.
 */
export function DeviceFlowSetting({ app }: { app: OwnedApp }) {
  const withSudo = useSudo();
  const [error, setError] = useState<string | null>(null);
  const [update, { loading }] = useMutation(UPDATE_APP_MUTATION, {
    update: (cache) => forgetActivity(cache, app.clientId),
  });

  async function change(allowDeviceFlow: boolean) {
    setError(null);
    try {
      await withSudo(() =>
        update({ variables: { clientId: app.clientId, input: { allowDeviceFlow } } }),
      );
    } catch (caught) {
      setError(messageUnlessCancelled(caught));
    }
  }

  return (
    <>
      <Switch
        label="Allow device flow"
        checked={app.allowDeviceFlow}
        onChange={(on) => void change(on)}
        busy={loading}
        description={
          <p>
            For command-line tools, TVs and other devices without a browser: the device shows a
            code, and the user enters it at <code>/device</code> while signed in to Bnder.
          </p>
        }
      />
      {error && <Alert>{error}</Alert>}
    </>
  );
}
