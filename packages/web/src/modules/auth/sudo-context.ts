import { createContext } from 'react';

/** Opens the password prompt; resolves once the password is confirmed, rejects on Cancel. */
export type ConfirmPassword = () => Promise<void>;

export const SudoContext = createContext<ConfirmPassword | null>(null);
