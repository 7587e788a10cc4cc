import type { Principal } from '../principal.js';

/** What every resolver receives. Resolvers turn it into plain arguments for a service call. */
export type GraphQLContext = {
  principal: Principal | null;
  ip: string;
  /** Sets or clears the session cookie (sign-in / sign-out only). */
  session: {
    set(cookieValue: string, expiresAt: Date): void;
    clear(): void;
  };
};
