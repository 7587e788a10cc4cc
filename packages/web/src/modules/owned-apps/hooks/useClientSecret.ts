import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import type { ApolloCache } from '@apollo/client';
import { useSudo } from '../../auth/hooks/useSudo';
import { forgetActivity, forgetMutationResults } from '../graphql/cache';
import {
  COPY_SECRET_MUTATION,
  REVEAL_SECRET_MUTATION,
  ROTATE_SECRET_MUTATION,
  SET_REQUIRE_SECRET_MUTATION,
} from '../graphql/mutations';

export type SecretOrigin = 'revealed' | 'rotated' | 'enabled';

export interface ShownSecret {
  value: string;
  origin: SecretOrigin;
}

/**
 * The client secret of one app as the owner sees it: hidden until revealed, and shown once after
 * it is rotated or turned on. It lives only in this component's state, never in the cache.
 * Reveal, rotate and turning it off may ask for the password first (sudo mode); on Cancel they
 * reject with SudoCancelled.
 */
export function useClientSecret(clientId: string) {
  const [shown, setShown] = useState<ShownSecret | null>(null);
  const withSudo = useSudo();
  const secretOptions = {
    update(cache: ApolloCache) {
      forgetMutationResults(cache);
      forgetActivity(cache, clientId);
    },
  };
  const [reveal, revealState] = useMutation(REVEAL_SECRET_MUTATION, secretOptions);
  const [copy] = useMutation(COPY_SECRET_MUTATION, secretOptions);
  const [rotate, rotateState] = useMutation(ROTATE_SECRET_MUTATION, secretOptions);
  const [setRequire, setRequireState] = useMutation(SET_REQUIRE_SECRET_MUTATION, secretOptions);

  function show(value: string | null | undefined, origin: SecretOrigin): string | null {
    setShown(value ? { value, origin } : null);
    return value ?? null;
  }

  async function revealSecret(): Promise<string | null> {
    if (shown) return shown.value;
    const { data } = await withSudo(() => reveal({ variables: { clientId } }));
    return show(data?.revealOAuthAppSecret.clientSecret, 'revealed');
  }

  /** The secret for the clipboard; a masked secret stays masked on screen. */
  async function copySecret(): Promise<string | null> {
    if (shown) return shown.value;
    const { data } = await withSudo(() => copy({ variables: { clientId } }));
    return data?.copyOAuthAppSecret.clientSecret ?? null;
  }

  async function rotateSecret(): Promise<string | null> {
    const { data } = await withSudo(() => rotate({ variables: { clientId } }));
    return show(data?.rotateOAuthAppSecret.clientSecret, 'rotated');
  }

  /** Turning it on returns the new secret; turning it off deletes the secret on the server. */
  async function setRequireSecret(requireSecret: boolean): Promise<void> {
    const { data } = await withSudo(() => setRequire({ variables: { clientId, requireSecret } }));
    show(requireSecret ? data?.setOAuthAppRequireSecret.clientSecret : null, 'enabled');
  }

  return {
    shown,
    hide: () => setShown(null),
    revealSecret,
    copySecret,
    rotateSecret,
    setRequireSecret,
    revealing: revealState.loading,
    rotating: rotateState.loading,
    switching: setRequireState.loading,
  };
}
