import { useCallback, useRef, useState, type ReactNode } from 'react';
import { SudoCancelled } from '../sudo';
import { SudoContext } from '../sudo-context';
import { SudoDialog } from './SudoDialog';

type Pending = { promise: Promise<void>; resolve: () => void; reject: (error: unknown) => void };

/**
 * Holds the one password prompt of the app (sudo mode). Actions that ask for it while it is open
 * wait for the same answer, so two refused actions never stack two prompts.
 */
export function SudoProvider({ children }: { children: ReactNode }) {
  const [open, setOpen] = useState(false);
  const pending = useRef<Pending | null>(null);

  const confirmPassword = useCallback((): Promise<void> => {
    if (!pending.current) {
      let resolve: () => void = () => {};
      let reject: (error: unknown) => void = () => {};
      const promise = new Promise<void>((res, rej) => {
        resolve = res;
        reject = rej;
      });
      pending.current = { promise, resolve, reject };
      setOpen(true);
    }
    return pending.current.promise;
  }, []);

  function settle(confirmed: boolean) {
    const current = pending.current;
    pending.current = null;
    setOpen(false);
    if (confirmed) current?.resolve();
    else current?.reject(new SudoCancelled());
  }

  return (
    <SudoContext value={confirmPassword}>
      {children}
      {open && <SudoDialog onConfirmed={() => settle(true)} onCancel={() => settle(false)} />}
    </SudoContext>
  );
}
