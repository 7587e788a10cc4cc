import { useEffect, useId, useState } from 'react';
import { CopyButton } from '../../../ui/CopyButton';
import { createPkcePair, type PkcePair } from '../pkce';
import { authorizeUrl, type ConnectValues } from '../snippets/connect-values';

function Value({ label, value }: { label: string; value: string }) {
  const id = useId();
  return (
    <div className="credential" role="group" aria-labelledby={`${id}-label`}>
      <span id={`${id}-label`} className="credential__label">
        {label}
      </span>
      <div className="credential__row">
        <code className="credential__value">{value}</code>
        <div className="credential__actions">
          <CopyButton value={value} what={label.charAt(0).toLowerCase() + label.slice(1)} />
        </div>
      </div>
    </div>
  );
}

/**
 * The authorize link for this app, with a PKCE challenge and state made in the browser, and the
 * verifier that goes with it: enough to try the whole flow by hand.
 */
export function AuthorizeLink({ values }: { values: ConnectValues }) {
  const [pair, setPair] = useState<PkcePair | null>(null);
  useEffect(() => {
    let live = true;
    void createPkcePair().then((made) => {
      if (live) setPair(made);
    });
    return () => {
      live = false;
    };
  }, []);
  const url = authorizeUrl(
    values,
    pair
      ? { state: pair.state, codeChallenge: pair.challenge }
      : { state: 'STATE', codeChallenge: 'CODE_CHALLENGE' },
  );
  return (
    <>
      <Value label="Authorize URL" value={url} />
      {pair && <Value label="Code verifier for this link" value={pair.verifier} />}
      <p className="muted">
        This link carries a PKCE challenge (S256) and a state made in your browser, so you can try
        it now and exchange the code with the verifier above. Your app makes a new pair for every
        sign-in, as the examples below do. A link never carries the client secret.
      </p>
    </>
  );
}
