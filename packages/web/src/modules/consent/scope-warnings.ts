/**
 * The scopes whose harm is hard to undo get a plain warning on the consent card: `delete`
 * removes data for good, and `write` reaches the user's own OAuth apps (redirect URIs, secrets).
 */
export const SCOPE_WARNINGS: Record<string, string> = {
  delete: 'It can delete your notes and your OAuth applications. Deleted data cannot be restored.',
  write:
    'It can change your OAuth applications too, including their redirect URIs and client secrets.',
};
