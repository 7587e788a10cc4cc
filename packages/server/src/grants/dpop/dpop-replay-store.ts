/**
 * Where the `jti` of accepted DPoP proofs is kept (RFC 9449 §11.1): shared by every instance and
 * node, each entry dropped once its proof would be refused for its age anyway. The database by
 * default, Redis when REDIS_URL is set, as for the rate limits.
 */
export interface DpopReplayStore {
  /** True the first time `key` is seen before `expiresAt` (epoch ms); false for a replay. */
  firstUse(key: string, expiresAt: number, now: number): Promise<boolean>;
  close(): Promise<void>;
}
