import { z } from 'zod';
import { FORBIDDEN_NAME_CHARS, hasInvisibleCharacter, mixesScriptsInAWord } from './validation.js';

export const APP_DESCRIPTION_MAX = 400;
export const APP_URL_MAX_LENGTH = 2000;

/** An optional text: blank means "none", so clearing a field is sending it empty (or null). */
const blankIsNull = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? null : value;

/** What the app says it does; the same character rules as its name, so it cannot disguise text. */
export const appDescriptionSchema = z.preprocess(
  blankIsNull,
  z
    .string()
    .trim()
    .max(APP_DESCRIPTION_MAX, `Description must be at most ${APP_DESCRIPTION_MAX} characters`)
    .refine((d) => !FORBIDDEN_NAME_CHARS.test(d), 'Description contains a control character')
    .refine((d) => !hasInvisibleCharacter(d), 'Description contains an invisible character')
    .refine((d) => !mixesScriptsInAWord(d), 'Description mixes letters from different alphabets')
    .nullable(),
);

/** Returns why a link the consent page shows is not acceptable, or null: https only. */
export function appUrlProblem(value: string): string | null {
  if (/\s/.test(value)) return 'Links must not contain spaces';
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'Enter a full address, such as https://example.com';
  }
  if (url.protocol !== 'https:') return 'Links must start with https://';
  if (url.hostname === '') return 'The link needs a host';
  if (url.username !== '' || url.password !== '')
    return 'Links must not contain a user or password';
  return null;
}

export const appUrlSchema = z.preprocess(
  blankIsNull,
  z
    .string()
    .trim()
    .max(APP_URL_MAX_LENGTH, 'Link is too long')
    .superRefine((value, ctx) => {
      const problem = appUrlProblem(value);
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    })
    .nullable(),
);

/** Who the app is: every field optional, and blank or null clears it. */
export const appIdentitySchema = z.object({
  description: appDescriptionSchema.optional(),
  homepageUrl: appUrlSchema.optional(),
  privacyPolicyUrl: appUrlSchema.optional(),
  termsOfServiceUrl: appUrlSchema.optional(),
});

/** Who the app is, and whether it may use the device flow (RFC 8628; off unless turned on). */
export const appProfileSchema = appIdentitySchema.extend({
  allowDeviceFlow: z.boolean().optional(),
});

export type AppIdentityInput = z.infer<typeof appIdentitySchema>;
export const APP_IDENTITY_FIELDS = [
  'description',
  'homepageUrl',
  'privacyPolicyUrl',
  'termsOfServiceUrl',
] as const;
export type AppIdentityField = (typeof APP_IDENTITY_FIELDS)[number];
