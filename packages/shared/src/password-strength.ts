import { ZxcvbnFactory } from '@zxcvbn-ts/core';
import { adjacencyGraphs, dictionary as commonWords } from '@zxcvbn-ts/language-common';
import { dictionary as englishWords, translations } from '@zxcvbn-ts/language-en';

/**
 * Whether a password can be guessed, by zxcvbn's estimate: common passwords, dictionary words,
 * names, keyboard walks, sequences, dates and repeats, and the user's own email and name. Kept
 * out of the package's index, so the web app loads it (and its dictionaries) only on the sign-up
 * page; the server checks every password it sets with the same rule (NIST SP 800-63B §3.1.1.2:
 * refuse passwords from lists of commonly used or compromised values).
 */
export type PasswordStrength = {
  acceptable: boolean;
  /** zxcvbn's 0–4: 3 means about 10⁸ guesses, safe against online guessing. */
  score: number;
  warning: string | null;
  suggestions: string[];
};

/** The lowest zxcvbn score accepted. */
export const PASSWORD_MIN_SCORE = 3;

export const PASSWORD_TOO_GUESSABLE = 'This password is too easy to guess.';

let estimator: ZxcvbnFactory | null = null;

/** Built on first use: the dictionaries take a moment to index. */
function zxcvbn(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({
    translations,
    graphs: adjacencyGraphs,
    dictionary: { ...commonWords, ...englishWords },
  });
  return estimator;
}

/** `userInputs`: what the user typed elsewhere on the form (email, name), which a guesser knows. */
export function checkPasswordStrength(
  password: string,
  userInputs: readonly string[] = [],
): PasswordStrength {
  const inputs = userInputs.flatMap((value) => [value, ...value.split(/[@\s.]+/)]);
  const result = zxcvbn().check(
    password,
    inputs.filter((value) => value.length > 0),
  );
  return {
    acceptable: result.score >= PASSWORD_MIN_SCORE,
    score: result.score,
    warning: result.feedback.warning || null,
    suggestions: result.feedback.suggestions,
  };
}

/** The refusal in words: what is wrong and what to do, as the sign-up page shows it live. */
export function passwordRefusal(strength: PasswordStrength): string {
  const advice = strength.suggestions.length > 0 ? strength.suggestions : ['Add more words.'];
  return [PASSWORD_TOO_GUESSABLE, strength.warning, ...advice].filter(Boolean).join(' ');
}
