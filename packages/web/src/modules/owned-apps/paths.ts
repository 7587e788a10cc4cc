import { SPA_PAGES } from '@bnder/shared';

export const OWNED_APPS_PATH: string = SPA_PAGES.ownedApps;

export function appPath(clientId: string): string {
  return `${OWNED_APPS_PATH}/apps/${encodeURIComponent(clientId)}`;
}
