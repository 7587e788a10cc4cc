export const OWNED_APPS_PATH = '/settings/development';

export function appPath(clientId: string): string {
  return `${OWNED_APPS_PATH}/apps/${encodeURIComponent(clientId)}`;
}
