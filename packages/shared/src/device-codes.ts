/**
 * RFC 8628 §6.1: user codes are typed by people, so they use only consonants that are hard to
 * confuse (no vowels, so no words), and case and punctuation do not matter.
 */
export const USER_CODE_ALPHABET = 'BCDFGHJKLMNPQRSTVWXZ';
export const USER_CODE_LENGTH = 8;

/** `wdjb-mjht` or `WDJBMJHT` → `WDJBMJHT`; null when it cannot be a user code. */
export function normalizeUserCode(typed: string): string | null {
  const letters = typed.toUpperCase().replace(/[\s-]/g, '');
  if (letters.length !== USER_CODE_LENGTH) return null;
  for (const letter of letters) if (!USER_CODE_ALPHABET.includes(letter)) return null;
  return letters;
}

/** `WDJBMJHT` → `WDJB-MJHT`, as the device shows it. */
export function formatUserCode(letters: string): string {
  return `${letters.slice(0, 4)}-${letters.slice(4)}`;
}

export const DEVICE_CODE_GRANT_TYPE = 'urn:ietf:params:oauth:grant-type:device_code';
