import '../owned-apps.css';
import { useRef, useState } from 'react';
import { flushSync } from 'react-dom';
import { useLocation } from 'react-router';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { LiveRegion } from '../../../ui/LiveRegion';
import { PageHeading } from '../../../ui/PageHeading';
import type { SecretPayload } from '../graphql/types';
import { CreateAppForm } from './CreateAppForm';
import { NewAppCredentials } from './NewAppCredentials';
import { OwnedAppsList } from './OwnedAppsList';

type Panel = { kind: 'closed' } | { kind: 'form' } | { kind: 'created'; payload: SecretPayload };

/** A notice handed over by the page that navigated here, such as "Deleted …". */
function useNotice(): string | null {
  const { state } = useLocation() as { state: unknown };
  if (state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string') {
    return state.notice;
  }
  return null;
}

export default function OwnedAppsPage() {
  const [panel, setPanel] = useState<Panel>({ kind: 'closed' });
  const notice = useNotice();
  const createButtonRef = useRef<HTMLButtonElement>(null);

  function close() {
    flushSync(() => setPanel({ kind: 'closed' }));
    createButtonRef.current?.focus();
  }

  return (
    <>
      <PageHeading>Development</PageHeading>
      <section className="section" aria-labelledby="owned-apps-heading">
        <div className="section__header">
          <div>
            <h2 id="owned-apps-heading">Owned OAuth Applications</h2>
            <p className="section__intro">
              Applications you own. Edit them, manage their client secrets or delete them here. To
              see which applications can use your own account, open Authorized OAuth Applications.
            </p>
          </div>
          {panel.kind !== 'form' && (
            <Button
              ref={createButtonRef}
              variant="primary"
              onClick={() => setPanel({ kind: 'form' })}
            >
              Create application
            </Button>
          )}
        </div>
        <LiveRegion>
          {notice && panel.kind === 'closed' && (
            <Alert tone="success" live={false}>
              {notice}
            </Alert>
          )}
        </LiveRegion>
        {panel.kind === 'form' && (
          <section className="panel" aria-labelledby="create-app-heading">
            <h3 id="create-app-heading" className="panel__title">
              New OAuth application
            </h3>
            <CreateAppForm
              onCreated={(payload) => setPanel({ kind: 'created', payload })}
              onCancel={close}
            />
          </section>
        )}
        {panel.kind === 'created' && <NewAppCredentials payload={panel.payload} onDone={close} />}
        <OwnedAppsList />
      </section>
    </>
  );
}
